#include "rank/power_iteration.h"

#include <cmath>
#include <cstddef>
#include <numeric>

namespace summarize::internal {
namespace {

// Normalises `v` to sum 1; leaves it unchanged when the sum is not positive.
void NormaliseL1(std::vector<double>& v) {
  const double sum = std::accumulate(v.begin(), v.end(), 0.0);
  if (sum <= 0) return;
  for (double& x : v) x /= sum;
}

}  // namespace

PowerIterationResult PowerIteration(const Graph& graph,
                                    const PowerIterationParams& params,
                                    const std::vector<double>& teleport,
                                    const Cancellation& cancel) {
  const auto n = static_cast<std::size_t>(graph.rows());
  PowerIterationResult result;
  if (n == 0) {
    result.converged = true;
    return result;
  }

  std::vector<double> jump(n, 1.0 / static_cast<double>(n));
  if (!teleport.empty()) {
    jump = teleport;
    NormaliseL1(jump);
  }

  // Each node passes score(j) * d / W(j) along every edge; precompute that
  // factor per node (0 for nodes without edges: they pass nothing on).
  std::vector<double> out_factor(n, 0.0);
  for (Eigen::Index j = 0; j < graph.outerSize(); ++j) {
    double weight_sum = 0;
    for (Graph::InnerIterator it(graph, j); it; ++it) weight_sum += it.value();
    if (weight_sum > 0) out_factor[j] = params.damping / weight_sum;
  }

  std::vector<double> score = jump;
  std::vector<double> next(n);
  for (result.iterations = 0; result.iterations < params.max_iterations;) {
    cancel.Check();
    for (std::size_t i = 0; i < n; ++i) {
      next[i] = (1.0 - params.damping) * jump[i];
    }
    // The graph is symmetric, so row j lists j's edges: push j's share to
    // each neighbour.
    for (Eigen::Index j = 0; j < graph.outerSize(); ++j) {
      const double share = score[j] * out_factor[j];
      if (share == 0) continue;
      for (Graph::InnerIterator it(graph, j); it; ++it) {
        next[it.col()] += share * it.value();
      }
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - score[i]);
    score.swap(next);
    ++result.iterations;
    if (change < params.tolerance) {
      result.converged = true;
      break;
    }
  }
  NormaliseL1(score);
  result.scores = std::move(score);
  return result;
}

}  // namespace summarize::internal
