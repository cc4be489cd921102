#include "select/mmr.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "select/selector.h"

namespace summarize::internal {
namespace {

// Unit rows: S0 = e1, S1 = (e1 + e2) / √2, S2 = e3, S3 = e1 (a copy of S0).
// cos(S0, S1) = cos(S1, S3) = 1/√2, cos(S0, S3) = 1, the rest 0.
SparseMatrix Rows() {
  const float h = static_cast<float>(1 / std::sqrt(2.0));
  std::vector<Eigen::Triplet<float>> t = {
      {0, 0, 1}, {1, 0, h}, {1, 1, h}, {2, 2, 1}, {3, 0, 1}};
  SparseMatrix m(4, 3);
  m.setFromTriplets(t.begin(), t.end());
  return m;
}

std::vector<Candidate> Candidates() {
  return {{1.0, 5, 30}, {0.9, 5, 30}, {0.5, 5, 30}, {0.95, 5, 30}};
}

SelectionParams Params(double lambda, std::size_t n) {
  SelectionParams params;
  params.length = Length::Sentences(n);
  params.mmr_lambda = lambda;
  params.filter_redundant = false;
  return params;
}

// λ = 0.5, scores / 1.0. First: S0 (0.5). Then S1: 0.45 − 0.5/√2 ≈ 0.096,
// S2: 0.25 − 0 = 0.25, S3: 0.475 − 0.5 × 1 = −0.025: S2.
TEST(MmrTest, HalfLambdaPrefersNovelty) {
  EXPECT_EQ(SelectMmr(Candidates(), Rows(), Params(0.5, 2)),
            (std::vector<std::size_t>{0, 2}));
}

// λ = 0.9: S1: 0.81 − 0.1/√2 ≈ 0.739, S2: 0.45, S3: 0.855 − 0.1 = 0.755:
// S3, the copy, still wins on score; with three sentences the next is
// S1 (0.81 − 0.1/√2 = 0.739 vs S2 0.45).
TEST(MmrTest, HighLambdaFollowsScores) {
  EXPECT_EQ(SelectMmr(Candidates(), Rows(), Params(0.9, 2)),
            (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(SelectMmr(Candidates(), Rows(), Params(0.9, 3)),
            (std::vector<std::size_t>{0, 1, 3}));
}

// λ = 1 is plain score order, as SelectSentences without a filter.
TEST(MmrTest, LambdaOneIsScoreOrder) {
  EXPECT_EQ(SelectMmr(Candidates(), Rows(), Params(1, 3)),
            SelectSentences(Candidates(), Rows(), Params(0, 3)));
}

// With the redundancy filter on (threshold 0.9), the copy S3 is set aside
// and only backfills.
TEST(MmrTest, RedundancyFilterStillApplies) {
  SelectionParams params = Params(0.9, 2);
  params.filter_redundant = true;
  params.redundancy_threshold = 0.9;
  EXPECT_EQ(SelectMmr(Candidates(), Rows(), params),
            (std::vector<std::size_t>{0, 1}));
  params.length = Length::Sentences(4);
  EXPECT_EQ(SelectMmr(Candidates(), Rows(), params),
            (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(MmrTest, SelectSentencesUsesMmrWhenAsked) {
  EXPECT_EQ(SelectSentences(Candidates(), Rows(), Params(0.5, 2)),
            (std::vector<std::size_t>{0, 2}));
}

TEST(MmrTest, WordBudgetAndEligibility) {
  SelectionParams params = Params(0.5, 0);
  params.length = Length::Words(10);
  params.min_words = 0;
  std::vector<Candidate> candidates = Candidates();
  candidates[2].words = 20;  // never fits
  // S0 (5 words), then S1 0.096, S3 −0.025: S1; 10 words used.
  EXPECT_EQ(SelectMmr(candidates, Rows(), params),
            (std::vector<std::size_t>{0, 1}));
}

}  // namespace
}  // namespace summarize::internal
