#include "rank/degree.h"

#include "model/similarity_graph.h"

namespace summarize::internal {

Scores Degree(const RankInput& input) {
  const Graph graph = CosineGraph(input.matrix, 0.0F);
  input.cancel.Check();
  Scores scores(static_cast<std::size_t>(graph.rows()), 0.0);
  for (Eigen::Index i = 0; i < graph.outerSize(); ++i) {
    double sum = 0;
    for (Graph::InnerIterator it(graph, i); it; ++it) sum += it.value();
    scores[static_cast<std::size_t>(i)] = sum;
  }
  return scores;
}

}  // namespace summarize::internal
