// How a piece of text ends: as a sentence, a question, or mid-sentence.
#ifndef SUMMARIZE_LIB_TEXT_SENTENCE_ENDING_H_
#define SUMMARIZE_LIB_TEXT_SENTENCE_ENDING_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace summarize::internal {

// How text ends, after any closing quotes and brackets.
enum class Ending : std::uint8_t {
  kNone,                   // a letter, digit or other symbol
  kFullStop,               // . … 。 and other sentence terminators
  kQuestionOrExclamation,  // ? ! ？ ！ ‼ ⁉ ...
  kContinues,              // , ; : or a dash: the sentence goes on
};

// How text[begin, end) (valid UTF-8, trimmed) ends. Marks are found by
// Unicode property, so that every script's marks count: "." "。" "।" "։"
// "؟" ... (Sentence_Terminal) end a sentence; "," ";" ":" "、" "，" "；" "،"
// "؛" ... (Terminal_Punctuation or Sentence_Break = SContinue, but not
// Sentence_Terminal) and dashes continue it, except the Greek question mark
// ";" after a Greek letter.
Ending EndingOf(std::string_view text, std::size_t begin, std::size_t end);

// True for kFullStop and kQuestionOrExclamation.
inline bool EndsSentence(Ending ending) {
  return ending == Ending::kFullStop ||
         ending == Ending::kQuestionOrExclamation;
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_SENTENCE_ENDING_H_
