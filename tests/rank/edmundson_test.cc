#include "rank/edmundson.h"

#include <gtest/gtest.h>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// Five candidates in two paragraphs (0, 0, 0, 1, 1).
//   S0 = {k, x1}, S1 = {k, k, x2}, S2 = {x3}, S3 = {x4}, S4 = {k, x5}:
//   k occurs 4 times, 6 distinct terms, so the top ceil(0.6) = 1 term, k,
//   is the key word; key sums 4, 8, 0, 0, 4, scaled by 8:
//   K = 0.5, 1, 0, 0, 0.5.
//   cue balance 0, −2, 1, 0, 0, scaled by 2: C = 0, −1, 0.5, 0, 0.
//   title overlap T = 0, 0.5, 0, 1, 0.
//   location: document ends S0, S4; paragraph ends S0, S2 (last of
//   paragraph 0), S3 (first of 1), S4: L = 1, 0, 0.5, 0.5, 1.
// score = (1 + C) + K + T + L:
//   S0 = 1 + 0.5 + 0 + 1 = 2.5     S1 = 0 + 1 + 0.5 + 0 = 1.5
//   S2 = 1.5 + 0 + 0 + 0.5 = 2     S3 = 1 + 0 + 1 + 0.5 = 2.5
//   S4 = 1 + 0.5 + 0 + 1 = 2.5
TEST(EdmundsonTest, WeightedSumByHand) {
  const TermMatrix matrix = BuildTermMatrix(
      {{"k", "x1"}, {"k", "k", "x2"}, {"x3"}, {"x4"}, {"k", "x5"}});
  RankInput input = TestInput(matrix, 2, {}, {0, 0.5, 0, 1, 0});
  input.cue_balance = {0, -2, 1, 0, 0};
  input.paragraphs = {0, 0, 0, 1, 1};
  const Scores scores = Edmundson(input);
  ASSERT_EQ(scores.size(), 5U);
  EXPECT_NEAR(scores[0], 2.5, 1e-12);
  EXPECT_NEAR(scores[1], 1.5, 1e-12);
  EXPECT_NEAR(scores[2], 2.0, 1e-12);
  EXPECT_NEAR(scores[3], 2.5, 1e-12);
  EXPECT_NEAR(scores[4], 2.5, 1e-12);
}

// Without cues, title or paragraphs only the key and the document ends
// speak: S0 = 1 + 0 + 0.5, S1 = 1 + 1 + 0, S2 = 1 + 0 + 0.5.
TEST(EdmundsonTest, WithoutOptionalEvidence) {
  const TermMatrix matrix = BuildTermMatrix({{"x1"}, {"k", "k", "x2"}, {"x3"}});
  const Scores scores = Edmundson(TestInput(matrix));
  EXPECT_NEAR(scores[0], 1.5, 1e-12);
  EXPECT_NEAR(scores[1], 2.0, 1e-12);
  EXPECT_NEAR(scores[2], 1.5, 1e-12);
}

TEST(EdmundsonTest, NoSentences) {
  const TermMatrix matrix = BuildTermMatrix(TermRows{});
  EXPECT_TRUE(Edmundson(TestInput(matrix)).empty());
}

}  // namespace
}  // namespace summarize::internal
