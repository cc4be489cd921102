#include "text/sentence_ending.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/code_points.h"

namespace summarize::internal {
namespace {

// True when `mark`, which starts at text[mark_begin], is ";" (or U+037E
// GREEK QUESTION MARK, which NFC turns into ";") right after a Greek letter
// in text[begin, ...): Greek writes its question mark so.
bool IsGreekQuestionMark(std::string_view text, std::size_t begin,
                         std::size_t mark_begin, UChar32 mark) {
  if ((mark != ';' && mark != 0x037E) || mark_begin <= begin) return false;
  std::size_t i = mark_begin;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(PreviousCodePoint(text, i), &status) ==
         USCRIPT_GREEK;
}

}  // namespace

Ending EndingOf(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    std::size_t i = end;
    const UChar32 c = PreviousCodePoint(text, i);
    if (!IsClosingPunctuation(c)) {
      if (IsQuestionOrExclamation(c) ||
          IsGreekQuestionMark(text, begin, i, c)) {
        return Ending::kQuestionOrExclamation;
      }
      // U+2026 "…" and U+22EF "⋯" (Chinese ellipsis "⋯⋯") are not
      // Sentence_Terminal but end sentences as often as "." does.
      if (c == 0x2026 || c == 0x22EF || u_hasBinaryProperty(c, UCHAR_S_TERM)) {
        return Ending::kFullStop;
      }
      if (u_hasBinaryProperty(c, UCHAR_TERMINAL_PUNCTUATION) ||
          u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK) == U_SB_SCONTINUE ||
          (U_GET_GC_MASK(c) & U_GC_PD_MASK) != 0) {
        return Ending::kContinues;
      }
      return Ending::kNone;
    }
    end = i;
  }
  return Ending::kNone;
}

}  // namespace summarize::internal
