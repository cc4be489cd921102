// Helpers shared by the ranker tests.
#ifndef SUMMARIZE_TESTS_RANK_RANK_TEST_SUPPORT_H_
#define SUMMARIZE_TESTS_RANK_RANK_TEST_SUPPORT_H_

#include <cstddef>
#include <utility>
#include <vector>

#include "rank/power_iteration.h"
#include "rank/ranker.h"

namespace summarize::internal {

// Power iteration run to (near) exact convergence, so that scores can be
// compared with hand-solved values.
inline PowerIterationParams TightParams() {
  PowerIterationParams params;
  params.tolerance = 1e-12;
  params.max_iterations = 10000;
  return params;
}

// A ranker input over `matrix` with tight iteration and no deadline.
inline RankInput TestInput(const TermMatrix& matrix, std::size_t target = 0,
                           std::vector<std::size_t> words = {},
                           std::vector<double> title_overlap = {}) {
  return {matrix, TightParams(),    Cancellation(),
          target, std::move(words), std::move(title_overlap)};
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_TESTS_RANK_RANK_TEST_SUPPORT_H_
