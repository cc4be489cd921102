#include "rank/lexrank.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "rank/rank_test_support.h"
#include "select/row_dot.h"

namespace summarize::internal {
namespace {

constexpr double kTight = 1e-6;

// Four sentences, n = 4: S0 = {a, b}, S1 = {a, c}, S2 = {c, e × 10},
// S3 = {b}. df(a) = df(b) = df(c) = 2, so idf = ln(4/2) = ln 2; df(e) = 1,
// idf = ln 4 = 2 ln 2. In units of ln 2 the vectors are S0 = (a 1, b 1),
// S1 = (a 1, c 1), S2 = (c 1, e 20), S3 = (b 1), so
//   sim(S0, S1) = 1 / (√2 √2) = 1/2,   sim(S0, S3) = 1 / √2,
//   sim(S1, S2) = 1 / (√2 √401) = 1 / √802 ≈ 0.035 (below 0.1),
// and every other pair 0.
TermMatrix FourSentences() {
  return BuildTermMatrix(
      {{"a", "b"},
       {"a", "c"},
       {"c", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e"},
       {"b"}});
}

TEST(LexRankTest, IdfModifiedCosineByHand) {
  const TermMatrix m = IdfModifiedCosineMatrix(FourSentences());
  EXPECT_NEAR(RowDot(m.tfidf, 0, 1), 0.5, kTight);
  EXPECT_NEAR(RowDot(m.tfidf, 0, 3), 1 / std::sqrt(2.0), kTight);
  EXPECT_NEAR(RowDot(m.tfidf, 1, 2), 1 / std::sqrt(802.0), kTight);
  EXPECT_NEAR(RowDot(m.tfidf, 0, 2), 0.0, kTight);
}

// Thresholded at 0.1, the graph is the path S3 - S0 - S1 (weights 1) and S2
// is alone. With d = 0.85 and teleport t = 0.15 / 4 = 3/80 each: S2 = 3/80;
// an end a = t + 0.85 b / 2 and the middle b = t + 0.85 × 2a give
// a = t × 1.425 / 0.2775 = (3/80)(190/37) and b = t + 1.7 a. The total is
// 63/80, so the normalised scores are S0 = 360/777, S1 = S3 = 190/777,
// S2 = 1/21.
TEST(LexRankTest, ThresholdedGraphMatchesHandSolution) {
  const TermMatrix matrix = FourSentences();
  const Scores scores = LexRank(TestInput(matrix));
  ASSERT_EQ(scores.size(), 4U);
  EXPECT_NEAR(scores[0], 360.0 / 777.0, 1e-9);
  EXPECT_NEAR(scores[1], 190.0 / 777.0, 1e-9);
  EXPECT_NEAR(scores[2], 1.0 / 21.0, 1e-9);
  EXPECT_NEAR(scores[3], 190.0 / 777.0, 1e-9);
}

// S0 = {a, b}, S1 = {a}, S2 = {b, c}, n = 3: idf(a) = idf(b) = ln 1.5 = L,
// idf(c) = ln 3 = M. sim(S0, S1) = L² / (√2 L × L) = 1/√2 and
// sim(S0, S2) = L² / (√2 L √(L² + M²)) = L / (√2 √(L² + M²)) ≈ 0.245,
// sim(S1, S2) = 0: a star around S0. In any star with n = 3 and d = 0.85
// the centre gets s0 = 0.05 + 0.85 (s1 + s2) = 0.05 + 0.85 (1 − s0), so
// s0 = 18/37, and leaf i gets 0.05 + 0.85 s0 w_i / (w_1 + w_2).
TermMatrix Star() { return BuildTermMatrix({{"a", "b"}, {"a"}, {"b", "c"}}); }

TEST(LexRankTest, ThresholdedStarSplitsEvenly) {
  const TermMatrix matrix = Star();
  const Scores scores = LexRank(TestInput(matrix));
  // Both edges are above 0.1 and weigh 1: each leaf 0.05 + 0.85 s0 / 2.
  EXPECT_NEAR(scores[0], 18.0 / 37.0, 1e-9);
  EXPECT_NEAR(scores[1], 19.0 / 74.0, 1e-9);
  EXPECT_NEAR(scores[2], 19.0 / 74.0, 1e-9);
}

TEST(LexRankTest, ContinuousStarSplitsByWeight) {
  const TermMatrix matrix = Star();
  const Scores scores = LexRankContinuous(TestInput(matrix));
  const double l = std::log(1.5);
  const double m = std::log(3.0);
  const double w1 = 1 / std::sqrt(2.0);
  const double w2 = l / (std::sqrt(2.0) * std::hypot(l, m));
  const double s0 = 18.0 / 37.0;
  EXPECT_NEAR(scores[0], s0, 1e-6);
  EXPECT_NEAR(scores[1], 0.05 + 0.85 * s0 * w1 / (w1 + w2), 1e-6);
  EXPECT_NEAR(scores[2], 0.05 + 0.85 * s0 * w2 / (w1 + w2), 1e-6);
}

TEST(LexRankTest, IdfIsNeverNegative) {
  // A term in every sentence has idf ln(n / n) = 0, never below.
  const TermMatrix m =
      IdfModifiedCosineMatrix(BuildTermMatrix({{"a", "b"}, {"a"}, {"a"}}));
  for (Eigen::Index k = 0; k < m.tfidf.nonZeros(); ++k) {
    EXPECT_GE(m.tfidf.valuePtr()[k], 0.0F);
  }
  const Scores scores =
      LexRankContinuous(TestInput(BuildTermMatrix({{"a", "b"}, {"a"}, {"a"}})));
  EXPECT_NEAR(std::accumulate(scores.begin(), scores.end(), 0.0), 1.0, 1e-9);
}

TEST(LexRankTest, NoSentences) {
  const TermMatrix matrix = BuildTermMatrix(TermRows{});
  EXPECT_TRUE(LexRank(TestInput(matrix)).empty());
  EXPECT_TRUE(LexRankContinuous(TestInput(matrix)).empty());
}

}  // namespace
}  // namespace summarize::internal
