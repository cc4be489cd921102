// Each candidate's terms in reading order, as term-matrix columns.
#ifndef SUMMARIZE_LIB_RANK_TERM_ORDER_H_
#define SUMMARIZE_LIB_RANK_TERM_ORDER_H_

#include <cstddef>
#include <vector>

#include "rank/ranker.h"

namespace summarize::internal {

// Maps term ids to the matrix's columns and reads sentences as column
// sequences.
class TermOrder {
 public:
  explicit TermOrder(const RankInput& input);

  // Candidate `row`'s terms as columns of input.matrix, in reading order
  // with repeats (from RankInput::terms). Without RankInput::terms, its
  // distinct columns in column order, each repeated as often as it occurs.
  // The returned reference stays valid until the next call.
  const std::vector<int>& Columns(std::size_t row);

  // The column of term `id`, or -1 when the candidates never use it.
  int ColumnOf(TermId id) const;

 private:
  const RankInput& input_;
  std::vector<int> column_of_;  // by term id
  std::vector<int> columns_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_TERM_ORDER_H_
