// Stage 5: weight terms — the sentence × term TF-IDF matrix.
#ifndef SUMMARIZE_LIB_MODEL_TERM_MATRIX_H_
#define SUMMARIZE_LIB_MODEL_TERM_MATRIX_H_

#include <Eigen/SparseCore>
#include <cstddef>
#include <string>
#include <vector>

namespace summarize::internal {

using SparseMatrix = Eigen::SparseMatrix<float, Eigen::RowMajor>;

struct TermMatrix {
  // Terms by id; ids are given in order of first appearance.
  std::vector<std::string> vocabulary;
  // Inverse document frequency per term id, sentences as documents:
  // idf(t) = ln((1 + n) / (1 + df(t))) + 1 (smoothed, always > 0).
  std::vector<float> idf;
  // Raw term counts: rows are sentences, columns term ids.
  SparseMatrix counts;
  // TF-IDF with sublinear tf: (1 + ln count) * idf, each non-empty row
  // L2-normalised (empty rows stay empty).
  SparseMatrix tfidf;
  // Number of terms (with repeats) per sentence.
  std::vector<std::size_t> lengths;
};

// Builds the matrices for `sentences`, each a list of terms (repeats kept).
TermMatrix BuildTermMatrix(
    const std::vector<std::vector<std::string>>& sentences);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_MODEL_TERM_MATRIX_H_
