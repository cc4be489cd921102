// BM25-weighted sentence graph, built by the shared graph builder, and its
// TextRank.
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

UndirectedGraph Bm25Graph(const TermMatrix& matrix, const GraphLimits& limits) {
  const SparseMatrix& counts = matrix.counts;
  const Eigen::Index n = counts.rows();
  const auto terms = static_cast<std::size_t>(counts.cols());
  if (n == 0) return UndirectedGraph();

  const std::vector<std::size_t> df = DocumentFrequencies(counts);
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

  // Per sentence, the BM25 length normalisation k1 (1 - b + b |s| / avg),
  // |s| the sentence's terms with repeats (the sum of its counts).
  const double mean_length =
      static_cast<double>(std::accumulate(
          matrix.lengths.begin(), matrix.lengths.end(), std::size_t{0})) /
      nd;
  std::vector<double> length_norm;
  length_norm.reserve(matrix.lengths.size());
  for (const std::size_t length : matrix.lengths) {
    length_norm.push_back(
        mean_length > 0
            ? kK1 * (1 - kB + kB * static_cast<double>(length) / mean_length)
            : kK1);
  }
  // The edge is half of Σ over shared terms t of
  //   idf(t) f(t, i) sat(t, j) + idf(t) f(t, j) sat(t, i)
  // (i as the query against j, and j against i), sat the saturated count
  // f (k1 + 1) / (f + norm): the symmetric bilinear form of q = f and
  // d = idf × sat, which the shared graph builder sums.
  SparseMatrix document = counts;
  for (Eigen::Index i = 0; i < n; ++i) {
    const double norm = length_norm[static_cast<std::size_t>(i)];
    for (SparseMatrix::InnerIterator it(document, i); it; ++it) {
      const double f = it.value();
      it.valueRef() =
          static_cast<float>(idf[static_cast<std::size_t>(it.col())] *
                             (f * (kK1 + 1) / (f + norm)));
    }
  }
  return BilinearGraph(counts, document, limits);
}

Scores TextRankBm25(const RankInput& input) {
  return RankGraph(Bm25Graph(input.matrix), input);
}

}  // namespace summarize::internal
