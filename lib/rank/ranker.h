// What every ranking algorithm sees and returns.
#ifndef SUMMARIZE_LIB_RANK_RANKER_H_
#define SUMMARIZE_LIB_RANK_RANKER_H_

#include <cstddef>
#include <vector>

#include "model/term_matrix.h"
#include "rank/power_iteration.h"
#include "text/term_rows.h"
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
  // The candidates' terms in order, repeats kept (row i is candidate i; ids
  // as in matrix.terms). Null: not known (rankers that need term order, such
  // as Luhn, then read each row's distinct terms in column order).
  const TermRows* terms = nullptr;
  // Paragraph number per candidate, non-decreasing (empty: not known).
  std::vector<std::size_t> paragraphs = {};
  // Per candidate, its bonus cue words minus its stigma cue words
  // (Edmundson's cue dictionary, text/cue_words.h; empty: not known).
  std::vector<double> cue_balance = {};
  // Exponent a >= 0 of a position prior for the PageRank-based methods other
  // than the default: the random walk teleports in proportion to
  // (1 + i)^-a instead of uniformly (0: uniform, the published methods).
  double position_prior = 0;
};

// One score per candidate, >= 0; higher is more central.
using Scores = std::vector<double>;

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_RANKER_H_
