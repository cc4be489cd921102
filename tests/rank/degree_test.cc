#include "rank/degree.h"

#include <gtest/gtest.h>

#include <cmath>

#include "rank/rank_test_support.h"

namespace summarize::internal {
namespace {

// The star of textrank_cosine_test.cc: w1 = cos(S0, S1) = 1/√2,
// w2 = cos(S0, S2) = i / (√2 √(i² + j²)) with i = ln(4/3) + 1,
// j = ln 2 + 1; S3 = {z} shares nothing. Degrees: S0 = w1 + w2, S1 = w1,
// S2 = w2, S3 = 0. (With n = 4, idf(a) = idf(b) = ln(5/3) + 1 and
// idf(c) = ln(5/2) + 1.)
TEST(DegreeTest, SumsOfCosinesByHand) {
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b"}, {"a"}, {"b", "c"}, {"z"}});
  const Scores scores = Degree(TestInput(matrix));
  const double i = std::log(5.0 / 3.0) + 1;
  const double j = std::log(5.0 / 2.0) + 1;
  const double w1 = 1 / std::sqrt(2.0);
  const double w2 = i / (std::sqrt(2.0) * std::hypot(i, j));
  ASSERT_EQ(scores.size(), 4U);
  EXPECT_NEAR(scores[0], w1 + w2, 1e-6);
  EXPECT_NEAR(scores[1], w1, 1e-6);
  EXPECT_NEAR(scores[2], w2, 1e-6);
  EXPECT_EQ(scores[3], 0.0);
}

}  // namespace
}  // namespace summarize::internal
