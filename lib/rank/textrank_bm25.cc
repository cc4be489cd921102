// BM25-weighted sentence graph from an inverted index, and its TextRank.
#include "rank/textrank_bm25.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <vector>

#include "rank/graph_rank.h"

namespace summarize::internal {
namespace {

// The BM25 parameters of Barrios et al. (Robertson's usual values).
constexpr double kK1 = 1.5;
constexpr double kB = 0.75;
// A negative idf (a term in more than half the sentences) becomes this
// share of the mean idf, so common terms still count a little.
constexpr double kIdfFloorShare = 0.25;

}  // namespace

Graph Bm25Graph(const TermMatrix& matrix, const GraphLimits& limits) {
  const SparseMatrix& counts = matrix.counts;
  const Eigen::Index n = counts.rows();
  const auto terms = static_cast<std::size_t>(counts.cols());
  Graph graph(n, n);
  if (n == 0) return graph;

  std::vector<std::size_t> df(terms, 0);
  for (Eigen::Index k = 0; k < counts.nonZeros(); ++k) {
    ++df[static_cast<std::size_t>(counts.innerIndexPtr()[k])];
  }
  std::vector<double> idf(terms);
  const auto nd = static_cast<double>(n);
  for (std::size_t t = 0; t < terms; ++t) {
    const auto d = static_cast<double>(df[t]);
    idf[t] = std::log((nd - d + 0.5) / (d + 0.5));
  }
  const double mean_idf = terms == 0
                              ? 0
                              : std::accumulate(idf.begin(), idf.end(), 0.0) /
                                    static_cast<double>(terms);
  // In a document of a few sentences most terms can be common and the mean
  // itself negative: their idf is then 0 (they link nothing).
  const double floor_idf = std::max(0.0, kIdfFloorShare * mean_idf);
  for (double& value : idf) {
    if (value < 0) value = floor_idf;
  }

  // Per sentence, the BM25 length normalisation k1 (1 - b + b |s| / avg).
  std::vector<double> length_norm(static_cast<std::size_t>(n));
  double total_length = 0;
  for (Eigen::Index i = 0; i < n; ++i) {
    double length = 0;
    for (SparseMatrix::InnerIterator it(counts, i); it; ++it) {
      length += it.value();
    }
    length_norm[static_cast<std::size_t>(i)] = length;
    total_length += length;
  }
  const double mean_length = total_length / nd;
  for (double& norm : length_norm) {
    norm = mean_length > 0 ? kK1 * (1 - kB + kB * norm / mean_length) : kK1;
  }
  // The saturated term frequency of a count f in sentence s.
  auto saturated = [&](double f, std::size_t s) {
    return f * (kK1 + 1) / (f + length_norm[s]);
  };

  // Postings of the terms within the frequency limit.
  const double max_df = std::max(static_cast<double>(limits.frequent_floor),
                                 limits.frequent_share * nd);
  std::vector<std::size_t> offsets(terms + 1, 0);
  for (std::size_t t = 0; t < terms; ++t) {
    const bool kept = static_cast<double>(df[t]) <= max_df;
    offsets[t + 1] = offsets[t] + (kept ? df[t] : 0);
  }
  std::vector<Eigen::Index> posting_rows(offsets[terms]);
  std::vector<float> posting_counts(offsets[terms]);
  std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (SparseMatrix::InnerIterator it(counts, i); it; ++it) {
      const auto t = static_cast<std::size_t>(it.col());
      if (fill[t] == offsets[t + 1]) continue;  // skipped (or full)
      posting_rows[fill[t]] = i;
      posting_counts[fill[t]] = it.value();
      ++fill[t];
    }
  }

  struct Edge {
    Eigen::Index col;
    float weight;
  };
  std::vector<double> accumulator(static_cast<std::size_t>(n), 0.0);
  std::vector<bool> is_touched(static_cast<std::size_t>(n), false);
  std::vector<Eigen::Index> touched;
  std::vector<Edge> row_edges;
  std::vector<Eigen::Triplet<float>> triplets;
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto si = static_cast<std::size_t>(i);
    touched.clear();
    for (SparseMatrix::InnerIterator it(counts, i); it; ++it) {
      const auto t = static_cast<std::size_t>(it.col());
      const double fi = it.value();
      for (std::size_t p = offsets[t]; p < offsets[t + 1]; ++p) {
        const Eigen::Index j = posting_rows[p];
        if (j == i) continue;
        const auto sj = static_cast<std::size_t>(j);
        const double fj = posting_counts[p];
        // Both directions at once: i as the query against j, and j
        // against i; the edge is their mean.
        const double both =
            idf[t] * (fi * saturated(fj, sj) + fj * saturated(fi, si));
        if (!is_touched[sj]) {
          is_touched[sj] = true;
          touched.push_back(j);
        }
        accumulator[sj] += 0.5 * both;
      }
    }
    row_edges.clear();
    for (const Eigen::Index j : touched) {
      const auto sj = static_cast<std::size_t>(j);
      if (accumulator[sj] > 0) {
        row_edges.push_back({j, static_cast<float>(accumulator[sj])});
      }
      accumulator[sj] = 0;
      is_touched[sj] = false;
    }
    const std::size_t cap = limits.max_neighbors;
    if (cap > 0 && row_edges.size() > cap) {
      std::nth_element(row_edges.begin(),
                       row_edges.begin() + static_cast<std::ptrdiff_t>(cap),
                       row_edges.end(), [](const Edge& a, const Edge& b) {
                         return a.weight > b.weight ||
                                (a.weight == b.weight && a.col < b.col);
                       });
      row_edges.resize(cap);
    }
    for (const Edge& edge : row_edges) {
      triplets.emplace_back(i, edge.col, edge.weight);
      triplets.emplace_back(edge.col, i, edge.weight);
    }
  }
  // Sums over shared terms in the same column order from either end are the
  // same bit for bit, so an edge both ends kept arrives twice with one
  // weight; keep one.
  graph.setFromTriplets(triplets.begin(), triplets.end(),
                        [](float a, float) { return a; });
  return graph;
}

Scores TextRankBm25(const RankInput& input) {
  return RankGraph(Bm25Graph(input.matrix), input);
}

}  // namespace summarize::internal
