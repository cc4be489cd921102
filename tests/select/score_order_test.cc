// Tests for OrderByScore: best score first, ties to the lower index.
#include "select/score_order.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

std::vector<std::size_t> Order(const std::vector<double>& scores) {
  return OrderByScore(scores.size(), [&](std::size_t i) { return scores[i]; });
}

// The order as a comparison sort states it.
std::vector<std::size_t> Reference(const std::vector<double>& scores) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  const auto value = [&](std::size_t i) {
    return std::isnan(scores[i]) ? -std::numeric_limits<double>::infinity()
                                 : scores[i];
  };
  std::stable_sort(
      order.begin(), order.end(),
      [&](std::size_t a, std::size_t b) { return value(a) > value(b); });
  return order;
}

TEST(ScoreOrderTest, BestFirstTiesToTheLowerIndex) {
  EXPECT_THAT(Order({0.1, 0.4, 0.2, 0.4, 0.3}), ElementsAre(1, 3, 4, 2, 0));
  EXPECT_THAT(Order({}), ElementsAre());
  EXPECT_THAT(Order({7}), ElementsAre(0));
  EXPECT_THAT(Order({0.5, 0.5, 0.5}), ElementsAre(0, 1, 2));
}

TEST(ScoreOrderTest, NegativeZeroNanAndInfinities) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // -0 ties with +0; NaN is the lowest, tied with -inf.
  EXPECT_THAT(Order({-0.0, 0.0, nan, -inf, inf, -1.5, 2e-300, -2e-300}),
              ElementsAre(4, 6, 0, 1, 7, 5, 2, 3));
}

// Random scores over many magnitudes and signs, with repeats, against a
// comparison sort: the radix passes must give the same order.
TEST(ScoreOrderTest, MatchesAComparisonSort) {
  unsigned state = 99;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  for (const std::size_t n : {2u, 10u, 300u, 5000u}) {
    std::vector<double> scores(n);
    for (double& score : scores) {
      const double magnitude = std::ldexp(1.0 + (next() % 8) / 8.0,
                                          static_cast<int>(next() % 40) - 30);
      score = (next() % 5 == 0 ? -1 : 1) * magnitude;
    }
    EXPECT_EQ(Order(scores), Reference(scores)) << n;
  }
  // Nearly equal scores, as PageRank gives: only the low bytes differ.
  std::vector<double> close(2000);
  for (std::size_t i = 0; i < close.size(); ++i) {
    close[i] = 1e-5 + (next() % 50) * 1e-19;
  }
  EXPECT_EQ(Order(close), Reference(close));
}

}  // namespace
}  // namespace summarize::internal
