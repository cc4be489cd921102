#include "rank/luhn.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rank/rank_test_support.h"
#include "text/vocabulary.h"

namespace summarize::internal {
namespace {

// Term rows and their matrix, through one vocabulary (ids in first-seen
// order, as the matrix's BuildTermMatrix(strings) gives them too).
struct Document {
  TermRows rows;
  TermMatrix matrix;
};

Document Make(const std::vector<std::vector<std::string>>& sentences) {
  Document d;
  Vocabulary vocabulary;
  for (const auto& sentence : sentences) {
    for (const std::string& word : sentence) {
      d.rows.open_row().push_back(vocabulary.Intern(word));
    }
    d.rows.EndRow();
  }
  d.matrix = BuildTermMatrix(d.rows);
  return d;
}

// s and t occur 3 times each, x1 .. x15 once: 17 distinct terms, the top
// ceil(10% × 17) = 2 by count are s and t (count 3 >= 2): significant.
//   S0 = s x1 t x2 x3 x4 x5 x6 s: significant at 0, 2, 8; 5 words lie
//        between 2 and 8 (> 4), so clusters [0, 2] (2² / 3 = 4/3) and
//        [8] (1 / 1): 4/3.
//   S1 = x7 s x8 x9 x10 x11 t: 4 words between (<= 4): one cluster of 2
//        over 6 positions: 4/6.
//   S2 = t x12 x13: one significant word: 1.
//   S3 = x14 x15: none: 0.
TEST(LuhnTest, ClustersByHand) {
  const Document d = Make({{"s", "x1", "t", "x2", "x3", "x4", "x5", "x6", "s"},
                           {"x7", "s", "x8", "x9", "x10", "x11", "t"},
                           {"t", "x12", "x13"},
                           {"x14", "x15"}});
  RankInput input = TestInput(d.matrix);
  input.terms = &d.rows;
  const Scores scores = Luhn(input);
  ASSERT_EQ(scores.size(), 4U);
  EXPECT_NEAR(scores[0], 4.0 / 3.0, 1e-12);
  EXPECT_NEAR(scores[1], 4.0 / 6.0, 1e-12);
  EXPECT_NEAR(scores[2], 1.0, 1e-12);
  EXPECT_EQ(scores[3], 0.0);
}

TEST(LuhnTest, SignificantTermsNeedTwoOccurrences) {
  // Every term once: the top 10% would be any of them, but none repeats.
  const TermMatrix matrix = BuildTermMatrix({{"a", "b"}, {"c"}});
  const std::vector<bool> significant = SignificantTerms(matrix);
  for (const bool s : significant) EXPECT_FALSE(s);
  const Scores scores = Luhn(TestInput(matrix));
  EXPECT_EQ(scores, Scores({0.0, 0.0}));
}

}  // namespace
}  // namespace summarize::internal
