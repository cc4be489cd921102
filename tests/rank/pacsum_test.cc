#include "rank/pacsum.h"

#include <gtest/gtest.h>

#include <cmath>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// S0 = {a, b}, S1 = {b, c}, S2 = {a}, n = 3; idf(a) = idf(b) = ln(4/3) + 1
// = i, idf(c) = ln 2 + 1 = j. Cosines: e(0, 2) = 1/√2 (the largest),
// e(0, 1) = i / (√2 √(i² + j²)) ≈ 0.428, e(1, 2) = 0. Threshold
// t = 0.6 / √2 ≈ 0.424, e' = max(0, e − t). Edges to later sentences count
// (λ1 = 1), to earlier ones not (λ2 = 0):
//   S0 = e'(0, 1) + e'(0, 2),  S1 = 0 (its only edge goes back to S0),
//   S2 = 0.
TEST(PacSumTest, ForwardDegreeOnThresholdedGraph) {
  const TermMatrix matrix = BuildTermMatrix({{"a", "b"}, {"b", "c"}, {"a"}});
  const Scores scores = PacSum(TestInput(matrix));
  const double i = std::log(4.0 / 3.0) + 1;
  const double j = std::log(2.0) + 1;
  const double e02 = 1 / std::sqrt(2.0);
  const double e01 = i / (std::sqrt(2.0) * std::hypot(i, j));
  const double t = 0.6 * e02;
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_NEAR(scores[0], (e01 - t) + (e02 - t), 1e-6);
  EXPECT_EQ(scores[1], 0.0);
  EXPECT_EQ(scores[2], 0.0);
}

// Reversed, the same sentences give the central one nothing to point at:
// S2 = {a, b} is now last and its edges lead back.
TEST(PacSumTest, DirectionMatters) {
  const TermMatrix matrix = BuildTermMatrix({{"a"}, {"b", "c"}, {"a", "b"}});
  const Scores scores = PacSum(TestInput(matrix));
  const double i = std::log(4.0 / 3.0) + 1;
  const double j = std::log(2.0) + 1;
  const double e = 1 / std::sqrt(2.0);
  const double e12 = i / (std::sqrt(2.0) * std::hypot(i, j));
  EXPECT_NEAR(scores[0], e - 0.6 * e, 1e-6);
  EXPECT_NEAR(scores[1], e12 - 0.6 * e, 1e-6);
  EXPECT_EQ(scores[2], 0.0);
}

}  // namespace
}  // namespace summarize::internal
