// The order in which candidates are taken: best score first.
#ifndef SUMMARIZE_LIB_SELECT_SCORE_ORDER_H_
#define SUMMARIZE_LIB_SELECT_SCORE_ORDER_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

namespace summarize::internal {

// The indices 0 .. n-1 of `score_of(i)`, highest score first, ties to the
// lower index; a NaN score counts as the lowest. Sorts (score, index) pairs
// side by side rather than indices that look their scores up: on 90,000
// sentences the lookups made the sort miss the cache on every comparison.
template <typename ScoreOf>
std::vector<std::size_t> OrderByScore(std::size_t n, ScoreOf score_of) {
  std::vector<std::pair<double, std::size_t>> keyed;
  keyed.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double score = score_of(i);
    keyed.emplace_back(
        std::isnan(score) ? -std::numeric_limits<double>::infinity() : score,
        i);
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  std::vector<std::size_t> order;
  order.reserve(n);
  for (const auto& [score, i] : keyed) order.push_back(i);
  return order;
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_SCORE_ORDER_H_
