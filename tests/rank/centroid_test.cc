#include "rank/centroid.h"

#include <gtest/gtest.h>

#include <cmath>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// Terms: S0 = {a, b}, S1 = {a, c}, S2 = {d}. With n = 3, idf(a) = ln(4/3)+1
// and idf(b) = idf(c) = idf(d) = ln 2 + 1; tf = 1 everywhere. After
// L2-normalising, S0 = (x, y) on (a, b) with x = idf_a / r, y = idf_b / r,
// r = hypot(idf_a, idf_b); S1 likewise on (a, c); S2 = 1 on d. The centroid
// direction is (2x, y, y, 1) on (a, b, c, d), so
//   cos(S0) = cos(S1) = (2x² + y²) / |C|,  cos(S2) = 1 / |C|.
TEST(CentroidTest, HandComputedExample) {
  const TermMatrix matrix = BuildTermMatrix({{"a", "b"}, {"a", "c"}, {"d"}});
  const Scores scores = Centroid(TestInput(matrix));
  const double idf_a = std::log(4.0 / 3.0) + 1;
  const double idf_b = std::log(2.0) + 1;
  const double r = std::hypot(idf_a, idf_b);
  const double x = idf_a / r;
  const double y = idf_b / r;
  const double c = std::sqrt(4 * x * x + 2 * y * y + 1);
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_NEAR(scores[0], (2 * x * x + y * y) / c, 1e-6);
  EXPECT_NEAR(scores[1], (2 * x * x + y * y) / c, 1e-6);
  EXPECT_NEAR(scores[2], 1 / c, 1e-6);
}

TEST(CentroidTest, EmptySentenceScoresZero) {
  const TermMatrix matrix = BuildTermMatrix({{"a"}, {}, {"a", "b"}});
  const Scores scores = Centroid(TestInput(matrix));
  EXPECT_EQ(scores[1], 0.0);
  EXPECT_GT(scores[0], 0.0);
}

TEST(CentroidTest, NoSentences) {
  const TermMatrix matrix = BuildTermMatrix(TermRows{});
  EXPECT_TRUE(Centroid(TestInput(matrix)).empty());
}

}  // namespace
}  // namespace summarize::internal
