#include "rank/luhn.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "rank/term_order.h"

namespace summarize::internal {
namespace {

// Luhn's limit: significant words further apart than this many
// insignificant words do not belong to one cluster.
constexpr std::size_t kMaxGap = 4;
// Share of the distinct terms, most frequent first, that can be significant.
constexpr double kSignificantShare = 0.1;
// A word must occur at least this often to be significant.
constexpr float kMinCount = 2;

}  // namespace

std::vector<bool> SignificantTerms(const TermMatrix& matrix) {
  const SparseMatrix& counts = matrix.counts;
  std::vector<float> total(static_cast<std::size_t>(counts.cols()), 0);
  for (Eigen::Index k = 0; k < counts.nonZeros(); ++k) {
    total[static_cast<std::size_t>(counts.innerIndexPtr()[k])] +=
        counts.valuePtr()[k];
  }
  std::vector<bool> significant(total.size(), false);
  if (total.empty()) return significant;
  std::vector<float> sorted = total;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  const auto rank = static_cast<std::size_t>(
      std::ceil(kSignificantShare * static_cast<double>(sorted.size())));
  const float cut =
      std::max(kMinCount, sorted[std::max<std::size_t>(rank, 1) - 1]);
  for (std::size_t t = 0; t < total.size(); ++t) {
    significant[t] = total[t] >= cut;
  }
  return significant;
}

Scores Luhn(const RankInput& input) {
  const std::vector<bool> significant = SignificantTerms(input.matrix);
  TermOrder order(input);
  const auto n = static_cast<std::size_t>(input.matrix.counts.rows());
  Scores scores(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<int>& columns = order.Columns(i);
    double best = 0;
    std::size_t first = 0;  // position of the cluster's first significant
    std::size_t last = 0;   // and last significant term
    std::size_t count = 0;  // significant terms in the cluster
    auto close = [&] {
      if (count == 0) return;
      const double span = static_cast<double>(last - first + 1);
      best = std::max(best, static_cast<double>(count * count) / span);
    };
    for (std::size_t p = 0; p < columns.size(); ++p) {
      if (!significant[static_cast<std::size_t>(columns[p])]) continue;
      if (count > 0 && p - last - 1 > kMaxGap) {
        close();
        count = 0;
      }
      if (count == 0) first = p;
      last = p;
      ++count;
    }
    close();
    scores[i] = best;
  }
  return scores;
}

}  // namespace summarize::internal
