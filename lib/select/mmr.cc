#include "select/mmr.h"

#include <algorithm>

#include "select/row_dot.h"

namespace summarize::internal {

std::vector<std::size_t> SelectMmr(const std::vector<Candidate>& candidates,
                                   const SparseMatrix& tfidf,
                                   const SelectionParams& params) {
  const std::size_t n = candidates.size();
  const double lambda = params.mmr_lambda;
  const bool by_words = params.length.unit == Length::Unit::kWords;
  const std::size_t word_budget =
      by_words ? static_cast<std::size_t>(params.length.value) : 0;
  const std::size_t target = TargetSentenceCount(params.length, n);

  double top = 0;
  for (const Candidate& c : candidates) top = std::max(top, c.score);
  const double scale = top > 0 ? 1 / top : 1;

  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < n; ++i) {
    if (Eligible(candidates[i], params)) open.push_back(i);
  }
  std::vector<double> max_similarity(n, 0);
  std::vector<std::size_t> chosen;
  std::vector<std::size_t> redundant;
  std::size_t words_used = 0;
  auto fits = [&](std::size_t i) {
    return !by_words || words_used + candidates[i].words <= word_budget;
  };

  while (chosen.size() < target && !open.empty()) {
    std::size_t best = n;
    double best_value = 0;
    std::vector<std::size_t> still_open;
    still_open.reserve(open.size());
    for (const std::size_t i : open) {
      if (!fits(i)) continue;  // the budget only shrinks: never again
      if (params.filter_redundant &&
          max_similarity[i] >= params.redundancy_threshold) {
        redundant.push_back(i);
        continue;
      }
      still_open.push_back(i);
      const double value = lambda * candidates[i].score * scale -
                           (1 - lambda) * max_similarity[i];
      if (best == n || value > best_value) {  // ascending: ties keep the lower
        best = i;
        best_value = value;
      }
    }
    open.swap(still_open);
    if (best == n) break;
    chosen.push_back(best);
    words_used += candidates[best].words;
    std::erase(open, best);
    for (const std::size_t i : open) {
      max_similarity[i] = std::max(max_similarity[i],
                                   RowDot(tfidf, static_cast<Eigen::Index>(i),
                                          static_cast<Eigen::Index>(best)));
    }
  }
  // Backfill from the redundant ones, best score first (ties to the lower
  // index), when the filter left the summary short.
  std::sort(redundant.begin(), redundant.end(),
            [&](std::size_t a, std::size_t b) {
              return candidates[a].score > candidates[b].score ||
                     (candidates[a].score == candidates[b].score && a < b);
            });
  for (const std::size_t i : redundant) {
    if (chosen.size() >= target) break;
    if (fits(i)) {
      chosen.push_back(i);
      words_used += candidates[i].words;
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace summarize::internal
