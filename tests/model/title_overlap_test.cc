#include "model/title_overlap.h"

#include <gtest/gtest.h>

#include <vector>

#include "text/term_rows.h"

namespace summarize::internal {
namespace {

// Term ids of the sentences below.
constexpr TermId kStorm = 10, kCoast = 11, kRain = 12, kWind = 13,
                 kIsland = 14;

TermMatrix Rows(const std::vector<std::vector<TermId>>& sentences) {
  TermRows rows;
  for (const auto& ids : sentences) {
    rows.open_row().insert(rows.open_row().end(), ids.begin(), ids.end());
    rows.EndRow();
  }
  return BuildTermMatrix(rows);
}

TEST(TitleOverlapTest, ShareOfDistinctTitleTerms) {
  const TermMatrix matrix =
      Rows({{kStorm, kCoast, kStorm}, {kRain}, {kStorm, kCoast, kWind}});
  // Title terms {storm, coast, island}: "island" is in no sentence but still
  // counts, and the repeated "storm" counts once on both sides.
  const std::vector<TermId> title{kStorm, kCoast, kIsland, kStorm};
  const std::vector<double> overlap = TitleOverlap(matrix, title);
  ASSERT_EQ(overlap.size(), 3U);
  EXPECT_DOUBLE_EQ(overlap[0], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(overlap[1], 0.0);
  EXPECT_DOUBLE_EQ(overlap[2], 2.0 / 3.0);
}

TEST(TitleOverlapTest, EmptyTitleGivesZeros) {
  const TermMatrix matrix = Rows({{kRain}, {kWind}});
  EXPECT_EQ(TitleOverlap(matrix, {}), (std::vector<double>{0.0, 0.0}));
}

TEST(TitleOverlapTest, NoSentences) {
  const std::vector<TermId> title{kStorm};
  EXPECT_TRUE(TitleOverlap(Rows({}), title).empty());
}

}  // namespace
}  // namespace summarize::internal
