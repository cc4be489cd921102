#include "rank/graph_rank.h"

#include <cmath>

namespace summarize::internal {

std::vector<double> PositionTeleport(std::size_t n, double exponent) {
  std::vector<double> teleport;
  if (exponent == 0) return teleport;
  teleport.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    teleport.push_back(std::pow(1.0 + static_cast<double>(i), -exponent));
  }
  return teleport;
}

Scores RankGraph(const UndirectedGraph& graph, const RankInput& input) {
  input.cancel.Check();
  return PowerIteration(graph, input.iteration,
                        PositionTeleport(graph.nodes(), input.position_prior),
                        input.cancel)
      .scores;
}

}  // namespace summarize::internal
