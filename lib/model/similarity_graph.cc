// Similarity graphs built row by row from an inverted index over terms.
#include "model/similarity_graph.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

// Sentences containing each term, ascending, with the term's value in that
// sentence; terms over the frequency limit get no postings.
struct InvertedIndex {
  std::vector<std::size_t> offsets;  // term t: [offsets[t], offsets[t + 1])
  std::vector<Eigen::Index> rows;
  std::vector<float> values;
  std::vector<bool> skipped;  // per term
};

InvertedIndex BuildIndex(const SparseMatrix& matrix,
                         const GraphLimits& limits) {
  const auto terms = static_cast<std::size_t>(matrix.cols());
  const auto n = static_cast<double>(matrix.rows());
  const auto max_df = std::max(static_cast<double>(limits.frequent_floor),
                               limits.frequent_share * n);
  std::vector<std::size_t> df(terms, 0);
  for (Eigen::Index row = 0; row < matrix.outerSize(); ++row) {
    for (SparseMatrix::InnerIterator it(matrix, row); it; ++it) {
      ++df[static_cast<std::size_t>(it.col())];
    }
  }
  InvertedIndex index;
  index.skipped.resize(terms);
  index.offsets.assign(terms + 1, 0);
  for (std::size_t t = 0; t < terms; ++t) {
    index.skipped[t] = static_cast<double>(df[t]) > max_df;
    index.offsets[t + 1] = index.offsets[t] + (index.skipped[t] ? 0 : df[t]);
  }
  index.rows.resize(index.offsets[terms]);
  index.values.resize(index.offsets[terms]);
  std::vector<std::size_t> fill(index.offsets.begin(), index.offsets.end() - 1);
  for (Eigen::Index row = 0; row < matrix.outerSize(); ++row) {
    for (SparseMatrix::InnerIterator it(matrix, row); it; ++it) {
      const auto t = static_cast<std::size_t>(it.col());
      if (index.skipped[t]) continue;
      index.rows[fill[t]] = row;
      index.values[fill[t]] = it.value();
      ++fill[t];
    }
  }
  return index;
}

// The graph of `matrix`'s rows: for each row i, raw(i, j) = Σ over shared
// terms t of value(i, t) × value(j, t), in ascending term order (so raw(i, j)
// and raw(j, i) are the same sum, bit for bit); weight(i, j) =
// finish(i, j, raw) kept when > min_weight; then each row's top
// max_neighbors. O(Σ df² over kept terms) time, O(n + edges) memory.
template <typename Finish>
Graph BuildGraph(const SparseMatrix& matrix, float min_weight,
                 const GraphLimits& limits, Finish finish) {
  const Eigen::Index n = matrix.rows();
  const InvertedIndex index = BuildIndex(matrix, limits);

  struct Edge {
    Eigen::Index col;
    float weight;
  };
  std::vector<double> accumulator(static_cast<std::size_t>(n), 0.0);
  std::vector<Eigen::Index> touched;
  std::vector<Edge> row_edges;
  std::vector<Eigen::Triplet<float>> triplets;

  for (Eigen::Index i = 0; i < n; ++i) {
    touched.clear();
    for (SparseMatrix::InnerIterator it(matrix, i); it; ++it) {
      const auto t = static_cast<std::size_t>(it.col());
      for (std::size_t p = index.offsets[t]; p < index.offsets[t + 1]; ++p) {
        const Eigen::Index j = index.rows[p];
        if (j == i) continue;
        double& sum = accumulator[static_cast<std::size_t>(j)];
        if (sum == 0) touched.push_back(j);
        sum += static_cast<double>(it.value()) * index.values[p];
      }
    }
    row_edges.clear();
    for (const Eigen::Index j : touched) {
      double& sum = accumulator[static_cast<std::size_t>(j)];
      const auto weight = static_cast<float>(finish(i, j, sum));
      sum = 0;
      if (weight > min_weight) row_edges.push_back({j, weight});
    }
    const std::size_t cap = limits.max_neighbors;
    if (cap > 0 && row_edges.size() > cap) {
      const auto heavier = [](const Edge& a, const Edge& b) {
        return a.weight > b.weight || (a.weight == b.weight && a.col < b.col);
      };
      std::nth_element(row_edges.begin(),
                       row_edges.begin() + static_cast<std::ptrdiff_t>(cap),
                       row_edges.end(), heavier);
      row_edges.resize(cap);
    }
    for (const Edge& edge : row_edges) {
      triplets.emplace_back(i, edge.col, edge.weight);
      triplets.emplace_back(edge.col, i, edge.weight);
    }
  }
  // An edge both ends kept arrives twice with the same weight; keep one.
  Graph graph(n, n);
  graph.setFromTriplets(triplets.begin(), triplets.end(),
                        [](float a, float) { return a; });
  return graph;
}

}  // namespace

Graph CosineGraph(const TermMatrix& matrix, float min_weight,
                  const GraphLimits& limits) {
  if (!(min_weight >= 0)) {  // also rejects NaN
    throw Error(
        ErrorCode::kInvalidOptions,
        "similarity threshold must be >= 0, got " + std::to_string(min_weight));
  }
  // Rows are unit length, so the dot products are the cosines.
  return BuildGraph(matrix.tfidf, min_weight, limits,
                    [](Eigen::Index, Eigen::Index, double dot) { return dot; });
}

Graph OverlapGraph(const TermMatrix& matrix, const GraphLimits& limits) {
  // With every value 1, the dot product counts the distinct shared terms.
  SparseMatrix binary = matrix.counts;
  for (Eigen::Index row = 0; row < binary.outerSize(); ++row) {
    for (SparseMatrix::InnerIterator it(binary, row); it; ++it) {
      it.valueRef() = 1.0f;
    }
  }
  std::vector<double> log_length(matrix.lengths.size());
  for (std::size_t i = 0; i < log_length.size(); ++i) {
    log_length[i] = std::log(static_cast<double>(matrix.lengths[i]));
  }
  return BuildGraph(
      binary, 0.0f, limits,
      [&log_length](Eigen::Index i, Eigen::Index j, double shared) {
        // Sentences sharing a term have length >= 1, so the logs are finite.
        const double denominator =
            std::max(log_length[static_cast<std::size_t>(i)] +
                         log_length[static_cast<std::size_t>(j)],
                     std::numbers::ln2);
        return shared / denominator;
      });
}

}  // namespace summarize::internal
