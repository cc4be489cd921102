#include "model/undirected_graph.h"

#include <limits>
#include <string>

#include "summarize/error.hpp"

namespace summarize::internal {

UndirectedGraph::UndirectedGraph(std::size_t nodes) : offsets_(nodes + 1, 0) {}

void UndirectedGraph::AddNode(std::span<const Index> others,
                              std::span<const float> weights) {
  if (others.size() != weights.size()) {
    throw Error(ErrorCode::kInternal,
                "a node's edges and weights differ in number");
  }
  constexpr auto kMaxEdges =
      static_cast<std::size_t>(std::numeric_limits<Index>::max());
  if (others.size() > kMaxEdges - edges()) {
    throw Error(ErrorCode::kInputTooLarge, "the graph would hold more than " +
                                               std::to_string(kMaxEdges) +
                                               " edges, the most it can index");
  }
  others_.insert(others_.end(), others.begin(), others.end());
  weights_.insert(weights_.end(), weights.begin(), weights.end());
  offsets_.push_back(static_cast<Index>(others_.size()));
}

void UndirectedGraph::Reserve(std::size_t edges) {
  others_.reserve(edges);
  weights_.reserve(edges);
}

std::vector<double> UndirectedGraph::WeightedDegrees() const {
  std::vector<double> degrees(nodes(), 0.0);
  for (std::size_t r = 0; r < nodes(); ++r) {
    const auto others = Others(r);
    const auto weights = Weights(r);
    // Summed apart: added to degrees[r] in place, every edge would wait for
    // the store of the one before (degrees[r] could be any other end).
    double own = 0;
    for (std::size_t k = 0; k < others.size(); ++k) {
      own += weights[k];
      degrees[static_cast<std::size_t>(others[k])] += weights[k];
    }
    degrees[r] += own;
  }
  return degrees;
}

AdjacencyMatrix UndirectedGraph::Matrix() const {
  const std::size_t n = nodes();
  if (edges() >
      static_cast<std::size_t>(std::numeric_limits<Index>::max()) / 2) {
    throw Error(ErrorCode::kInputTooLarge,
                "the adjacency matrix of a graph of " +
                    std::to_string(edges()) +
                    " edges would hold more entries than it can index");
  }
  // Every edge in both directions, each row in no particular order; the
  // transpose below sorts them.
  std::vector<Index> outer(n + 1, 0);
  for (std::size_t r = 0; r < n; ++r) {
    outer[r + 1] += static_cast<Index>(Size(r));
    for (const Index other : Others(r))
      ++outer[static_cast<std::size_t>(other) + 1];
  }
  for (std::size_t r = 0; r < n; ++r) outer[r + 1] += outer[r];
  std::vector<Index> cols(2 * edges());
  std::vector<float> values(2 * edges());
  std::vector<Index> fill(outer.begin(), outer.end() - 1);
  for (std::size_t r = 0; r < n; ++r) {
    const auto others = Others(r);
    const auto weights = Weights(r);
    for (std::size_t k = 0; k < others.size(); ++k) {
      const auto other = static_cast<std::size_t>(others[k]);
      cols[static_cast<std::size_t>(fill[r])] = others[k];
      values[static_cast<std::size_t>(fill[r]++)] = weights[k];
      cols[static_cast<std::size_t>(fill[other])] = static_cast<Index>(r);
      values[static_cast<std::size_t>(fill[other]++)] = weights[k];
    }
  }
  const auto size = static_cast<Eigen::Index>(n);
  const Eigen::Map<const AdjacencyMatrix> unsorted(
      size, size, static_cast<Eigen::Index>(cols.size()), outer.data(),
      cols.data(), values.data());
  // Eigen transposes by a counting sort over the columns, which leaves every
  // row ascending; the transpose of a symmetric matrix is the matrix.
  return AdjacencyMatrix(unsorted.transpose());
}

UndirectedGraph UndirectedGraph::FromMatrix(const AdjacencyMatrix& matrix) {
  UndirectedGraph graph;
  graph.offsets_.reserve(static_cast<std::size_t>(matrix.rows()) + 1);
  std::vector<Index> others;
  std::vector<float> weights;
  for (Eigen::Index r = 0; r < matrix.outerSize(); ++r) {
    others.clear();
    weights.clear();
    for (AdjacencyMatrix::InnerIterator it(matrix, r); it; ++it) {
      if (it.col() <= r) continue;
      others.push_back(static_cast<Index>(it.col()));
      weights.push_back(it.value());
    }
    graph.AddNode(others, weights);
  }
  return graph;
}

}  // namespace summarize::internal
