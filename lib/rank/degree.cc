#include "rank/degree.h"

#include "model/similarity_graph.h"

namespace summarize::internal {

Scores Degree(const RankInput& input) {
  const UndirectedGraph graph = CosineGraph(input.matrix, 0.0F);
  input.cancel.Check();
  return graph.WeightedDegrees();
}

}  // namespace summarize::internal
