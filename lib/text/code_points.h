// Small UTF-8 and punctuation helpers shared by the text stages.
#ifndef SUMMARIZE_LIB_TEXT_CODE_POINTS_H_
#define SUMMARIZE_LIB_TEXT_CODE_POINTS_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "summarize/summary.hpp"

namespace summarize::internal {

// The code point that starts at text[i] (valid UTF-8, i < size); moves i
// past it.
inline UChar32 NextCodePoint(std::string_view text, std::size_t& i) {
  if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
    ++i;
    return byte;
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data() + i);
  const auto length =
      static_cast<std::int32_t>(std::min<std::size_t>(text.size() - i, 4));
  std::int32_t k = 0;
  UChar32 c;
  U8_NEXT(bytes, k, length, c);
  i += static_cast<std::size_t>(k);
  return c;
}

// The code point that ends at text[i] (exclusive; valid UTF-8, i > 0);
// moves i to its start.
inline UChar32 PreviousCodePoint(std::string_view text, std::size_t& i) {
  const std::size_t back = std::min<std::size_t>(i, 4);
  const auto* bytes =
      reinterpret_cast<const std::uint8_t*>(text.data() + i - back);
  auto k = static_cast<std::int32_t>(back);
  UChar32 c;
  U8_PREV(bytes, 0, k, c);
  i -= back - static_cast<std::size_t>(k);
  return c;
}

// Character classes that run on every code point of a text: ASCII is
// answered inline (exactly as the ICU property would, which a test checks)
// and only other code points ask ICU.

// Unicode White_Space.
inline bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

// Alphabetic or a decimal digit.
inline bool IsAlnum(UChar32 c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c);
}

// Characters that lines break between without spaces (UAX #14 classes ID,
// CJ and SA: ideographs, kana, Thai, Lao, Khmer, Myanmar; none is ASCII).
inline bool IsUnspaced(UChar32 c) {
  if (c < 0x80) return false;
  const auto line_break =
      static_cast<ULineBreak>(u_getIntPropertyValue(c, UCHAR_LINE_BREAK));
  return line_break == U_LB_IDEOGRAPHIC ||
         line_break == U_LB_CONDITIONAL_JAPANESE_STARTER ||
         line_break == U_LB_COMPLEX_CONTEXT;
}

// `range` of `text` (valid UTF-8) without leading and trailing Unicode
// white space; begin == end when it is all white space.
inline Span TrimWhitespace(std::string_view text, Span range) {
  while (range.begin < range.end) {
    std::size_t next = range.begin;
    if (!IsSpace(NextCodePoint(text, next))) break;
    range.begin = next;
  }
  while (range.end > range.begin) {
    std::size_t previous = range.end;
    if (!IsSpace(PreviousCodePoint(text, previous))) break;
    range.end = previous;
  }
  return range;
}

// "?" and "!" in their ASCII, doubled, full-width, small and Arabic forms.
inline bool IsQuestionOrExclamation(UChar32 c) {
  constexpr std::u32string_view kMarks = U"?!‼⁇⁈⁉？！﹖﹗؟";
  return kMarks.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// Closing brackets and quotes, which may follow a sentence's final mark.
inline bool IsClosingPunctuation(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_PE_MASK | U_GC_PF_MASK)) != 0 ||
         u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_CODE_POINTS_H_
