#include "model/title_overlap.h"

#include <gtest/gtest.h>

#include <vector>

namespace summarize::internal {
namespace {

TEST(TitleOverlapTest, ShareOfDistinctTitleTerms) {
  const TermMatrix matrix = BuildTermMatrix(
      {{"storm", "coast", "storm"}, {"rain"}, {"storm", "coast", "wind"}});
  // Title terms {storm, coast, island}: "island" is in no sentence but still
  // counts, and the repeated "storm" counts once on both sides.
  const std::vector<double> overlap =
      TitleOverlap(matrix, {"storm", "coast", "island", "storm"});
  ASSERT_EQ(overlap.size(), 3U);
  EXPECT_DOUBLE_EQ(overlap[0], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(overlap[1], 0.0);
  EXPECT_DOUBLE_EQ(overlap[2], 2.0 / 3.0);
}

TEST(TitleOverlapTest, EmptyTitleGivesZeros) {
  const TermMatrix matrix = BuildTermMatrix({{"a"}, {"b"}});
  EXPECT_EQ(TitleOverlap(matrix, {}), (std::vector<double>{0.0, 0.0}));
}

TEST(TitleOverlapTest, NoSentences) {
  EXPECT_TRUE(TitleOverlap(BuildTermMatrix({}), {"a"}).empty());
}

}  // namespace
}  // namespace summarize::internal
