// Stage 1: validate the caller's bytes before anything else looks at them.
#ifndef SUMMARIZE_LIB_TEXT_INPUT_H_
#define SUMMARIZE_LIB_TEXT_INPUT_H_

#include <cstddef>
#include <string_view>

namespace summarize::internal {

// Returns the byte offset of the first byte of `text` that is not part of a
// well-formed UTF-8 sequence (overlong forms, surrogates and code points
// above U+10FFFF are ill-formed), or std::string_view::npos when `text` is
// valid UTF-8. O(n).
std::size_t FindInvalidUtf8(std::string_view text);

// Returns the offset of the first byte that marks `text` as binary data
// rather than text: NUL, or a C0 control other than TAB, LF, VT, FF, CR and
// ESC. npos when there is none.
std::size_t FindBinaryByte(std::string_view text);

// Number of bytes of a leading UTF-8 byte-order mark (0 or 3).
std::size_t ByteOrderMarkLength(std::string_view text);

// Checks `text` for use as input: size, UTF-8 and binary content.
// Returns the offset where the text proper starts (after any BOM).
// Throws Error with kInputTooLarge, kInvalidUtf8 or kBinaryInput (the last
// two with the byte offset of the first bad byte). Binary content is checked
// before UTF-8, since binary data is usually invalid UTF-8 as well.
std::size_t CheckInput(std::string_view text, std::size_t max_bytes);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_INPUT_H_
