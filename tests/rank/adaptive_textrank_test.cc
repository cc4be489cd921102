#include "rank/adaptive_textrank.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <vector>

#include "model/similarity_graph.h"
#include "rank/rank_test_support.h"
#include "rank/textrank.h"

namespace summarize::internal {
namespace {

double Sum(const Scores& scores) {
  return std::accumulate(scores.begin(), scores.end(), 0.0);
}

// Four sentences with identical content, so centrality cannot tell them
// apart and only the prior, length and title factors can.
TermMatrix Identical() {
  return BuildTermMatrix(
      {{"ship", "port"}, {"ship", "port"}, {"ship", "port"}, {"ship", "port"}});
}

TEST(AdaptiveTextRankTest, ShortSummaryPrefersEarlierOfEqualSentences) {
  const TermMatrix matrix = Identical();
  // 0 of 4 (unknown target): share 0, full lead prior (1 + i)^-0.6.
  const Scores scores = AdaptiveTextRank(TestInput(matrix));
  ASSERT_EQ(scores.size(), 4U);
  EXPECT_GT(scores[0], scores[1]);
  EXPECT_GT(scores[1], scores[2]);
  EXPECT_GT(scores[2], scores[3]);
  EXPECT_NEAR(scores[1] / scores[0], std::pow(2.0, -0.6), 1e-9);
  EXPECT_NEAR(Sum(scores), 1.0, 1e-12);
}

TEST(AdaptiveTextRankTest, LeadPriorWeakensAsTheShareGrows) {
  const TermMatrix matrix = Identical();
  // 1 of 20 would be share 0.05 (w = 0.25); here 1 of 4 is share 0.25 >=
  // 0.2, so the prior is off entirely.
  const Scores scores = AdaptiveTextRank(TestInput(matrix, 1));
  for (double score : scores) EXPECT_NEAR(score, 0.25, 1e-9);
}

TEST(AdaptiveTextRankTest, LargeShareIsTextRank) {
  // Without words or title, a share >= 0.2 leaves the overlap TextRank alone.
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b", "x"}, {"a", "b", "c", "d"}, {"c", "d", "y"}});
  const Scores adaptive = AdaptiveTextRank(TestInput(matrix, 2));
  const Scores textrank = TextRank(TestInput(matrix));
  ASSERT_EQ(adaptive.size(), textrank.size());
  for (std::size_t i = 0; i < adaptive.size(); ++i) {
    EXPECT_NEAR(adaptive[i], textrank[i], 1e-12);
  }
}

TEST(AdaptiveTextRankTest, SmallShareIsCosineTextRankTimesLeadPrior) {
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b", "x"}, {"a", "b", "c", "d"}, {"c", "d", "y"}});
  const Scores adaptive = AdaptiveTextRank(TestInput(matrix));
  const Scores cosine = PowerIteration(CosineGraph(matrix, 0.05F),
                                       TightParams(), {}, Cancellation())
                            .scores;
  std::vector<double> expected(3);
  for (std::size_t i = 0; i < 3; ++i) {
    expected[i] = cosine[i] * std::pow(1.0 + static_cast<double>(i), -0.6);
  }
  const double total = std::accumulate(expected.begin(), expected.end(), 0.0);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(adaptive[i], expected[i] / total, 1e-9);
  }
}

TEST(AdaptiveTextRankTest, ShortSentencesLoseWhenTheSummaryKeepsMuch) {
  const TermMatrix matrix = Identical();
  // 4 of 4: share 1. Mean words 12.5; sentence 0 has (2 + 1) / 12.5 = 0.24
  // of it, so its factor is 0.24^1; the others are above the mean (factor 1).
  const Scores scores = AdaptiveTextRank(TestInput(matrix, 4, {2, 16, 16, 16}));
  EXPECT_NEAR(scores[0] / scores[1], 0.24, 1e-9);
  EXPECT_NEAR(scores[1], scores[2], 1e-12);
  EXPECT_NEAR(scores[2], scores[3], 1e-12);
}

TEST(AdaptiveTextRankTest, TitleOverlapRaisesTheScore) {
  const TermMatrix matrix = Identical();
  const Scores scores =
      AdaptiveTextRank(TestInput(matrix, 4, {}, {0.0, 1.0, 0.5, 0.0}));
  EXPECT_NEAR(scores[1] / scores[0], 2.0, 1e-9);
  EXPECT_NEAR(scores[2] / scores[0], 1.5, 1e-9);
  EXPECT_NEAR(scores[3], scores[0], 1e-12);
}

TEST(AdaptiveTextRankTest, NoSentences) {
  const TermMatrix matrix = BuildTermMatrix({});
  EXPECT_TRUE(AdaptiveTextRank(TestInput(matrix, 3)).empty());
}

}  // namespace
}  // namespace summarize::internal
