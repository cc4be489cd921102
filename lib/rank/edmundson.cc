#include "rank/edmundson.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "rank/luhn.h"

namespace summarize::internal {
namespace {

// The weights of the four methods (each method's values span at most 1).
constexpr double kCueWeight = 1.0;
constexpr double kKeyWeight = 1.0;
constexpr double kTitleWeight = 1.0;
constexpr double kLocationWeight = 1.0;

// Divides every value by the largest magnitude (leaves all-zero values).
void ScaleToUnit(std::vector<double>& values) {
  double largest = 0;
  for (const double v : values) largest = std::max(largest, std::abs(v));
  if (largest == 0) return;
  for (double& v : values) v /= largest;
}

}  // namespace

Scores Edmundson(const RankInput& input) {
  const SparseMatrix& counts = input.matrix.counts;
  const auto n = static_cast<std::size_t>(counts.rows());
  if (n == 0) return {};
  const auto terms = static_cast<std::size_t>(counts.cols());

  // Key: document counts of the significant terms.
  const std::vector<bool> key = SignificantTerms(input.matrix);
  std::vector<double> total(terms, 0);
  for (Eigen::Index k = 0; k < counts.nonZeros(); ++k) {
    total[static_cast<std::size_t>(counts.innerIndexPtr()[k])] +=
        counts.valuePtr()[k];
  }

  std::vector<double> cue(n, 0);
  if (input.cue_balance.size() == n) cue = input.cue_balance;
  std::vector<double> key_weight(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    for (SparseMatrix::InnerIterator it(counts, static_cast<Eigen::Index>(i));
         it; ++it) {
      const auto t = static_cast<std::size_t>(it.col());
      if (key[t]) key_weight[i] += static_cast<double>(it.value()) * total[t];
    }
  }
  ScaleToUnit(cue);
  ScaleToUnit(key_weight);

  const bool has_paragraphs = input.paragraphs.size() == n;
  const bool has_title = input.title_overlap.size() == n;
  Scores scores(n);
  for (std::size_t i = 0; i < n; ++i) {
    double location = (i == 0 || i + 1 == n) ? 1 : 0;
    if (has_paragraphs) {
      const bool paragraph_edge =
          i == 0 || i + 1 == n ||
          input.paragraphs[i - 1] != input.paragraphs[i] ||
          input.paragraphs[i + 1] != input.paragraphs[i];
      location += paragraph_edge ? 1 : 0;
    }
    location /= 2;
    const double title = has_title ? input.title_overlap[i] : 0;
    scores[i] = kCueWeight * (1 + cue[i]) + kKeyWeight * key_weight[i] +
                kTitleWeight * title + kLocationWeight * location;
  }
  return scores;
}

}  // namespace summarize::internal
