// Title overlap per sentence, through term ids.
#include "model/title_overlap.h"

#include <unordered_set>

namespace summarize::internal {

std::vector<double> TitleOverlap(const TermMatrix& matrix,
                                 std::span<const TermId> title_terms) {
  const std::unordered_set<TermId> title(title_terms.begin(),
                                         title_terms.end());
  std::vector<double> overlap(static_cast<std::size_t>(matrix.counts.rows()),
                              0.0);
  if (title.empty()) return overlap;

  // Which columns are title terms; a title term the sentences never use has
  // no column and matches nothing, but still counts in the denominator.
  std::vector<bool> in_title(matrix.terms.size(), false);
  for (std::size_t column = 0; column < matrix.terms.size(); ++column) {
    in_title[column] = title.contains(matrix.terms[column]);
  }
  const auto denominator = static_cast<double>(title.size());
  for (Eigen::Index row = 0; row < matrix.counts.outerSize(); ++row) {
    std::size_t shared = 0;
    for (SparseMatrix::InnerIterator it(matrix.counts, row); it; ++it) {
      shared += in_title[static_cast<std::size_t>(it.col())] ? 1 : 0;
    }
    overlap[static_cast<std::size_t>(row)] =
        static_cast<double>(shared) / denominator;
  }
  return overlap;
}

}  // namespace summarize::internal
