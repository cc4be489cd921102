// Candidates that repeat another candidate's text word for word.
#ifndef SUMMARIZE_LIB_SELECT_REPEATS_H_
#define SUMMARIZE_LIB_SELECT_REPEATS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "select/selector.h"

namespace summarize::internal {

// Tells, of candidates offered one at a time, which repeat the text of one
// offered before, comparing the texts with every run of whitespace taken as
// one space. Offered best first, it leaves of each group of identical
// sentences only the best-ranked copy: a summary never says the same
// sentence twice, whatever the similarity measure makes of it (a sentence
// whose every term is in every sentence has a zero TF-IDF row, which the
// cosine filter cannot see). A selector that visits candidates best first
// offers only those it visits: for a few sentences out of a book, a few
// texts are read instead of all of them. O(length of the text) expected per
// offer.
class RepeatFilter {
 public:
  // `texts[i]` is candidate i's text; the texts must outlive the filter.
  explicit RepeatFilter(std::span<const std::string_view> texts);

  // True if candidate `i`'s text is that of a candidate offered before;
  // otherwise remembers it. Offer each candidate once.
  bool Offer(std::size_t i);

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::size_t candidate = kFree;
  };
  static constexpr std::size_t kFree = static_cast<std::size_t>(-1);

  void Grow();

  std::span<const std::string_view> texts_;
  // Open addressing, probed linearly from the key's Fibonacci hash; at most
  // half full.
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

// Marks as `repeat` every candidate whose text equals that of a candidate
// ranked above it (higher score; at equal score, lower index): the
// candidates offered to a RepeatFilter best first, all of them.
// `texts[i]` is candidate i's text. O(total text length) expected, plus a
// sort of the candidates by score.
void MarkRepeats(std::vector<Candidate>& candidates,
                 const std::vector<std::string_view>& texts);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_REPEATS_H_
