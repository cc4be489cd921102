// The one damped power iteration every graph-based ranker uses.
#ifndef SUMMARIZE_LIB_RANK_POWER_ITERATION_H_
#define SUMMARIZE_LIB_RANK_POWER_ITERATION_H_

#include <vector>

#include "model/undirected_graph.h"
#include "util/cancellation.h"

namespace summarize::internal {

struct PowerIterationParams {
  double damping = 0.85;     // probability of following an edge, (0, 1)
  double tolerance = 1e-4;   // stop when the L1 change is below this
  int max_iterations = 200;  // stop after this many iterations regardless
};

struct PowerIterationResult {
  std::vector<double> scores;  // one per node, summing to 1
  int iterations = 0;          // iterations run
  bool converged = false;      // true if the tolerance was reached
};

// Weighted PageRank over the undirected weighted `graph`:
//   s(i) = (1 - d) * t(i) + d * sum_j w(j, i) / W(j) * s(j)
// where W(j) is the sum of j's edge weights and t is the teleport
// distribution: uniform (1 / n) when `teleport` is empty, otherwise
// `teleport` normalised to sum 1. A node with no edges passes nothing on and
// keeps only its teleport mass. Starts from the teleport distribution. The
// score flowing along edges is summed in float when the tolerance is at
// least 1e-5 (see power_iteration.cc), in double below. The returned scores
// are normalised to sum 1. O(iterations × edges).
// Checks `cancel` every iteration. Throws Error(kInternal) if `teleport` is
// neither empty nor one entry per node.
PowerIterationResult PowerIteration(const UndirectedGraph& graph,
                                    const PowerIterationParams& params,
                                    const std::vector<double>& teleport,
                                    const Cancellation& cancel);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_POWER_ITERATION_H_
