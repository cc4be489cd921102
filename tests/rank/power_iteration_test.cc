#include "rank/power_iteration.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <vector>

#include "rank/rank_test_support.h"
#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

// Builds a graph from a dense symmetric weight table (test sizes only), each
// edge stored under its lower end, or under its higher end with
// `under_higher`.
UndirectedGraph MakeGraph(const std::vector<std::vector<float>>& weights,
                          bool under_higher = false) {
  UndirectedGraph graph;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    std::vector<UndirectedGraph::Index> others;
    std::vector<float> stored;
    for (std::size_t j = 0; j < weights.size(); ++j) {
      if (weights[i][j] != 0 && (under_higher ? j < i : j > i)) {
        others.push_back(static_cast<UndirectedGraph::Index>(j));
        stored.push_back(weights[i][j]);
      }
    }
    graph.AddNode(others, stored);
  }
  return graph;
}

constexpr double kTight = 1e-9;

// Path 0 - 1 - 2 with unit weights, d = 0.85, teleport 0.05 each:
//   a = 0.05 + 0.425 b,  b = 0.05 + 1.7 a  =>  a = 19/74, b = 18/37.
TEST(PowerIterationTest, PathGraphMatchesHandSolution) {
  const UndirectedGraph graph = MakeGraph({{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});
  const PowerIterationResult result =
      PowerIteration(graph, TightParams(), {}, Cancellation());
  ASSERT_EQ(result.scores.size(), 3U);
  EXPECT_TRUE(result.converged);
  EXPECT_NEAR(result.scores[0], 19.0 / 74.0, kTight);
  EXPECT_NEAR(result.scores[1], 18.0 / 37.0, kTight);
  EXPECT_NEAR(result.scores[2], 19.0 / 74.0, kTight);
}

// Triangle with w01 = 1, w02 = 1, w12 = 2. By symmetry s1 = s2 = b:
//   a = 0.05 + 0.85 (2b/3),  b = 0.05 + 0.85 (a/2 + 2b/3)
//   =>  a = 20/77, b = 57/154.
TEST(PowerIterationTest, WeightedTriangleMatchesHandSolution) {
  const UndirectedGraph graph = MakeGraph({{0, 1, 1}, {1, 0, 2}, {1, 2, 0}});
  const PowerIterationResult result =
      PowerIteration(graph, TightParams(), {}, Cancellation());
  EXPECT_NEAR(result.scores[0], 20.0 / 77.0, kTight);
  EXPECT_NEAR(result.scores[1], 57.0 / 154.0, kTight);
  EXPECT_NEAR(result.scores[2], 57.0 / 154.0, kTight);
}

// Isolated nodes keep only their teleport mass (1 - d) / n = 0.0375; the
// pair 0 - 1 settles at 0.0375 / 0.15 = 0.25 each. Normalised by the total
// 0.575: 10/23 and 3/46.
TEST(PowerIterationTest, IsolatedNodesKeepTeleportMassOnly) {
  const UndirectedGraph graph =
      MakeGraph({{0, 2, 0, 0}, {2, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}});
  const PowerIterationResult result =
      PowerIteration(graph, TightParams(), {}, Cancellation());
  EXPECT_NEAR(result.scores[0], 10.0 / 23.0, kTight);
  EXPECT_NEAR(result.scores[1], 10.0 / 23.0, kTight);
  EXPECT_NEAR(result.scores[2], 3.0 / 46.0, kTight);
  EXPECT_NEAR(result.scores[3], 3.0 / 46.0, kTight);
}

// Path graph with teleport (3, 1, 0), normalised to (0.75, 0.25, 0):
//   s1 = 0.0375 + 0.85 (s0 + s2), s0 + s2 = 0.1125 + 0.85 s1
//   =>  s1 = 0.133125 / 0.2775, s0 = 0.1125 + 0.425 s1, s2 = 0.425 s1.
TEST(PowerIterationTest, PersonalisedTeleport) {
  const UndirectedGraph graph = MakeGraph({{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});
  const PowerIterationResult result =
      PowerIteration(graph, TightParams(), {3, 1, 0}, Cancellation());
  const double s1 = 0.133125 / 0.2775;
  EXPECT_NEAR(result.scores[0], 0.1125 + 0.425 * s1, kTight);
  EXPECT_NEAR(result.scores[1], s1, kTight);
  EXPECT_NEAR(result.scores[2], 0.425 * s1, kTight);
}

TEST(PowerIterationTest, ScoresSumToOne) {
  const UndirectedGraph graph = MakeGraph({{0, 3, 1, 0, 0},
                                           {3, 0, 0, 2, 0},
                                           {1, 0, 0, 1, 0},
                                           {0, 2, 1, 0, 0},
                                           {0, 0, 0, 0, 0}});
  const PowerIterationResult result =
      PowerIteration(graph, PowerIterationParams(), {}, Cancellation());
  EXPECT_NEAR(std::accumulate(result.scores.begin(), result.scores.end(), 0.0),
              1.0, 1e-12);
}

TEST(PowerIterationTest, IterationCapStopsEarly) {
  const UndirectedGraph graph = MakeGraph({{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});
  PowerIterationParams params;
  params.tolerance = 1e-15;
  params.max_iterations = 2;
  const PowerIterationResult result =
      PowerIteration(graph, params, {3, 1, 0}, Cancellation());
  EXPECT_EQ(result.iterations, 2);
  EXPECT_FALSE(result.converged);
}

TEST(PowerIterationTest, EmptyGraph) {
  const PowerIterationResult result = PowerIteration(
      UndirectedGraph(), PowerIterationParams(), {}, Cancellation());
  EXPECT_TRUE(result.scores.empty());
}

TEST(PowerIterationTest, TeleportOfAnotherSizeThrows) {
  const UndirectedGraph graph = MakeGraph({{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});
  EXPECT_EQ(testing::ThrownCode([&] {
              PowerIteration(graph, TightParams(), {1, 1}, Cancellation());
            }),
            ErrorCode::kInternal);
}

TEST(PowerIterationTest, CancelCallbackStopsTheIteration) {
  const UndirectedGraph graph = MakeGraph({{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});
  int calls = 0;
  const std::function<bool()> cancel = [&calls] { return ++calls > 3; };
  PowerIterationParams params = TightParams();
  EXPECT_EQ(testing::ThrownCode([&] {
              PowerIteration(
                  graph, params, {3, 1, 0},
                  Cancellation(std::chrono::steady_clock::time_point::max(),
                               &cancel));
            }),
            ErrorCode::kCancelled);
  EXPECT_EQ(calls, 4);
}

// The iteration as the header states it, pushing each node's share along
// its edges over a dense table: the gathered sums must give the same scores.
std::vector<double> ReferenceScores(const std::vector<std::vector<float>>& w,
                                    const PowerIterationParams& params) {
  const std::size_t n = w.size();
  std::vector<double> score(n, 1.0 / static_cast<double>(n));
  for (int iteration = 0; iteration < params.max_iterations; ++iteration) {
    std::vector<double> next(n, (1 - params.damping) / static_cast<double>(n));
    for (std::size_t j = 0; j < n; ++j) {
      double weight_sum = 0;
      for (std::size_t i = 0; i < n; ++i) weight_sum += w[j][i];
      if (weight_sum == 0) continue;
      for (std::size_t i = 0; i < n; ++i) {
        next[i] += score[j] * params.damping / weight_sum * w[j][i];
      }
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - score[i]);
    score = next;
    if (change < params.tolerance) break;
  }
  const double total = std::accumulate(score.begin(), score.end(), 0.0);
  for (double& s : score) s /= total;
  return score;
}

// A random symmetric graph with isolated nodes and rows of every length.
std::vector<std::vector<float>> RandomWeights(std::size_t n, unsigned seed) {
  std::vector<std::vector<float>> w(n, std::vector<float>(n, 0));
  unsigned state = seed;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      if (next() % 4 != 0 || i % 7 == 3 || j % 7 == 3) continue;
      w[i][j] = w[j][i] = static_cast<float>(next() % 1000 + 1) / 1000.0f;
    }
  }
  return w;
}

// Compares PowerIteration with the reference on random graphs, stopping
// both at `tolerance` (not run to the end, so the iterations must agree
// too), to within `relative` of each score.
void ExpectReferenceScores(double tolerance, double relative) {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const std::vector<std::vector<float>> w = RandomWeights(23 + seed, seed);
    PowerIterationParams params;
    params.tolerance = tolerance;
    const PowerIterationResult result =
        PowerIteration(MakeGraph(w), params, {}, Cancellation());
    const std::vector<double> expected = ReferenceScores(w, params);
    ASSERT_EQ(result.scores.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_NEAR(result.scores[i], expected[i], relative * expected[i])
          << "seed " << seed << ", node " << i;
    }
  }
}

// Below a tolerance of 1e-5 the flow is summed in double: the same sums as
// the reference's, in another order.
TEST(PowerIterationTest, MatchesThePushReferenceOnRandomGraphs) {
  ExpectReferenceScores(1e-6, 1e-12);
}

// At the default tolerance the flow is summed in float: each score within
// float rounding of the reference's, after the same number of steps.
TEST(PowerIterationTest, FloatFlowMatchesTheReferenceToFloatPrecision) {
  ExpectReferenceScores(PowerIterationParams().tolerance, 1e-6);
}

// Float sums still reach the smallest tolerance they are used for, on a
// graph of a few thousand edges.
TEST(PowerIterationTest, FloatFlowConvergesAtItsSmallestTolerance) {
  PowerIterationParams params;
  params.tolerance = 1e-5;
  const PowerIterationResult result = PowerIteration(
      MakeGraph(RandomWeights(150, 5)), params, {}, Cancellation());
  EXPECT_TRUE(result.converged);
  EXPECT_LT(result.iterations, 50);
}

// Which end an edge is stored under changes only the order of the sums.
TEST(PowerIterationTest, EitherEndMayStoreAnEdge) {
  const std::vector<std::vector<float>> w = RandomWeights(15, 9);
  const std::vector<double> lower =
      PowerIteration(MakeGraph(w), TightParams(), {}, Cancellation()).scores;
  const std::vector<double> higher =
      PowerIteration(MakeGraph(w, true), TightParams(), {}, Cancellation())
          .scores;
  ASSERT_EQ(lower.size(), higher.size());
  for (std::size_t i = 0; i < lower.size(); ++i) {
    EXPECT_NEAR(lower[i], higher[i], 1e-12 * lower[i]) << i;
  }
}

}  // namespace
}  // namespace summarize::internal
