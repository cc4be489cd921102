#include "rank/textrank_bm25.h"

#include <gtest/gtest.h>

#include <cmath>

#include "rank/graph_rank.h"
#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// Five sentences: S0 = {a, b, g}, S1 = {a, a, c, g}, S2 = {b, d, g},
// S3 = {e}, S4 = {f}; n = 5, lengths 3, 4, 3, 1, 1, mean 12/5 = 2.4.
// idf = ln((n − df + 0.5) / (df + 0.5)):
//   a, b (df 2): ln(3.5 / 2.5) = ln 1.4 = L
//   c, d, e, f (df 1): ln(4.5 / 1.5) = ln 3 = T
//   g (df 3): ln(2.5 / 3.5) = −L, negative: floored at 0.25 × the mean idf
//   over the 7 terms, (2L + 4T − L) / 7, so idf(g) = (L + 4T) / 28.
// Length norms K(s) = 1.5 (0.25 + 0.75 |s| / 2.4): K(3) = 1.78125,
// K(4) = 2.25; a count f saturates to f × 2.5 / (f + K).
//   w(0→1) = L × sat(2, K4) + idf(g) sat(1, K4)
//   w(1→0) = 2 L sat(1, K3) + idf(g) sat(1, K3)        (a twice in S1)
//   w(0→2) = w(2→0) = (L + idf(g)) sat(1, K3)
//   w(1→2) = idf(g) sat(1, K3),  w(2→1) = idf(g) sat(1, K4)
// and each edge is the mean of its two directions; S3, S4 have none.
TermMatrix FiveSentences() {
  return BuildTermMatrix(
      {{"a", "b", "g"}, {"a", "a", "c", "g"}, {"b", "d", "g"}, {"e"}, {"f"}});
}

double Saturated(double f, double k) { return f * 2.5 / (f + k); }

TEST(TextRankBm25Test, EdgeWeightsByHand) {
  const AdjacencyMatrix graph = Bm25Graph(FiveSentences()).Matrix();
  const double l = std::log(1.4);
  const double t = std::log(3.0);
  const double g = (l + 4 * t) / 28;
  const double k3 = 1.78125;
  const double k4 = 2.25;
  const double w01 = l * Saturated(2, k4) + g * Saturated(1, k4);
  const double w10 = 2 * l * Saturated(1, k3) + g * Saturated(1, k3);
  const double w02 = (l + g) * Saturated(1, k3);
  const double w12 = g * Saturated(1, k3);
  const double w21 = g * Saturated(1, k4);
  EXPECT_NEAR(graph.coeff(0, 1), (w01 + w10) / 2, 1e-6);
  EXPECT_NEAR(graph.coeff(1, 0), (w01 + w10) / 2, 1e-6);
  EXPECT_NEAR(graph.coeff(0, 2), w02, 1e-6);
  EXPECT_NEAR(graph.coeff(2, 0), w02, 1e-6);
  EXPECT_NEAR(graph.coeff(1, 2), (w12 + w21) / 2, 1e-6);
  EXPECT_NEAR(graph.coeff(2, 1), (w12 + w21) / 2, 1e-6);
  EXPECT_EQ(graph.coeff(3, 4), 0.0F);
  EXPECT_EQ(graph.coeff(0, 3), 0.0F);
}

// Isolated sentences keep only their teleport mass t = 0.15 / 5 = 0.03; the
// triangle, which passes on everything it gets, holds m = 3t + 0.85 m, so
// m = 0.6. Normalised by the total 0.66, each isolated sentence has 1/22;
// within the triangle the heaviest-linked S0 gets most.
TEST(TextRankBm25Test, ScoresAreThePageRankOfThatGraph) {
  const TermMatrix matrix = FiveSentences();
  const Scores scores = TextRankBm25(TestInput(matrix));
  const Scores expected = RankGraph(Bm25Graph(matrix), TestInput(matrix));
  ASSERT_EQ(scores.size(), 5U);
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(scores[i], expected[i]);
  EXPECT_NEAR(scores[3], 1.0 / 22.0, 1e-9);
  EXPECT_NEAR(scores[4], 1.0 / 22.0, 1e-9);
  EXPECT_GT(scores[0], scores[1]);
  EXPECT_GT(scores[0], scores[2]);
}

// Two sentences sharing their only term: idf = ln(0.5 / 2.5) < 0 and the
// mean is the same negative value, so the floor is 0 and nothing links.
TEST(TextRankBm25Test, NegativeMeanIdfLinksNothing) {
  const AdjacencyMatrix graph =
      Bm25Graph(BuildTermMatrix({{"a"}, {"a"}})).Matrix();
  EXPECT_EQ(graph.nonZeros(), 0);
}

// Scores solved by hand. S0 = {a, x}, S1 = {a, b}, S2 = {b, y, w},
// S3 = {z1}, S4 = {z2}: n = 5, lengths 2, 2, 3, 1, 1, mean 9/5.
// idf(a) = idf(b) = ln(3.5 / 2.5) = ln 1.4 = L (df 2); the other terms have
// df 1 and link nothing. Length norms K(s) = 1.5 (0.25 + 0.75 |s| / 1.8):
// K(2) = 13/8, K(3) = 9/4; a count of 1 saturates to 2.5 / (1 + K):
// 20/21 and 10/13. Each pair shares one term once:
//   w(0, 1) = L (20/21 + 20/21) / 2 = L × 260/273
//   w(1, 2) = L (20/21 + 10/13) / 2 = L × 235/273
// a path S0 - S1 - S2 whose middle sends 260/495 = 52/99 of its mass to S0
// and 47/99 to S2; S3 and S4 are isolated.
// PageRank (d = 0.85, teleport t = 0.15 / 5 = 0.03): an isolated sentence
// keeps t; the path keeps m = 3t + 0.85 m = 0.6; its middle
// b = t + 0.85 (m − b), so b = 0.54 / 1.85 = 54/185, and the ends
// a0 = t + 0.85 b × 52/99, a2 = t + 0.85 b × 47/99. Normalised by the total
// 0.66: ≈ 0.2429, 0.4423, 0.2239, 1/22, 1/22.
TEST(TextRankBm25Test, PathScoresByHand) {
  const Scores scores = TextRankBm25(TestInput(BuildTermMatrix(
      {{"a", "x"}, {"a", "b"}, {"b", "y", "w"}, {"z1"}, {"z2"}})));
  const double b = 54.0 / 185.0;
  const double a0 = 0.03 + 0.85 * b * 52.0 / 99.0;
  const double a2 = 0.03 + 0.85 * b * 47.0 / 99.0;
  ASSERT_EQ(scores.size(), 5U);
  EXPECT_NEAR(scores[0], a0 / 0.66, 1e-6);
  EXPECT_NEAR(scores[1], b / 0.66, 1e-6);
  EXPECT_NEAR(scores[2], a2 / 0.66, 1e-6);
  EXPECT_NEAR(scores[3], 1.0 / 22.0, 1e-9);
  EXPECT_NEAR(scores[4], 1.0 / 22.0, 1e-9);
  EXPECT_NEAR(scores[0], 0.2429, 1e-4);
  EXPECT_NEAR(scores[2], 0.2239, 1e-4);
}

}  // namespace
}  // namespace summarize::internal
