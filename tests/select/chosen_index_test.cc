#include "select/chosen_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "select/row_dot.h"

namespace summarize::internal {
namespace {

// A sparse matrix from a dense table (test sizes only).
SparseMatrix Matrix(const std::vector<std::vector<float>>& dense) {
  const auto rows = static_cast<Eigen::Index>(dense.size());
  const auto cols = static_cast<Eigen::Index>(dense.front().size());
  SparseMatrix m(rows, cols);
  std::vector<Eigen::Triplet<float>> triplets;
  for (Eigen::Index r = 0; r < rows; ++r) {
    for (Eigen::Index c = 0; c < cols; ++c) {
      const float v =
          dense[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
      if (v != 0) triplets.emplace_back(r, c, v);
    }
  }
  m.setFromTriplets(triplets.begin(), triplets.end());
  return m;
}

TEST(ChosenIndexTest, NothingChosenIsNeverSimilar) {
  const SparseMatrix m = Matrix({{1, 0}, {1, 0}});
  ChosenIndex index(m);
  EXPECT_FALSE(index.AnyDotAtLeast(1, 0.5));
  EXPECT_FALSE(index.AnyDotAtLeast(1, 0.0));
}

// Rows: 0 = (0.6, 0.8, 0), 1 = (0.6, 0, 0.8), 2 = (0, 0, 1), 3 = (0, 1, 0).
// Dots with row 0: row 1 0.36, row 2 0, row 3 0.8.
TEST(ChosenIndexTest, ComparesWithTheChosenRowsSharingATerm) {
  const SparseMatrix m =
      Matrix({{0.6F, 0.8F, 0}, {0.6F, 0, 0.8F}, {0, 0, 1}, {0, 1, 0}});
  ChosenIndex index(m);
  index.Add(0);
  EXPECT_TRUE(index.AnyDotAtLeast(3, 0.8));  // 0.8 · 1, exactly RowDot's
  EXPECT_FALSE(index.AnyDotAtLeast(1, 0.37));
  EXPECT_TRUE(index.AnyDotAtLeast(1, 0.36));
  EXPECT_FALSE(index.AnyDotAtLeast(2, 0.01));  // nothing shared
  // No term shared, but every chosen row is at dot 0 >= a threshold of 0.
  EXPECT_TRUE(index.AnyDotAtLeast(2, 0.0));
  index.Add(2);
  EXPECT_TRUE(index.AnyDotAtLeast(1, 0.8));  // row 2: 0.8 · 1
  EXPECT_FALSE(index.AnyDotAtLeast(1, 0.81));
  // Checking leaves nothing behind: the same answers again.
  EXPECT_TRUE(index.AnyDotAtLeast(1, 0.8));
  EXPECT_FALSE(index.AnyDotAtLeast(1, 0.81));
}

// Against RowDot on pseudo-random rows, thresholds set at each exact dot
// product and just above it: equal sums, bit for bit.
TEST(ChosenIndexTest, AgreesWithRowDotExactly) {
  unsigned state = 7;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  std::vector<std::vector<float>> dense(40, std::vector<float>(25, 0));
  for (auto& row : dense) {
    for (float& v : row) {
      if (next() % 5 == 0) v = static_cast<float>(next() % 1000) / 997.0F;
    }
  }
  const SparseMatrix m = Matrix(dense);
  ChosenIndex index(m);
  std::vector<Eigen::Index> chosen;
  for (Eigen::Index r = 0; r < 40; r += 3) {
    index.Add(r);
    chosen.push_back(r);
  }
  for (Eigen::Index candidate = 0; candidate < 40; ++candidate) {
    double best = 0;
    for (const Eigen::Index c : chosen) {
      best = std::max(best, RowDot(m, candidate, c));
    }
    EXPECT_TRUE(index.AnyDotAtLeast(candidate, best)) << candidate;
    EXPECT_FALSE(index.AnyDotAtLeast(candidate, std::nextafter(best, HUGE_VAL)))
        << candidate;
  }
}

}  // namespace
}  // namespace summarize::internal
