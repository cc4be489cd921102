#include "rank/kl_sum.h"

#include <gtest/gtest.h>

#include <cmath>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// S0 = {a, b}, S1 = {a, b}, S2 = {c, c}: P = 1/3 each, V = 3, and with
// add-one smoothing KL(P || Q) = ln(1/3) − Σ P(w) ln(c(w) + 1) + ln(N + 3).
TermMatrix ThreeSentences() {
  return BuildTermMatrix({{"a", "b"}, {"a", "b"}, {"c", "c"}});
}

TEST(KlSumTest, DivergenceByHand) {
  const TermMatrix matrix = ThreeSentences();
  const double h = std::log(1.0 / 3.0);
  // {S0}: c = (1, 1, 0), N = 2.
  EXPECT_NEAR(SummaryDivergence(matrix, {0}),
              h - 2.0 / 3.0 * std::log(2.0) + std::log(5.0), 1e-12);
  // {S2}: c = (0, 0, 2), N = 2.
  EXPECT_NEAR(SummaryDivergence(matrix, {2}),
              h - 1.0 / 3.0 * std::log(3.0) + std::log(5.0), 1e-12);
  // {S0, S1}: c = (2, 2, 0), N = 4.
  EXPECT_NEAR(SummaryDivergence(matrix, {0, 1}),
              h - 2.0 / 3.0 * std::log(3.0) + std::log(7.0), 1e-12);
  // {S0, S2}: c = (1, 1, 2), N = 4.
  EXPECT_NEAR(
      SummaryDivergence(matrix, {0, 2}),
      h - 2.0 / 3.0 * std::log(2.0) - 1.0 / 3.0 * std::log(3.0) + std::log(7.0),
      1e-12);
}

// First pick: KL({S0}) = KL({S1}) ≈ 0.0487 < KL({S2}) ≈ 0.1446: S0 (the
// earlier of the tie). Second: KL({S0, S1}) ≈ 0.1148 > KL({S0, S2}) ≈
// 0.0189: S2, although S1 alone was as good as S0 — it repeats it. Then S1.
TEST(KlSumTest, GreedyOrderAvoidsTheRepeat) {
  const TermMatrix matrix = ThreeSentences();
  EXPECT_EQ(KlSumOrder(matrix, 3), (std::vector<std::size_t>{0, 2, 1}));
  const Scores scores = KlSum(TestInput(matrix, 1));
  // m = 3 picks: 1 + (3 − k) / 3.
  EXPECT_NEAR(scores[0], 2.0, 1e-12);
  EXPECT_NEAR(scores[2], 1 + 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(scores[1], 1 + 1.0 / 3.0, 1e-12);
}

TEST(KlSumTest, NoTerms) {
  const TermMatrix matrix = BuildTermMatrix({{}, {}});
  EXPECT_TRUE(KlSumOrder(matrix, 2).empty());
  EXPECT_EQ(KlSum(TestInput(matrix, 1)), Scores({0.0, 0.0}));
}

}  // namespace
}  // namespace summarize::internal
