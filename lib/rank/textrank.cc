// TextRank as published: overlap graph, uniform teleport.
#include "rank/textrank.h"

#include "model/similarity_graph.h"
#include "rank/graph_rank.h"

namespace summarize::internal {

Scores TextRank(const RankInput& input) {
  return RankGraph(OverlapGraph(input.matrix), input);
}

}  // namespace summarize::internal
