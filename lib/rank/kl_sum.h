// KL-Sum (Haghighi & Vanderwende, NAACL 2009): the summary whose word
// distribution is closest to the document's.
#ifndef SUMMARIZE_LIB_RANK_KL_SUM_H_
#define SUMMARIZE_LIB_RANK_KL_SUM_H_

#include <cstddef>
#include <vector>

#include "rank/ranker.h"

namespace summarize::internal {

// KL(P || Q) where P is the document's unigram distribution over its terms
// (count / total) and Q the add-one smoothed distribution of the terms of
// `summary` (sentence indices): Q(w) = (c(w) + 1) / (N + V), with N the
// summary's term count and V the document's distinct terms.
double SummaryDivergence(const TermMatrix& matrix,
                         const std::vector<std::size_t>& summary);

// The published greedy search: repeatedly add the sentence that makes
// SummaryDivergence smallest (ties to the earlier sentence); a word already
// in the summary lowers the divergence less, which is the method's own
// redundancy control. Returns the first `picks` choices in order.
// O(picks × nonzeros). Checks `cancel` before each choice.
std::vector<std::size_t> KlSumOrder(const TermMatrix& matrix, std::size_t picks,
                                    const Cancellation& cancel = {});

// Scores by ChoiceOrderScores over KlSumOrder(GreedyPicks(...)); the
// others by exp(-SummaryDivergence of the sentence alone).
Scores KlSum(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_KL_SUM_H_
