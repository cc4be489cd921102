// Stage 1 for input that is not UTF-8: byte-order marks, legacy and UTF-16
// encodings through ICU converters, and lossy repair of broken UTF-8.
#ifndef SUMMARIZE_LIB_TEXT_TRANSCODE_H_
#define SUMMARIZE_LIB_TEXT_TRANSCODE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace summarize::internal {

enum class ByteOrderMark {
  kNone,
  kUtf8,     // EF BB BF
  kUtf16Le,  // FF FE
  kUtf16Be,  // FE FF
};

// The byte-order mark `bytes` start with. UTF-32 marks are not recognised
// (FF FE 00 00 reads as UTF-16LE, as in the HTML standard). Never throws.
ByteOrderMark DetectBom(std::string_view bytes);

// Bytes of `bom` (0, 2 or 3).
std::size_t BomLength(ByteOrderMark bom);

// The encoding name of `bom` for TranscodeToUtf8 ("UTF-8", "UTF-16LE",
// "UTF-16BE"), or "" for kNone.
std::string_view BomEncoding(ByteOrderMark bom);

// What TranscodeToUtf8 does with bytes that are not valid in the encoding
// (ill-formed sequences, and bytes the encoding leaves unassigned, such as
// 0x81 in windows-1252).
enum class InvalidBytes {
  kThrow,    // Error(kInvalidUtf8) at the first one
  kReplace,  // each becomes U+FFFD
};

// Throws Error(kInvalidOptions) naming `encoding` when ICU has no converter
// by that name (or it is empty). Thread-safe.
void CheckEncoding(std::string_view encoding);

// Converts `bytes` in `encoding` to UTF-8 with ICU. `encoding` is any name
// or alias ICU knows, in any case ("ISO-8859-1", "latin1", "windows-1252",
// "Shift_JIS", "KOI8-R", "GB18030", "UTF-16LE", "UTF-16BE", "UTF-8", ...).
// The bytes are converted as they are: a byte-order mark becomes U+FEFF at
// the start of the result (EF BB BF, which CheckInput skips), so strip it
// with BomLength first if it is not wanted. "UTF-16" without an endianness
// reads and drops a BOM itself and defaults to big-endian.
//
// Throws Error(kInvalidOptions) when `encoding` is empty or unknown, and,
// with InvalidBytes::kThrow, Error(kInvalidUtf8) when the bytes are invalid
// in `encoding`: byte_offset() is that of the first byte of the offending
// sequence in `bytes` (kInvalidUtf8 is the library's "the bytes do not
// decode" code, whatever the encoding). Any size: the input is converted in
// chunks, so ICU's 32-bit lengths never overflow. O(n); thread-safe (one
// converter per call).
std::string TranscodeToUtf8(std::string_view bytes, std::string_view encoding,
                            InvalidBytes invalid = InvalidBytes::kThrow);

// `bytes` with each maximal ill-formed UTF-8 subsequence (Unicode 15,
// section 3.9, "U+FFFD substitution of maximal subparts", as browsers and
// ICU do it) replaced by U+FFFD (EF BF BD); valid UTF-8 comes back
// unchanged. The lossy opt-in for input that CheckInput (text/input.h)
// would reject with kInvalidUtf8. O(n); never throws.
std::string ReplaceInvalidUtf8(std::string_view bytes);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_TRANSCODE_H_
