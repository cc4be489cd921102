#include "rank/power_iteration.h"

#include <cmath>
#include <cstddef>
#include <numeric>
#include <utility>

namespace summarize::internal {
namespace {

// Normalises `v` to sum 1; leaves it unchanged when the sum is not positive.
void NormaliseL1(std::vector<double>& v) {
  const double sum = std::accumulate(v.begin(), v.end(), 0.0);
  if (sum <= 0) return;
  for (double& x : v) x /= sum;
}

// The damped walk over a compressed graph, one step at a time.
class Walk {
 public:
  // `jump` sums to 1.
  Walk(const Graph& graph, double damping, std::vector<double> jump)
      : graph_(graph),
        base_(jump.size()),
        out_factor_(jump.size(), 0.0),
        share_(jump.size()),
        next_(jump.size()) {
    for (std::size_t i = 0; i < base_.size(); ++i) {
      base_[i] = (1.0 - damping) * jump[i];
    }
    const float* const values = graph.valuePtr();
    const Graph::StorageIndex* const outer = graph.outerIndexPtr();
    for (std::size_t j = 0; j < out_factor_.size(); ++j) {
      double weight_sum = 0;
      for (auto k = outer[j]; k < outer[j + 1]; ++k) weight_sum += values[k];
      if (weight_sum > 0) out_factor_[j] = damping / weight_sum;
    }
    score_ = std::move(jump);
  }

  // Moves every score one step; returns the L1 change.
  //
  // The graph is symmetric, so row i lists the nodes that pass score to i
  // and the step gathers their shares along it. Each sum runs over j
  // ascending, exactly as pushing every row's share out to its neighbours
  // would add them, so the scores are the same bit for bit; gathering
  // writes each score once instead of once per edge. Bound by the loads of
  // the edge arrays (about 2 cycles an edge); summing several rows side by
  // side measured no faster.
  double Step() {
    const std::size_t n = score_.size();
    for (std::size_t j = 0; j < n; ++j) share_[j] = score_[j] * out_factor_[j];
    const float* const values = graph_.valuePtr();
    const Graph::StorageIndex* const cols = graph_.innerIndexPtr();
    const Graph::StorageIndex* const outer = graph_.outerIndexPtr();
    const double* const share = share_.data();
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) {
      double sum = base_[i];
      for (auto k = outer[i]; k < outer[i + 1]; ++k) {
        sum += share[static_cast<std::size_t>(cols[k])] * values[k];
      }
      next_[i] = sum;
      change += std::abs(sum - score_[i]);
    }
    score_.swap(next_);
    return change;
  }

  std::vector<double> TakeScores() { return std::move(score_); }

 private:
  const Graph& graph_;
  // Per node: the teleport mass (1 - d) t(i) it receives whatever the walk
  // does, and d / W(j), the part of its score each unit of edge weight
  // carries (0 for nodes without edges: they pass nothing on).
  std::vector<double> base_;
  std::vector<double> out_factor_;
  std::vector<double> score_;
  std::vector<double> share_;  // score(j) × d / W(j), per step
  std::vector<double> next_;
};

}  // namespace

PowerIterationResult PowerIteration(const Graph& graph,
                                    const PowerIterationParams& params,
                                    const std::vector<double>& teleport,
                                    const Cancellation& cancel) {
  if (!graph.isCompressed()) {  // the walk reads the arrays directly
    Graph compressed = graph;
    compressed.makeCompressed();
    return PowerIteration(compressed, params, teleport, cancel);
  }
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
  Walk walk(graph, params.damping, std::move(jump));
  for (result.iterations = 0; result.iterations < params.max_iterations;) {
    cancel.Check();
    const double change = walk.Step();
    ++result.iterations;
    if (change < params.tolerance) {
      result.converged = true;
      break;
    }
  }
  result.scores = walk.TakeScores();
  NormaliseL1(result.scores);
  return result;
}

}  // namespace summarize::internal
