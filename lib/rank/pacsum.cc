#include "rank/pacsum.h"

#include <algorithm>
#include <cstddef>
#include <vector>

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
  const UndirectedGraph graph = CosineGraph(input.matrix, 0.0F);
  input.cancel.Check();
  const std::size_t n = graph.nodes();
  double largest = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (const float weight : graph.Weights(i)) {
      largest = std::max(largest, static_cast<double>(weight));
    }
  }
  const double threshold = kThresholdShare * largest;
  // Per sentence, its thresholded edges to later and to earlier sentences;
  // an edge is later for its lower end and earlier for its higher one.
  std::vector<double> later(n, 0.0);
  std::vector<double> earlier(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const auto others = graph.Others(i);
    const auto weights = graph.Weights(i);
    for (std::size_t k = 0; k < others.size(); ++k) {
      const auto j = static_cast<std::size_t>(others[k]);
      const double edge = std::max(0.0, weights[k] - threshold);
      later[std::min(i, j)] += edge;
      earlier[std::max(i, j)] += edge;
    }
  }
  Scores scores(n);
  for (std::size_t i = 0; i < n; ++i) {
    scores[i] = kLaterWeight * later[i] + kEarlierWeight * earlier[i];
  }
  return scores;
}

}  // namespace summarize::internal
