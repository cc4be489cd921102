#include "rank/choice_order.h"

#include <algorithm>

namespace summarize::internal {
namespace {

// Extra picks beyond twice the target.
constexpr std::size_t kExtraPicks = 10;
// Bound on picks × matrix entries (a few seconds of work), and the picks
// always allowed.
constexpr std::size_t kMaxWork = 400'000'000;
constexpr std::size_t kMinPicks = 20;

}  // namespace

std::size_t GreedyPicks(std::size_t target, std::size_t n,
                        std::size_t nonzeros) {
  const std::size_t affordable =
      std::max(kMinPicks, kMaxWork / std::max<std::size_t>(nonzeros, 1));
  return std::min(
      {n, 2 * std::max<std::size_t>(target, 1) + kExtraPicks, affordable});
}

Scores ChoiceOrderScores(const std::vector<std::size_t>& order,
                         const Scores& rest) {
  Scores scores = rest;
  const double largest =
      rest.empty() ? 0 : *std::max_element(rest.begin(), rest.end());
  if (largest > 0) {
    for (double& score : scores) score /= largest;
  }
  const auto m = static_cast<double>(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    scores[order[k]] = 1 + (m - static_cast<double>(k)) / m;
  }
  return scores;
}

}  // namespace summarize::internal
