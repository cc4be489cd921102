// LexRank: IDF-modified cosine graph, thresholded or continuous.
#include "rank/lexrank.h"

#include <cmath>
#include <cstddef>
#include <vector>

#include "model/similarity_graph.h"
#include "rank/graph_rank.h"

namespace summarize::internal {
namespace {

// The paper's cosine threshold for the unweighted graph (its best value on
// DUC 2004).
constexpr float kThreshold = 0.1F;

}  // namespace

TermMatrix IdfModifiedCosineMatrix(const TermMatrix& matrix) {
  TermMatrix weighted = matrix;
  const SparseMatrix& counts = matrix.counts;
  const auto n = static_cast<double>(counts.rows());
  const std::vector<std::size_t> df = DocumentFrequencies(counts);
  std::vector<double> idf(df.size());
  for (std::size_t t = 0; t < df.size(); ++t) {
    // df >= 1 for every column, so the ratio is >= 1 and the log >= 0.
    idf[t] = std::log(n / static_cast<double>(df[t]));
  }
  weighted.tfidf = counts;
  for (Eigen::Index row = 0; row < weighted.tfidf.outerSize(); ++row) {
    double squared_norm = 0;
    for (SparseMatrix::InnerIterator it(weighted.tfidf, row); it; ++it) {
      const double w = it.value() * idf[static_cast<std::size_t>(it.col())];
      it.valueRef() = static_cast<float>(w);
      squared_norm += w * w;
    }
    const double scale = squared_norm > 0 ? 1.0 / std::sqrt(squared_norm) : 0;
    for (SparseMatrix::InnerIterator it(weighted.tfidf, row); it; ++it) {
      it.valueRef() = static_cast<float>(it.value() * scale);
    }
  }
  return weighted;
}

Scores LexRank(const RankInput& input) {
  UndirectedGraph graph =
      CosineGraph(IdfModifiedCosineMatrix(input.matrix), kThreshold);
  // Unweighted: the walk then divides by the degree, as in the paper.
  for (float& weight : graph.AllWeights()) weight = 1.0F;
  return RankGraph(graph, input);
}

Scores LexRankContinuous(const RankInput& input) {
  return RankGraph(CosineGraph(IdfModifiedCosineMatrix(input.matrix), 0.0F),
                   input);
}

}  // namespace summarize::internal
