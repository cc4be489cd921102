// Counting the words of a line, for the structure pass's short-line test.
#ifndef SUMMARIZE_LIB_TEXT_LINE_WORDS_H_
#define SUMMARIZE_LIB_TEXT_LINE_WORDS_H_

#include <cstddef>
#include <string_view>

namespace summarize::internal {

struct LineWords {
  // Runs of non-space characters (Unicode White_Space) with a letter or
  // digit in them (IsAlnum), so that separators such as "|" or "»" do not
  // make a line look long.
  std::size_t words = 0;
  // Characters written without spaces between words (IsUnspaced: CJK,
  // Thai, ...).
  std::size_t unspaced = 0;
};

// The words and unspaced characters of `line` (valid UTF-8), counted until
// the end of the line or until `words` exceeds `max_words`, whichever comes
// first; past that point the counts are a lower bound. ASCII is read 16
// bytes at a time. O(line length).
LineWords CountLineWords(std::string_view line, std::size_t max_words);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_LINE_WORDS_H_
