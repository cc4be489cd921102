#include "rank/textrank_cosine.h"

#include <gtest/gtest.h>

#include <cmath>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// S0 = {a, b}, S1 = {a}, S2 = {b, c}, n = 3. TF-IDF (term_matrix.h):
// idf = ln((1 + n) / (1 + df)) + 1, so idf(a) = idf(b) = ln(4/3) + 1 = i
// and idf(c) = ln 2 + 1 = j; tf = 1. Normalised: S0 = (1/√2, 1/√2),
// S1 = (1) on a, S2 = (i, j) / √(i² + j²) on (b, c). Cosines:
// w1 = cos(S0, S1) = 1/√2, w2 = cos(S0, S2) = i / (√2 √(i² + j²)),
// cos(S1, S2) = 0: a star around S0, so (d = 0.85, n = 3) the centre has
// s0 = 0.05 + 0.85 (1 − s0) = 18/37 and leaf k has
// 0.05 + 0.85 s0 w_k / (w1 + w2).
TEST(TextRankCosineTest, StarMatchesHandSolution) {
  const TermMatrix matrix = BuildTermMatrix({{"a", "b"}, {"a"}, {"b", "c"}});
  const Scores scores = TextRankCosine(TestInput(matrix));
  const double i = std::log(4.0 / 3.0) + 1;
  const double j = std::log(2.0) + 1;
  const double w1 = 1 / std::sqrt(2.0);
  const double w2 = i / (std::sqrt(2.0) * std::hypot(i, j));
  const double s0 = 18.0 / 37.0;
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_NEAR(scores[0], s0, 1e-6);
  EXPECT_NEAR(scores[1], 0.05 + 0.85 * s0 * w1 / (w1 + w2), 1e-6);
  EXPECT_NEAR(scores[2], 0.05 + 0.85 * s0 * w2 / (w1 + w2), 1e-6);
}

// The position prior: a two-node graph with teleport ∝ (1, 2^-1) (a = 1).
// s0 = 0.15 × 2/3 + 0.85 s1, s1 = 0.15 × 1/3 + 0.85 s0 with s0 + s1 = 1:
// s0 − s1 = 0.05 − 0.85 (s0 − s1)  =>  s0 − s1 = 0.05 / 1.85 = 1/37, so
// s0 = 19/37 and s1 = 18/37.
TEST(TextRankCosineTest, PositionPriorTeleportsToEarlySentences) {
  const TermMatrix matrix = BuildTermMatrix({{"a"}, {"a"}});
  RankInput input = TestInput(matrix);
  input.position_prior = 1;
  const Scores scores = TextRankCosine(input);
  EXPECT_NEAR(scores[0], 19.0 / 37.0, 1e-9);
  EXPECT_NEAR(scores[1], 18.0 / 37.0, 1e-9);
}

}  // namespace
}  // namespace summarize::internal
