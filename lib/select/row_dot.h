// The similarity the selectors use between two candidates.
#ifndef SUMMARIZE_LIB_SELECT_ROW_DOT_H_
#define SUMMARIZE_LIB_SELECT_ROW_DOT_H_

#include "model/term_matrix.h"

namespace summarize::internal {

// Dot product of two rows of a row-major sparse matrix: a merge over the
// sorted column indices. For unit rows this is their cosine.
inline double RowDot(const SparseMatrix& m, Eigen::Index a, Eigen::Index b) {
  SparseMatrix::InnerIterator ia(m, a);
  SparseMatrix::InnerIterator ib(m, b);
  double dot = 0;
  while (ia && ib) {
    if (ia.col() < ib.col()) {
      ++ia;
    } else if (ib.col() < ia.col()) {
      ++ib;
    } else {
      dot += static_cast<double>(ia.value()) * ib.value();
      ++ia;
      ++ib;
    }
  }
  return dot;
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_ROW_DOT_H_
