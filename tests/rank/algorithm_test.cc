#include "rank/algorithm.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "rank/rank_test_support.h"
#include "summarize/options.hpp"

namespace summarize::internal {
namespace {

// Every algorithm (the enum's values run from kDefault to kPacSum).
std::vector<Algorithm> AllAlgorithms() {
  std::vector<Algorithm> all;
  for (int a = 0; a <= static_cast<int>(Algorithm::kPacSum); ++a) {
    all.push_back(static_cast<Algorithm>(a));
  }
  return all;
}

// Every algorithm gives one finite, non-negative score per
// candidate, and none for no candidates.
TEST(AlgorithmTest, EveryAlgorithmScoresEveryCandidate) {
  const TermMatrix matrix = BuildTermMatrix({{"river", "flood", "barrier"},
                                             {"barrier", "gate", "steel"},
                                             {"river", "rain", "town"},
                                             {},
                                             {"gate", "flood", "flood"},
                                             {"council", "opening"}});
  const TermMatrix none = BuildTermMatrix(TermRows{});
  for (const Algorithm algorithm : AllAlgorithms()) {
    const int id = static_cast<int>(algorithm);
    const Scores scores = RankSentences(algorithm, TestInput(matrix, 2));
    ASSERT_EQ(scores.size(), 6U) << id;
    for (const double score : scores) {
      EXPECT_TRUE(std::isfinite(score)) << id;
      EXPECT_GE(score, 0.0) << id;
    }
    EXPECT_TRUE(RankSentences(algorithm, TestInput(none, 2)).empty()) << id;
  }
}

TEST(AlgorithmTest, OnlyGreedyMethodsControlRedundancy) {
  for (const Algorithm algorithm : AllAlgorithms()) {
    const bool greedy =
        algorithm == Algorithm::kSumBasic || algorithm == Algorithm::kKlSum;
    EXPECT_EQ(ControlsRedundancy(algorithm), greedy)
        << static_cast<int>(algorithm);
  }
}

}  // namespace
}  // namespace summarize::internal
