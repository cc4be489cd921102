#include "model/undirected_graph.h"

#include <gtest/gtest.h>

#include <vector>

#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

// Triangle 0 - 1 - 2 plus 2 - 3, with each edge under an end picked so that
// some sit under the lower end and some under the higher one:
//   under 0: (2, 0.5)   under 1: (0, 2), (2, 1)   under 3: (2, 4)
UndirectedGraph Example() {
  using Others = std::vector<UndirectedGraph::Index>;
  UndirectedGraph graph;
  graph.AddNode(Others{2}, std::vector{0.5F});
  graph.AddNode(Others{0, 2}, std::vector{2.0F, 1.0F});
  graph.AddNode({}, {});
  graph.AddNode(Others{2}, std::vector{4.0F});
  return graph;
}

TEST(UndirectedGraphTest, StoresEachEdgeUnderTheNodeAdded) {
  const UndirectedGraph graph = Example();
  EXPECT_EQ(graph.nodes(), 4U);
  EXPECT_EQ(graph.edges(), 4U);
  EXPECT_EQ(std::vector<UndirectedGraph::Index>(graph.Others(1).begin(),
                                                graph.Others(1).end()),
            (std::vector<UndirectedGraph::Index>{0, 2}));
  EXPECT_EQ(
      std::vector<float>(graph.Weights(1).begin(), graph.Weights(1).end()),
      (std::vector<float>{2.0F, 1.0F}));
  EXPECT_TRUE(graph.Others(2).empty());
  EXPECT_EQ(graph.Others(3).size(), 1U);
}

TEST(UndirectedGraphTest, WeightedDegreesCountBothEnds) {
  EXPECT_EQ(Example().WeightedDegrees(),
            (std::vector<double>{2.5, 3.0, 5.5, 4.0}));
}

TEST(UndirectedGraphTest, MatrixHoldsEveryEdgeBothWaysWithColumnsAscending) {
  const AdjacencyMatrix matrix = Example().Matrix();
  ASSERT_EQ(matrix.rows(), 4);
  ASSERT_EQ(matrix.cols(), 4);
  EXPECT_EQ(matrix.nonZeros(), 8);
  const float expected[4][4] = {
      {0, 2, 0.5F, 0}, {2, 0, 1, 0}, {0.5F, 1, 0, 4}, {0, 0, 4, 0}};
  for (Eigen::Index r = 0; r < 4; ++r) {
    Eigen::Index previous = -1;
    for (AdjacencyMatrix::InnerIterator it(matrix, r); it; ++it) {
      EXPECT_GT(it.col(), previous) << "row " << r;
      previous = it.col();
    }
    for (Eigen::Index c = 0; c < 4; ++c) {
      EXPECT_EQ(matrix.coeff(r, c), expected[r][c]) << r << ", " << c;
    }
  }
}

TEST(UndirectedGraphTest, FromMatrixReadsTheUpperTriangle) {
  const UndirectedGraph graph = UndirectedGraph::FromMatrix(Example().Matrix());
  EXPECT_EQ(graph.nodes(), 4U);
  EXPECT_EQ(graph.edges(), 4U);
  // Every edge now sits under its lower end.
  for (std::size_t r = 0; r < graph.nodes(); ++r) {
    for (const auto other : graph.Others(r)) {
      EXPECT_GT(static_cast<std::size_t>(other), r);
    }
  }
  EXPECT_EQ(graph.WeightedDegrees(), Example().WeightedDegrees());
  const AdjacencyMatrix round_trip = graph.Matrix();
  const AdjacencyMatrix original = Example().Matrix();
  EXPECT_TRUE(round_trip.isApprox(original));
  EXPECT_EQ(round_trip.nonZeros(), original.nonZeros());
}

TEST(UndirectedGraphTest, NodesWithoutEdges) {
  const UndirectedGraph graph(3);
  EXPECT_EQ(graph.nodes(), 3U);
  EXPECT_EQ(graph.edges(), 0U);
  EXPECT_EQ(graph.WeightedDegrees(), (std::vector<double>{0, 0, 0}));
  EXPECT_EQ(graph.Matrix().rows(), 3);
  EXPECT_EQ(graph.Matrix().nonZeros(), 0);
  EXPECT_EQ(UndirectedGraph().nodes(), 0U);
  EXPECT_EQ(UndirectedGraph().Matrix().rows(), 0);
}

TEST(UndirectedGraphTest, AllWeightsChangesWeightsInPlace) {
  UndirectedGraph graph = Example();
  for (float& weight : graph.AllWeights()) weight = 1.0F;
  EXPECT_EQ(graph.WeightedDegrees(), (std::vector<double>{2, 2, 3, 1}));
}

TEST(UndirectedGraphTest, EdgesAndWeightsMustPair) {
  UndirectedGraph graph;
  EXPECT_EQ(testing::ThrownCode([&] {
              graph.AddNode(std::vector<UndirectedGraph::Index>{1}, {});
            }),
            ErrorCode::kInternal);
  EXPECT_EQ(graph.nodes(), 0U);
}

}  // namespace
}  // namespace summarize::internal
