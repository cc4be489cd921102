#include "model/similarity_graph.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "summarize/error.hpp"

namespace summarize::internal {

// Cost: the sparse product visits, for each sentence, the sentences sharing
// each of its terms — O(sum over terms of df²) time, O(edges) memory.
Graph CosineGraph(const TermMatrix& matrix, float min_weight) {
  if (!(min_weight >= 0)) {  // also rejects NaN
    throw Error(
        ErrorCode::kInvalidOptions,
        "similarity threshold must be >= 0, got " + std::to_string(min_weight));
  }
  // Rows are unit length, so the dot products are the cosines.
  const Graph product = matrix.tfidf * matrix.tfidf.transpose();
  // The product may sum (i, j) and (j, i) in different orders; averaging
  // with the transpose makes the graph exactly symmetric (a + b == b + a).
  Graph graph = 0.5f * (product + Graph(product.transpose()));
  graph.prune([min_weight](Eigen::Index row, Eigen::Index col, float value) {
    return row != col && value > min_weight;
  });
  return graph;
}

// Same cost as CosineGraph(). Entries of B · Bᵀ (B = counts as 0/1) are
// small integers, exact in float, so the result is exactly symmetric.
Graph OverlapGraph(const TermMatrix& matrix) {
  SparseMatrix binary = matrix.counts;
  for (Eigen::Index row = 0; row < binary.outerSize(); ++row) {
    for (SparseMatrix::InnerIterator it(binary, row); it; ++it) {
      it.valueRef() = 1.0f;
    }
  }
  Graph graph = binary * binary.transpose();
  for (Eigen::Index row = 0; row < graph.outerSize(); ++row) {
    for (Graph::InnerIterator it(graph, row); it; ++it) {
      const std::size_t length_i =
          matrix.lengths[static_cast<std::size_t>(row)];
      const std::size_t length_j =
          matrix.lengths[static_cast<std::size_t>(it.col())];
      if (length_i == 0 || length_j == 0) {
        it.valueRef() = 0;  // cannot share a term; guard against bad input
        continue;
      }
      const double denominator =
          std::max(std::log(static_cast<double>(length_i)) +
                       std::log(static_cast<double>(length_j)),
                   std::numbers::ln2);
      it.valueRef() = static_cast<float>(it.value() / denominator);
    }
  }
  graph.prune([](Eigen::Index row, Eigen::Index col, float value) {
    return row != col && value > 0;
  });
  return graph;
}

}  // namespace summarize::internal
