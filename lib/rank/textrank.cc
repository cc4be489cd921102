// TextRank as published: overlap graph, uniform teleport.
#include "rank/textrank.h"

#include "model/similarity_graph.h"

namespace summarize::internal {

Scores TextRank(const RankInput& input) {
  const Graph graph = OverlapGraph(input.matrix);
  input.cancel.Check();
  return PowerIteration(graph, input.iteration, {}, input.cancel).scores;
}

}  // namespace summarize::internal
