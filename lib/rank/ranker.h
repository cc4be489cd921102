// What every ranking algorithm sees and returns.
#ifndef SUMMARIZE_LIB_RANK_RANKER_H_
#define SUMMARIZE_LIB_RANK_RANKER_H_

#include <cstddef>
#include <vector>

#include "model/term_matrix.h"
#include "rank/power_iteration.h"
#include "util/cancellation.h"

namespace summarize::internal {

// The input of a ranker: the term matrix of the candidate sentences, in
// document order (row i is the i-th candidate), and what is known about the
// summary and the document.
struct RankInput {
  const TermMatrix& matrix;
  PowerIterationParams iteration;
  Cancellation cancel;
  // Sentences the summary will hold (0: not known, e.g. a word budget).
  std::size_t target = 0;
  // Words per candidate (empty: not known).
  std::vector<std::size_t> words;
  // Per candidate, the share of the title's distinct terms it contains, in
  // [0, 1] (empty: no title).
  std::vector<double> title_overlap;
};

// One score per candidate, >= 0; higher is more central.
using Scores = std::vector<double>;

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_RANKER_H_
