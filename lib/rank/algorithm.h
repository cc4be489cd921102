// Dispatch from the public Algorithm enum to its ranker.
#ifndef SUMMARIZE_LIB_RANK_ALGORITHM_H_
#define SUMMARIZE_LIB_RANK_ALGORITHM_H_

#include "rank/ranker.h"
#include "summarize/options.hpp"

namespace summarize::internal {

// Scores the candidates with `algorithm`.
Scores RankSentences(Algorithm algorithm, const RankInput& input);

// True for the greedy methods (SumBasic, KL-Sum) whose order of choice
// already accounts for redundancy: the selector then skips its cosine
// filter and takes their sentences in their order, as published.
bool ControlsRedundancy(Algorithm algorithm);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_ALGORITHM_H_
