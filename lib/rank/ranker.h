// What every ranking algorithm sees and returns.
#ifndef SUMMARIZE_LIB_RANK_RANKER_H_
#define SUMMARIZE_LIB_RANK_RANKER_H_

#include <vector>

#include "model/term_matrix.h"
#include "rank/power_iteration.h"
#include "util/cancellation.h"

namespace summarize::internal {

// The input of a ranker: the term matrix of the candidate sentences, in
// document order (row i is the i-th candidate).
struct RankInput {
  const TermMatrix& matrix;
  PowerIterationParams iteration;
  Cancellation cancel;
};

// One score per candidate, >= 0; higher is more central.
using Scores = std::vector<double>;

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_RANKER_H_
