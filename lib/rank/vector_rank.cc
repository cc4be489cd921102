#include "rank/vector_rank.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "rank/graph_rank.h"
#include "summarize/error.hpp"

namespace summarize::internal {

void CheckSentenceVectors(const SentenceVectors& vectors, std::size_t count) {
  if (vectors.size() != count) {
    throw Error(ErrorCode::kInvalidSpans,
                "expected " + std::to_string(count) +
                    " sentence vectors (one per span), got " +
                    std::to_string(vectors.size()));
  }
  if (vectors.empty()) return;
  const std::size_t dimension = vectors.front().size();
  if (dimension == 0) {
    throw Error(ErrorCode::kInvalidSpans,
                "sentence vectors have no dimensions");
  }
  for (std::size_t i = 0; i < vectors.size(); ++i) {
    if (vectors[i].size() != dimension) {
      throw Error(ErrorCode::kInvalidSpans,
                  "sentence vector " + std::to_string(i) + " has " +
                      std::to_string(vectors[i].size()) + " dimensions, not " +
                      std::to_string(dimension));
    }
    for (const float value : vectors[i]) {
      if (!std::isfinite(value)) {
        throw Error(ErrorCode::kInvalidSpans,
                    "sentence vector " + std::to_string(i) +
                        " has a value that is not finite");
      }
    }
  }
}

UndirectedGraph VectorCosineGraph(const SentenceVectors& vectors,
                                  const GraphLimits& limits) {
  const auto n = static_cast<Eigen::Index>(vectors.size());
  std::vector<double> norms;
  norms.reserve(vectors.size());
  for (const auto& v : vectors) {
    double sum = 0;
    for (const float x : v) sum += static_cast<double>(x) * x;
    norms.push_back(std::sqrt(sum));
  }
  struct Edge {
    Eigen::Index col;
    float weight;
  };
  std::vector<Edge> row_edges;
  std::vector<Eigen::Triplet<float>> triplets;
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto& a = vectors[static_cast<std::size_t>(i)];
    row_edges.clear();
    for (Eigen::Index j = 0; j < n; ++j) {
      const auto& b = vectors[static_cast<std::size_t>(j)];
      const double scale = norms[static_cast<std::size_t>(i)] *
                           norms[static_cast<std::size_t>(j)];
      if (j == i || scale == 0) continue;
      // The same sum in the same order from either end: a symmetric graph.
      const auto [lo, hi] = i < j ? std::pair(&a, &b) : std::pair(&b, &a);
      double dot = 0;
      for (std::size_t k = 0; k < lo->size(); ++k) {
        dot += static_cast<double>((*lo)[k]) * (*hi)[k];
      }
      const auto weight = static_cast<float>(dot / scale);
      if (weight > 0) row_edges.push_back({j, weight});
    }
    const std::size_t cap = limits.max_neighbors;
    if (cap > 0 && row_edges.size() > cap) {
      std::nth_element(row_edges.begin(),
                       row_edges.begin() + static_cast<std::ptrdiff_t>(cap),
                       row_edges.end(), [](const Edge& x, const Edge& y) {
                         return x.weight > y.weight ||
                                (x.weight == y.weight && x.col < y.col);
                       });
      row_edges.resize(cap);
    }
    // Each kept edge once, above the diagonal (all FromMatrix reads); an
    // edge both ends keep is met twice, with the same weight.
    for (const Edge& edge : row_edges) {
      triplets.emplace_back(std::min(i, edge.col), std::max(i, edge.col),
                            edge.weight);
    }
  }
  AdjacencyMatrix upper(n, n);
  upper.setFromTriplets(triplets.begin(), triplets.end(),
                        [](float x, float) { return x; });
  return UndirectedGraph::FromMatrix(upper);
}

Scores VectorTextRank(const SentenceVectors& vectors, const RankInput& input) {
  return RankGraph(VectorCosineGraph(vectors), input);
}

}  // namespace summarize::internal
