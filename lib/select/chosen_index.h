// The sentences a selector has chosen, indexed by term.
#ifndef SUMMARIZE_LIB_SELECT_CHOSEN_INDEX_H_
#define SUMMARIZE_LIB_SELECT_CHOSEN_INDEX_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "model/term_matrix.h"

namespace summarize::internal {

// Rows of a sentence × term matrix chosen so far, with an inverted index over
// their terms, so that a candidate is compared only with the chosen rows it
// shares a term with: O(the postings of its terms) instead of a merge of its
// row with every chosen row.
class ChosenIndex {
 public:
  // `rows` must outlive the index.
  explicit ChosenIndex(const SparseMatrix& rows);

  // Adds row `row` to the chosen ones.
  void Add(Eigen::Index row);

  // True if the dot product of row `candidate` with some chosen row is >=
  // `threshold`, the dot product of two rows being exactly RowDot's (the same
  // products, summed in the same order); a chosen row sharing no term has a
  // dot product of 0.
  bool AnyDotAtLeast(Eigen::Index candidate, double threshold);

 private:
  const SparseMatrix& rows_;
  // Per term: the chosen rows that store it (by order of choice) and their
  // value.
  std::vector<std::vector<std::pair<std::uint32_t, float>>> postings_;
  // Per chosen row (one entry each, so also their count): its dot product
  // with the candidate being checked, 0 between checks.
  std::vector<double> dots_;
  // The chosen rows that share a term with the candidate, and a flag per
  // chosen row for "in met_".
  std::vector<std::uint32_t> met_;
  std::vector<std::uint8_t> is_met_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_CHOSEN_INDEX_H_
