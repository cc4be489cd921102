#include "rank/vector_rank.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "rank/rank_test_support.h"
#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

// v0 = (1, 0), v1 = (1, 1), v2 = (0, 1): cos(0, 1) = cos(1, 2) = 1/√2 and
// cos(0, 2) = 0, a path with equal weights: PageRank 19/74, 18/37, 19/74
// (power_iteration_test.cc).
TEST(VectorRankTest, PathByHand) {
  const SentenceVectors vectors = {{1, 0}, {1, 1}, {0, 1}};
  const AdjacencyMatrix graph = VectorCosineGraph(vectors).Matrix();
  EXPECT_NEAR(graph.coeff(0, 1), 1 / std::sqrt(2.0), 1e-6);
  EXPECT_NEAR(graph.coeff(2, 1), 1 / std::sqrt(2.0), 1e-6);
  EXPECT_EQ(graph.coeff(0, 2), 0.0F);
  const TermMatrix matrix = BuildTermMatrix({{"x"}, {"y"}, {"z"}});
  const Scores scores = VectorTextRank(vectors, TestInput(matrix));
  EXPECT_NEAR(scores[0], 19.0 / 74.0, 1e-9);
  EXPECT_NEAR(scores[1], 18.0 / 37.0, 1e-9);
  EXPECT_NEAR(scores[2], 19.0 / 74.0, 1e-9);
}

TEST(VectorRankTest, NegativeCosinesAndZeroVectorsLinkNothing) {
  const AdjacencyMatrix graph =
      VectorCosineGraph({{1, 0}, {-1, 0}, {0, 0}}).Matrix();
  EXPECT_EQ(graph.nonZeros(), 0);
}

TEST(VectorRankTest, RejectsVectorsThatDoNotFit) {
  auto code = [](const SentenceVectors& v, std::size_t n) {
    return testing::ThrownCode([&] { CheckSentenceVectors(v, n); });
  };
  EXPECT_EQ(code({{1, 2}}, 2), ErrorCode::kInvalidSpans);
  EXPECT_EQ(code({{}, {}}, 2), ErrorCode::kInvalidSpans);
  EXPECT_EQ(code({{1, 2}, {1}}, 2), ErrorCode::kInvalidSpans);
  EXPECT_EQ(code({{1, std::numeric_limits<float>::quiet_NaN()}}, 1),
            ErrorCode::kInvalidSpans);
  EXPECT_EQ(code({{std::numeric_limits<float>::infinity()}}, 1),
            ErrorCode::kInvalidSpans);
  EXPECT_NO_THROW(CheckSentenceVectors({{1, 2}, {3, 4}}, 2));
  EXPECT_NO_THROW(CheckSentenceVectors({}, 0));
}

}  // namespace
}  // namespace summarize::internal
