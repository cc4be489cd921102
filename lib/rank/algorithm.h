// Dispatch from the public Algorithm enum to its ranker.
#ifndef SUMMARIZE_LIB_RANK_ALGORITHM_H_
#define SUMMARIZE_LIB_RANK_ALGORITHM_H_

#include "rank/ranker.h"
#include "summarize/options.hpp"

namespace summarize::internal {

// Scores the candidates with `algorithm`.
Scores RankSentences(Algorithm algorithm, const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_ALGORITHM_H_
