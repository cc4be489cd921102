// Greedy summarizers choose sentences one after another; this turns their
// order of choice into scores the shared selector visits in that order.
#ifndef SUMMARIZE_LIB_RANK_CHOICE_ORDER_H_
#define SUMMARIZE_LIB_RANK_CHOICE_ORDER_H_

#include <cstddef>
#include <vector>

#include "rank/ranker.h"

namespace summarize::internal {

// How many sentences a greedy method orders for a summary of `target`
// sentences out of `n` whose term matrix has `nonzeros` entries:
// min(n, 2 × target + 10), so that sentences the selector skips (too short,
// too long, over a word budget) have successors — but at most
// max(20, 4·10⁸ / nonzeros), since each choice costs O(nonzeros): a ratio
// length on a book would otherwise ask for tens of thousands of choices.
// The sentences beyond are ordered by their own scores (ChoiceOrderScores).
std::size_t GreedyPicks(std::size_t target, std::size_t n,
                        std::size_t nonzeros);

// Scores for `n` sentences of which `order` were chosen in that order: the
// k-th of m chosen scores 1 + (m − k) / m (in (1, 2], decreasing with k);
// the others score rest[i] / max(rest), in [0, 1] (`rest` >= 0, one per
// sentence: the method's own score of a sentence on its own).
Scores ChoiceOrderScores(const std::vector<std::size_t>& order,
                         const Scores& rest);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_CHOICE_ORDER_H_
