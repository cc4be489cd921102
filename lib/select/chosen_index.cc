#include "select/chosen_index.h"

namespace summarize::internal {

ChosenIndex::ChosenIndex(const SparseMatrix& rows)
    : rows_(rows), postings_(static_cast<std::size_t>(rows.cols())) {}

void ChosenIndex::Add(Eigen::Index row) {
  const auto position = static_cast<std::uint32_t>(dots_.size());
  for (SparseMatrix::InnerIterator it(rows_, row); it; ++it) {
    postings_[static_cast<std::size_t>(it.col())].emplace_back(position,
                                                               it.value());
  }
  dots_.push_back(0);
  is_met_.push_back(0);
}

bool ChosenIndex::AnyDotAtLeast(Eigen::Index candidate, double threshold) {
  if (dots_.empty()) return false;
  // A chosen row that shares no term has a dot product of 0.
  if (threshold <= 0) return true;
  met_.clear();
  // Terms in ascending order, as RowDot's merge meets them: each dot product
  // adds the same products in the same order.
  for (SparseMatrix::InnerIterator it(rows_, candidate); it; ++it) {
    const auto value = static_cast<double>(it.value());
    for (const auto& [position, chosen_value] :
         postings_[static_cast<std::size_t>(it.col())]) {
      if (is_met_[position] == 0) {
        is_met_[position] = 1;
        met_.push_back(position);
      }
      dots_[position] += value * chosen_value;
    }
  }
  bool found = false;
  for (const std::uint32_t position : met_) {
    found = found || dots_[position] >= threshold;
    dots_[position] = 0;
    is_met_[position] = 0;
  }
  return found;
}

}  // namespace summarize::internal
