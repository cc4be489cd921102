#include "model/term_matrix.h"

#include <cmath>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace summarize::internal {
namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

}  // namespace

// O(total terms + nnz log nnz) time, O(vocabulary + nnz) memory, where nnz
// is the number of distinct (sentence, term) pairs. Deterministic: ids come
// from order of first appearance, never from hash-map iteration.
TermMatrix BuildTermMatrix(
    const std::vector<std::vector<std::string>>& sentences) {
  TermMatrix matrix;
  const auto rows = static_cast<Eigen::Index>(sentences.size());

  // One triplet per occurrence: setFromTriplets() sums duplicates into
  // counts (exact in float up to 2^24 repeats).
  std::unordered_map<std::string, Eigen::Index, StringHash, std::equal_to<>>
      ids;
  std::vector<Eigen::Triplet<float>> occurrences;
  matrix.lengths.reserve(sentences.size());
  for (Eigen::Index row = 0; row < rows; ++row) {
    const auto& terms = sentences[static_cast<std::size_t>(row)];
    matrix.lengths.push_back(terms.size());
    for (const std::string& term : terms) {
      auto [it, inserted] = ids.try_emplace(
          term, static_cast<Eigen::Index>(matrix.vocabulary.size()));
      if (inserted) matrix.vocabulary.push_back(term);
      occurrences.emplace_back(row, it->second, 1.0f);
    }
  }
  const auto columns = static_cast<Eigen::Index>(matrix.vocabulary.size());
  matrix.counts.resize(rows, columns);
  matrix.counts.setFromTriplets(occurrences.begin(), occurrences.end());
  matrix.counts.makeCompressed();

  // Document frequency: stored entries per column, each one a sentence.
  std::vector<std::size_t> df(matrix.vocabulary.size(), 0);
  for (Eigen::Index row = 0; row < matrix.counts.outerSize(); ++row) {
    for (SparseMatrix::InnerIterator it(matrix.counts, row); it; ++it) {
      ++df[static_cast<std::size_t>(it.col())];
    }
  }
  const auto n = static_cast<double>(sentences.size());
  matrix.idf.reserve(df.size());
  for (const std::size_t d : df) {
    matrix.idf.push_back(static_cast<float>(
        std::log((1.0 + n) / (1.0 + static_cast<double>(d))) + 1.0));
  }

  matrix.tfidf = matrix.counts;
  for (Eigen::Index row = 0; row < matrix.tfidf.outerSize(); ++row) {
    double squared_norm = 0;
    for (SparseMatrix::InnerIterator it(matrix.tfidf, row); it; ++it) {
      const double weight = (1.0 + std::log(static_cast<double>(it.value()))) *
                            matrix.idf[static_cast<std::size_t>(it.col())];
      it.valueRef() = static_cast<float>(weight);
      squared_norm += weight * weight;
    }
    if (squared_norm == 0) continue;  // empty row stays empty
    const double scale = 1.0 / std::sqrt(squared_norm);
    for (SparseMatrix::InnerIterator it(matrix.tfidf, row); it; ++it) {
      it.valueRef() = static_cast<float>(it.value() * scale);
    }
  }
  return matrix;
}

}  // namespace summarize::internal
