// Title overlap per sentence, through the term ids of the vocabulary.
#include "model/title_overlap.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace summarize::internal {

std::vector<double> TitleOverlap(const TermMatrix& matrix,
                                 const std::vector<std::string>& title_terms) {
  const std::unordered_set<std::string_view> title(title_terms.begin(),
                                                   title_terms.end());
  std::vector<double> overlap(static_cast<std::size_t>(matrix.counts.rows()),
                              0.0);
  if (title.empty()) return overlap;

  // Which term ids are title terms; a title term the sentences never use has
  // no id and can match nothing, but still counts in the denominator.
  std::vector<bool> in_title(matrix.vocabulary.size(), false);
  for (std::size_t id = 0; id < matrix.vocabulary.size(); ++id) {
    in_title[id] = title.contains(matrix.vocabulary[id]);
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
