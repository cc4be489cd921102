#include "rank/textrank.h"

#include <cmath>
#include <cstddef>

#include "model/similarity_graph.h"

namespace summarize::internal {
namespace {

// Position prior of the default: sentence i (0-based, among candidates)
// gets teleport weight 1 / sqrt(1 + i / kPositionScale). With 4, the fifth
// sentence weighs 1/sqrt(2) of the first, the 37th a third: a gentle lead
// bias that keeps late, central sentences in reach.
constexpr double kPositionScale = 4.0;

// Cosine edges at or below this weight are dropped from the default's
// graph: they mostly come from one shared common word and only add noise.
constexpr float kMinCosineEdge = 0.05F;

}  // namespace

Scores TextRank(const RankInput& input) {
  const Graph graph = OverlapGraph(input.matrix);
  input.cancel.Check();
  return PowerIteration(graph, input.iteration, {}, input.cancel).scores;
}

Scores PositionalTextRank(const RankInput& input) {
  const Graph graph = CosineGraph(input.matrix, kMinCosineEdge);
  input.cancel.Check();
  std::vector<double> prior(static_cast<std::size_t>(graph.rows()));
  for (std::size_t i = 0; i < prior.size(); ++i) {
    prior[i] = 1.0 / std::sqrt(1.0 + static_cast<double>(i) / kPositionScale);
  }
  return PowerIteration(graph, input.iteration, prior, input.cancel).scores;
}

}  // namespace summarize::internal
