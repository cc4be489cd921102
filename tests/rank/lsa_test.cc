#include "rank/lsa.h"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cmath>
#include <vector>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// A sparse matrix from dense rows (test sizes only).
SparseMatrix FromRows(const std::vector<std::vector<float>>& rows) {
  SparseMatrix x(static_cast<Eigen::Index>(rows.size()),
                 static_cast<Eigen::Index>(rows[0].size()));
  std::vector<Eigen::Triplet<float>> triplets;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = 0; j < rows[i].size(); ++j) {
      if (rows[i][j] != 0) {
        triplets.emplace_back(static_cast<int>(i), static_cast<int>(j),
                              rows[i][j]);
      }
    }
  }
  x.setFromTriplets(triplets.begin(), triplets.end());
  return x;
}

// X = [[3, 0], [4, 0], [0, 1]]: XᵀX = diag(25, 1), so σ = (5, 1) with
// u_1 = (3, 4, 0) / 5 and u_2 = (0, 0, 1). σ_2 = 1 < σ_1 / 2 = 2.5, so
// k = 1 and the scores are |σ_1 u_1(i)| = 3, 4, 0.
TEST(LsaTest, OneDimensionByHand) {
  const Scores scores = LsaScores(FromRows({{3, 0}, {4, 0}, {0, 1}}));
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_NEAR(scores[0], 3.0, 1e-6);
  EXPECT_NEAR(scores[1], 4.0, 1e-6);
  EXPECT_NEAR(scores[2], 0.0, 1e-6);
}

// X = [[2, 0], [0, 1.5], [1.2, 0]]: XᵀX = diag(4 + 1.44, 2.25), so
// σ_1 = √5.44, u_1 = (2, 0, 1.2) / σ_1 and σ_2 = 1.5 >= σ_1 / 2 ≈ 1.17,
// u_2 = (0, 1, 0): k = 2 and the scores are
// √((σ_1 u_1(i))² + (σ_2 u_2(i))²) = 2, 1.5, 1.2 (each row lies in one
// dimension).
TEST(LsaTest, TwoDimensionsByHand) {
  const Scores scores = LsaScores(FromRows({{2, 0}, {0, 1.5F}, {1.2F, 0}}));
  EXPECT_NEAR(scores[0], 2.0, 1e-6);
  EXPECT_NEAR(scores[1], 1.5, 1e-6);
  EXPECT_NEAR(scores[2], 1.2, 1e-6);
}

// Lsa weighs the counts (1 + ln tf) × idf, unnormalised. S0 = {a, a},
// S1 = {b}, n = 2: idf(a) = idf(b) = ln(3/2) + 1 = i, so X = diag((1 + ln 2)
// i, i); σ_2 / σ_1 = 1 / (1 + ln 2) ≈ 0.59 >= 1/2, so k = 2 and each
// sentence scores its own weight.
TEST(LsaTest, WeightsCountsByHand) {
  const TermMatrix matrix = BuildTermMatrix({{"a", "a"}, {"b"}});
  const Scores scores = Lsa(TestInput(matrix));
  const double i = std::log(1.5) + 1;
  EXPECT_NEAR(scores[0], (1 + std::log(2.0)) * i, 1e-5);
  EXPECT_NEAR(scores[1], i, 1e-5);
}

// The randomized SVD finds the leading singular values of a matrix of
// rank above the sketch as an exact dense SVD does (test size only).
TEST(LsaTest, RandomizedSvdMatchesDenseSvd) {
  const int rows = 60;
  const int cols = 40;
  std::vector<Eigen::Triplet<float>> triplets;
  for (int i = 0; i < rows; ++i) {
    for (int j = 0; j < cols; ++j) {
      // A fixed sparse pattern with a decaying spectrum.
      if ((i * 7 + j * 3) % 5 == 0) {
        triplets.emplace_back(i, j, 1.0F / static_cast<float>(1 + (j % 13)));
      }
    }
  }
  SparseMatrix x(rows, cols);
  x.setFromTriplets(triplets.begin(), triplets.end());
  const TruncatedSvd svd = RandomizedSvd(x, 3, 4);
  const Eigen::MatrixXd dense = Eigen::MatrixXd(x.cast<double>());
  const Eigen::JacobiSVD<Eigen::MatrixXd> exact(dense);
  ASSERT_EQ(svd.sigma.size(), 3U);
  for (std::size_t j = 0; j < 3; ++j) {
    EXPECT_NEAR(svd.sigma[j], exact.singularValues()(static_cast<int>(j)),
                1e-6 * exact.singularValues()(0));
  }
}

TEST(LsaTest, NoSentences) {
  const TermMatrix matrix = BuildTermMatrix(TermRows{});
  EXPECT_TRUE(Lsa(TestInput(matrix)).empty());
}

}  // namespace
}  // namespace summarize::internal
