#include "rank/textrank.h"

#include <gtest/gtest.h>

#include <numeric>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// S0 ∩ S1 = {a, b} and S1 ∩ S2 = {c, d}, |S0| = |S2| = 3, |S1| = 4: both
// edges weigh 2 / (ln 3 + ln 4) and S0, S2 share nothing, so the graph is a
// path with equal weights, whose PageRank (d = 0.85) is 19/74, 18/37, 19/74
// (solved by hand in power_iteration_test.cc).
TEST(TextRankTest, OverlapPathMatchesHandSolution) {
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b", "x"}, {"a", "b", "c", "d"}, {"c", "d", "y"}});
  const Scores scores = TextRank(TestInput(matrix));
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_NEAR(scores[0], 19.0 / 74.0, 1e-9);
  EXPECT_NEAR(scores[1], 18.0 / 37.0, 1e-9);
  EXPECT_NEAR(scores[2], 19.0 / 74.0, 1e-9);
}

TEST(TextRankTest, SentenceSharingNothingGetsTeleportOnly) {
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b"}, {"a", "b", "c"}, {"z"}});
  const Scores scores = TextRank(TestInput(matrix));
  EXPECT_LT(scores[2], scores[0]);
  EXPECT_NEAR(scores[0], scores[1], 1e-12);  // a two-node component
  EXPECT_NEAR(std::accumulate(scores.begin(), scores.end(), 0.0), 1.0, 1e-12);
}

TEST(TextRankTest, NoSentences) {
  const TermMatrix matrix = BuildTermMatrix(TermRows{});
  EXPECT_TRUE(TextRank(TestInput(matrix)).empty());
}

}  // namespace
}  // namespace summarize::internal
