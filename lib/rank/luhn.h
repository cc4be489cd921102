// Luhn's auto-abstract (IBM Journal, 1958): clusters of significant words.
#ifndef SUMMARIZE_LIB_RANK_LUHN_H_
#define SUMMARIZE_LIB_RANK_LUHN_H_

#include <vector>

#include "rank/ranker.h"

namespace summarize::internal {

// Which columns of `matrix` are significant words: the terms that occur at
// least twice in the document and whose count is at least that of the
// term at rank ceil(10% of the distinct terms) in the descending order of
// counts (ties at the boundary all count). Stopwords are already gone (the
// analyzer drops them), which is Luhn's upper cut-off.
std::vector<bool> SignificantTerms(const TermMatrix& matrix);

// Luhn's score: in each sentence's term sequence (stopwords removed), a
// cluster is a run that starts and ends with a significant term and has at
// most 4 insignificant terms between consecutive significant ones; it
// scores (significant terms in it)² / (its length in terms), and the
// sentence scores its best cluster (0 with none). Needs RankInput::terms
// for the order. >= 0.
Scores Luhn(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_LUHN_H_
