#include "rank/textrank_cosine.h"

#include "model/similarity_graph.h"
#include "rank/graph_rank.h"

namespace summarize::internal {

Scores TextRankCosine(const RankInput& input) {
  return RankGraph(CosineGraph(input.matrix, 0.0F), input);
}

}  // namespace summarize::internal
