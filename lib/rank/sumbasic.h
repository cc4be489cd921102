// SumBasic (Nenkova & Vanderwende, 2005): word probability with squaring
// of the words already used.
#ifndef SUMMARIZE_LIB_RANK_SUMBASIC_H_
#define SUMMARIZE_LIB_RANK_SUMBASIC_H_

#include <cstddef>
#include <vector>

#include "rank/ranker.h"

namespace summarize::internal {

// The published loop: p(w) = count(w) / (terms in the document); a
// sentence weighs the mean p(w) over its terms (with repeats); repeatedly
// choose, among the sentences containing the most probable word still in an
// unchosen sentence (ties to the first term), the heaviest (ties to the
// earlier sentence), then square p(w) for each of its words — the method's
// own redundancy control. Returns the first `picks` choices in order.
// Checks `cancel` before each choice.
std::vector<std::size_t> SumBasicOrder(const TermMatrix& matrix,
                                       std::size_t picks,
                                       const Cancellation& cancel = {});

// Scores by ChoiceOrderScores over SumBasicOrder(GreedyPicks(...));
// the others by their initial weight.
Scores SumBasic(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_SUMBASIC_H_
