#include "rank/pacsum.h"

#include <algorithm>

#include "model/similarity_graph.h"

namespace summarize::internal {
namespace {

// Share of the largest edge below which edges are dropped (the paper's β
// on the min-max range; the smallest similarity is 0 in a sparse graph).
constexpr double kThresholdShare = 0.6;
// λ1: weight of edges to later sentences.
constexpr double kLaterWeight = 1.0;
// λ2: weight of edges to earlier sentences. The paper tunes λ1 and λ2 per
// corpus and finds the earlier edges worth little or less than nothing;
// QUALITY.md measured negative values, which wreck BBC News (the first
// sentences of a long article are not its whole story), so they count 0.
constexpr double kEarlierWeight = 0.0;

}  // namespace

Scores PacSum(const RankInput& input) {
  const Graph graph = CosineGraph(input.matrix, 0.0F);
  input.cancel.Check();
  Scores scores(static_cast<std::size_t>(graph.rows()), 0.0);
  double largest = 0;
  for (Eigen::Index i = 0; i < graph.outerSize(); ++i) {
    for (Graph::InnerIterator it(graph, i); it; ++it) {
      largest = std::max(largest, static_cast<double>(it.value()));
    }
  }
  const double threshold = kThresholdShare * largest;
  for (Eigen::Index i = 0; i < graph.outerSize(); ++i) {
    double later = 0;
    double earlier = 0;
    for (Graph::InnerIterator it(graph, i); it; ++it) {
      const double edge = std::max(0.0, it.value() - threshold);
      (it.col() > i ? later : earlier) += edge;
    }
    scores[static_cast<std::size_t>(i)] =
        kLaterWeight * later + kEarlierWeight * earlier;
  }
  return scores;
}

}  // namespace summarize::internal
