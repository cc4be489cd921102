// Legacy and UTF-16 input through ICU converters, BOMs, UTF-8 repair.
#include "text/transcode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "summarize/error.hpp"
#include "text/input.h"

namespace summarize::internal {
namespace {

// Input bytes per ucnv_toUnicode call: keeps every length ICU sees far
// below 2^31 whatever the input's size, and the UTF-16 buffer small.
constexpr std::size_t kChunkBytes = std::size_t{1} << 16;
// UTF-16 units of the conversion buffer; a full buffer is emptied and the
// call repeated, so any size works.
constexpr std::size_t kBufferUnits = std::size_t{1} << 16;

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";  // U+FFFD

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(std::string_view encoding) {
  const std::string name(encoding);  // NUL-terminated for ICU
  // ucnv_open treats "" as "the platform's default encoding": not wanted.
  if (name.empty() || name.find('\0') != std::string::npos) {
    throw Error(ErrorCode::kInvalidOptions,
                "invalid encoding name \"" + name + "\"");
  }
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || converter == nullptr) {
    throw Error(ErrorCode::kInvalidOptions,
                "unknown encoding \"" + name + "\"");
  }
  return converter;
}

// ICU to-Unicode callback of InvalidBytes::kReplace: one U+FFFD for each
// invalid or unassigned sequence (ICU's own substitution would write U+001A
// for some single-byte encodings, a control that reads as binary input).
void ReplaceWithFffd(const void* /*context*/, UConverterToUnicodeArgs* args,
                     const char* /*bytes*/, int32_t /*length*/,
                     UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  static constexpr UChar kReplacement = 0xFFFD;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

void SetInvalidBytesCallback(UConverter* converter, InvalidBytes invalid) {
  UErrorCode status = U_ZERO_ERROR;
  if (invalid == InvalidBytes::kThrow) {
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                        nullptr, &status);
  } else {
    ucnv_setToUCallBack(converter, ReplaceWithFffd, nullptr, nullptr, nullptr,
                        &status);
  }
  if (U_FAILURE(status)) {
    throw Error(
        ErrorCode::kInternal,
        std::string("ICU ucnv_setToUCallBack failed: ") + u_errorName(status));
  }
}

void AppendUtf8(UChar32 c, std::string& out) {
  std::array<char, U8_MAX_LENGTH> bytes{};
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes.data(), length, c);
  out.append(bytes.data(), static_cast<std::size_t>(length));
}

// Appends UTF-16 units [begin, end) as UTF-8. A lead surrogate at the end
// waits in `lead` for its trail unit in the next buffer.
void AppendUtf16(const UChar* begin, const UChar* end, UChar& lead,
                 std::string& out) {
  for (const UChar* p = begin; p != end; ++p) {
    const UChar unit = *p;
    if (lead != 0) {
      const UChar first = lead;
      lead = 0;
      if (U16_IS_TRAIL(unit)) {
        AppendUtf8(U16_GET_SUPPLEMENTARY(first, unit), out);
        continue;
      }
      out += kReplacementUtf8;  // unpaired (ICU does not produce these)
    }
    if (U16_IS_LEAD(unit)) {
      lead = unit;
    } else if (U16_IS_TRAIL(unit)) {
      out += kReplacementUtf8;
    } else {
      AppendUtf8(unit, out);
    }
  }
}

[[noreturn]] void ThrowInvalidBytes(UConverter* converter,
                                    std::string_view encoding,
                                    std::size_t consumed, UErrorCode error) {
  std::array<char, 32> invalid{};
  auto invalid_length = static_cast<int8_t>(invalid.size());
  UErrorCode status = U_ZERO_ERROR;
  ucnv_getInvalidChars(converter, invalid.data(), &invalid_length, &status);
  const std::size_t length =
      U_SUCCESS(status) ? static_cast<std::size_t>(invalid_length) : 0;
  const std::size_t offset = consumed - std::min(consumed, length);
  const char* what = error == U_TRUNCATED_CHAR_FOUND ? "truncated"
                     : error == U_INVALID_CHAR_FOUND ? "unassigned"
                                                     : "invalid";
  throw Error(ErrorCode::kInvalidUtf8,
              std::string(what) + " " + std::string(encoding) +
                  " sequence at byte " + std::to_string(offset),
              offset);
}

std::string ConvertWithIcu(std::string_view bytes, std::string_view encoding,
                           UConverter* converter) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  std::vector<UChar> buffer(kBufferUnits);
  const char* source = bytes.data();
  const char* const end = bytes.data() + bytes.size();
  UChar lead = 0;
  while (true) {
    const auto left = static_cast<std::size_t>(end - source);
    const char* const chunk_end = source + std::min(left, kChunkBytes);
    const bool flush = chunk_end == end;
    UChar* target = buffer.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, buffer.data() + buffer.size(), &source,
                   chunk_end, nullptr, flush, &status);
    AppendUtf16(buffer.data(), target, lead, out);
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;  // buffer full: go on
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND ||
        status == U_TRUNCATED_CHAR_FOUND) {
      ThrowInvalidBytes(converter, encoding,
                        static_cast<std::size_t>(source - bytes.data()),
                        status);
    }
    if (U_FAILURE(status)) {
      throw Error(
          ErrorCode::kInternal,
          std::string("ICU ucnv_toUnicode failed: ") + u_errorName(status));
    }
    if (flush) break;
  }
  if (lead != 0) out += kReplacementUtf8;
  return out;
}

}  // namespace

void CheckEncoding(std::string_view encoding) { OpenConverter(encoding); }

ByteOrderMark DetectBom(std::string_view bytes) {
  if (ByteOrderMarkLength(bytes) > 0) return ByteOrderMark::kUtf8;
  if (bytes.starts_with("\xFF\xFE")) return ByteOrderMark::kUtf16Le;
  if (bytes.starts_with("\xFE\xFF")) return ByteOrderMark::kUtf16Be;
  return ByteOrderMark::kNone;
}

std::size_t BomLength(ByteOrderMark bom) {
  switch (bom) {
    case ByteOrderMark::kUtf8:
      return 3;
    case ByteOrderMark::kUtf16Le:
    case ByteOrderMark::kUtf16Be:
      return 2;
    case ByteOrderMark::kNone:
      break;
  }
  return 0;
}

std::string_view BomEncoding(ByteOrderMark bom) {
  switch (bom) {
    case ByteOrderMark::kUtf8:
      return "UTF-8";
    case ByteOrderMark::kUtf16Le:
      return "UTF-16LE";
    case ByteOrderMark::kUtf16Be:
      return "UTF-16BE";
    case ByteOrderMark::kNone:
      break;
  }
  return "";
}

std::string TranscodeToUtf8(std::string_view bytes, std::string_view encoding,
                            InvalidBytes invalid) {
  const ConverterPtr converter = OpenConverter(encoding);
  // UTF-8 in, UTF-8 out: validate (or repair) instead of a round trip.
  UErrorCode status = U_ZERO_ERROR;
  const char* canonical = ucnv_getName(converter.get(), &status);
  if (U_SUCCESS(status) && canonical != nullptr &&
      std::string_view(canonical) == "UTF-8") {
    if (invalid == InvalidBytes::kReplace) return ReplaceInvalidUtf8(bytes);
    if (const std::size_t bad = FindInvalidUtf8(bytes);
        bad != std::string_view::npos) {
      throw Error(ErrorCode::kInvalidUtf8,
                  "invalid UTF-8 at byte " + std::to_string(bad), bad);
    }
    return std::string(bytes);
  }
  if (bytes.empty()) return {};
  SetInvalidBytesCallback(converter.get(), invalid);
  return ConvertWithIcu(bytes, encoding, converter.get());
}

std::string ReplaceInvalidUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t bad = FindInvalidUtf8(bytes.substr(pos));
    if (bad == std::string_view::npos) {
      out.append(bytes.substr(pos));
      break;
    }
    out.append(bytes.substr(pos, bad));
    pos += bad;
    // U8_NEXT stops after the maximal subpart of an ill-formed sequence.
    const auto* window =
        reinterpret_cast<const std::uint8_t*>(bytes.data() + pos);
    const auto window_length = static_cast<int32_t>(
        std::min<std::size_t>(bytes.size() - pos, U8_MAX_LENGTH));
    int32_t length = 0;
    UChar32 c = 0;
    U8_NEXT(window, length, window_length, c);
    if (c >= 0) {  // not expected: FindInvalidUtf8 and ICU agree
      out.append(bytes.substr(pos, static_cast<std::size_t>(length)));
    } else {
      out += kReplacementUtf8;
    }
    pos += static_cast<std::size_t>(std::max<int32_t>(length, 1));
  }
  return out;
}

}  // namespace summarize::internal
