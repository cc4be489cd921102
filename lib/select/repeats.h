// Candidates that repeat another candidate's text word for word.
#ifndef SUMMARIZE_LIB_SELECT_REPEATS_H_
#define SUMMARIZE_LIB_SELECT_REPEATS_H_

#include <string_view>
#include <vector>

#include "select/selector.h"

namespace summarize::internal {

// Marks as `repeat` every candidate whose text equals that of a candidate
// ranked above it (higher score; at equal score, lower index), comparing the
// texts with every run of whitespace taken as one space: of each group of
// identical sentences only the best-ranked copy stays eligible. A summary
// never says the same sentence twice, whatever the similarity measure makes
// of it (a sentence whose every term is in every sentence has a zero TF-IDF
// row, which the cosine filter cannot see). `texts[i]` is candidate i's
// text. O(total text length) expected.
void MarkRepeats(std::vector<Candidate>& candidates,
                 const std::vector<std::string_view>& texts);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_REPEATS_H_
