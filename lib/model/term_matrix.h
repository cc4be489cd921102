// Stage 5: weight terms — the sentence × term TF-IDF matrix.
#ifndef SUMMARIZE_LIB_MODEL_TERM_MATRIX_H_
#define SUMMARIZE_LIB_MODEL_TERM_MATRIX_H_

#include <Eigen/SparseCore>
#include <cstddef>
#include <string>
#include <vector>

#include "text/term_rows.h"

namespace summarize::internal {

using SparseMatrix = Eigen::SparseMatrix<float, Eigen::RowMajor>;

struct TermMatrix {
  // The term id (in the analyzer's vocabulary) of each column. Columns are
  // the terms the rows use, in order of first appearance in the rows.
  std::vector<TermId> terms;
  // Inverse document frequency per column, sentences as documents:
  // idf(t) = ln((1 + n) / (1 + df(t))) + 1 (smoothed, always > 0).
  std::vector<float> idf;
  // Raw term counts: rows are sentences, columns terms.
  SparseMatrix counts;
  // TF-IDF with sublinear tf: (1 + ln count) * idf, each non-empty row
  // L2-normalised (empty rows stay empty).
  SparseMatrix tfidf;
  // Number of terms (with repeats) per sentence.
  std::vector<std::size_t> lengths;
};

// The number of rows that store an entry in each column of `matrix`: for a
// sentence × term matrix, each term's document frequency (sentences as
// documents). O(nnz).
std::vector<std::size_t> DocumentFrequencies(const SparseMatrix& matrix);

// Builds the matrices for `rows`, one per sentence. O(total terms + nnz log
// of the longest row + largest id) time.
TermMatrix BuildTermMatrix(const TermRows& rows);

// The same from terms spelled out (handy for tests and small tools): each
// distinct string gets the id of its first appearance, 0, 1, 2, ...
TermMatrix BuildTermMatrix(
    const std::vector<std::vector<std::string>>& sentences);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_MODEL_TERM_MATRIX_H_
