#include "rank/choice_order.h"

#include <gtest/gtest.h>

namespace summarize::internal {
namespace {

TEST(ChoiceOrderTest, GreedyPicks) {
  // 2 × 5 + 10 = 20 picks of 1000.
  EXPECT_EQ(GreedyPicks(5, 1000, 1000), 20U);
  // Never more than the sentences.
  EXPECT_EQ(GreedyPicks(5, 10, 100), 10U);
  // A ratio length on a book: 4·10⁸ / 2·10⁶ = 200 affordable picks.
  EXPECT_EQ(GreedyPicks(10000, 100000, 2'000'000), 200U);
  // At least 20 however large the matrix.
  EXPECT_EQ(GreedyPicks(50, 1000, 1'000'000'000), 20U);
  // An unknown target counts as 1: 12 picks.
  EXPECT_EQ(GreedyPicks(0, 100, 100), 12U);
}

// Chosen 3, 1 of four (m = 2): 1 + 2/2 = 2 and 1 + 1/2 = 1.5; the others
// 0.2 / 0.4 = 0.5 and 0.4 / 0.4 = 1.
TEST(ChoiceOrderTest, ScoresDecreaseWithChoiceOrder) {
  EXPECT_EQ(ChoiceOrderScores({3, 1}, {0.2, 0.1, 0.4, 0.3}),
            Scores({0.5, 1.5, 1.0, 2.0}));
}

}  // namespace
}  // namespace summarize::internal
