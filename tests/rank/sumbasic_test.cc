#include "rank/sumbasic.h"

#include <gtest/gtest.h>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// S0 = {b, e}, S1 = {a, b}, S2 = {a, c}, S3 = {a, d}; columns b, e, a, c, d
// in first-seen order. Counts a 3, b 2, c 1, d 1, e 1 of 8:
// p = a .375, b .25, c = d = e = .125.
// 1. Most probable word a: S1 (.3125) beats S2 = S3 (.25). Square a and b:
//    a = .140625, b = .0625.
// 2. a is still the most probable open word: S2 and S3 both weigh
//    (.140625 + .125) / 2: the earlier, S2. Square a, c: a ≈ .0198,
//    c = .015625.
// 3. Open words b .0625 (S0), e .125 (S0), a .0198 (S3), d .125 (S3): e and
//    d tie, e is the earlier term: S0.
// 4. S3.
TEST(SumBasicTest, ChoiceOrderByHand) {
  const TermMatrix matrix =
      BuildTermMatrix({{"b", "e"}, {"a", "b"}, {"a", "c"}, {"a", "d"}});
  EXPECT_EQ(SumBasicOrder(matrix, 4), (std::vector<std::size_t>{1, 2, 0, 3}));
  EXPECT_EQ(SumBasicOrder(matrix, 2), (std::vector<std::size_t>{1, 2}));
}

// Four picks of four (GreedyPicks(1, 4) = 4): the k-th of m = 4 scores
// 1 + (4 − k) / 4.
TEST(SumBasicTest, ScoresFollowTheChoiceOrder) {
  const TermMatrix matrix =
      BuildTermMatrix({{"b", "e"}, {"a", "b"}, {"a", "c"}, {"a", "d"}});
  const Scores scores = SumBasic(TestInput(matrix, 1));
  EXPECT_EQ(scores, Scores({1.5, 2.0, 1.75, 1.25}));
}

// A sentence without terms is never chosen; it scores its initial weight
// 0 among the rest.
TEST(SumBasicTest, EmptySentenceIsLast) {
  const TermMatrix matrix = BuildTermMatrix({{}, {"a"}});
  const Scores scores = SumBasic(TestInput(matrix, 1));
  EXPECT_EQ(scores, Scores({0.0, 2.0}));
}

}  // namespace
}  // namespace summarize::internal
