#include "rank/term_order.h"

#include <algorithm>

namespace summarize::internal {

TermOrder::TermOrder(const RankInput& input) : input_(input) {
  const std::vector<TermId>& terms = input.matrix.terms;
  TermId largest = 0;
  for (const TermId id : terms) largest = std::max(largest, id);
  column_of_.assign(terms.empty() ? 0 : largest + std::size_t{1}, -1);
  for (std::size_t c = 0; c < terms.size(); ++c) {
    column_of_[terms[c]] = static_cast<int>(c);
  }
}

int TermOrder::ColumnOf(TermId id) const {
  return id < column_of_.size() ? column_of_[id] : -1;
}

const std::vector<int>& TermOrder::Columns(std::size_t row) {
  columns_.clear();
  if (input_.terms != nullptr && row < input_.terms->rows()) {
    for (const TermId id : input_.terms->Row(row)) {
      const int column = ColumnOf(id);
      if (column >= 0) columns_.push_back(column);
    }
    return columns_;
  }
  const SparseMatrix& counts = input_.matrix.counts;
  for (SparseMatrix::InnerIterator it(counts, static_cast<Eigen::Index>(row));
       it; ++it) {
    columns_.insert(columns_.end(), static_cast<std::size_t>(it.value()),
                    static_cast<int>(it.col()));
  }
  return columns_;
}

}  // namespace summarize::internal
