// TextRank (Mihalcea & Tarau, EMNLP 2004) for sentence extraction.
#ifndef SUMMARIZE_LIB_RANK_TEXTRANK_H_
#define SUMMARIZE_LIB_RANK_TEXTRANK_H_

#include "rank/ranker.h"

namespace summarize::internal {

// The paper's method: OverlapGraph similarity, undirected weighted PageRank
// with uniform teleport (or RankInput::position_prior's). Scores sum to 1.
Scores TextRank(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_TEXTRANK_H_
