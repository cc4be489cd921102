// Maximal marginal relevance (Carbonell & Goldstein, SIGIR 1998).
#ifndef SUMMARIZE_LIB_SELECT_MMR_H_
#define SUMMARIZE_LIB_SELECT_MMR_H_

#include <cstddef>
#include <vector>

#include "model/term_matrix.h"
#include "select/selector.h"

namespace summarize::internal {

// Chooses candidates one at a time: among those still open (eligible, within
// the word budget, not yet taken), the one with the largest
//   λ × score / (largest score) − (1 − λ) × max over chosen j of cos(i, j)
// (λ = params.mmr_lambda in (0, 1]; cosines of the unit rows of `tfidf`; the
// maximum is 0 before the first choice; ties to the lower index), until
// the length is reached. Scores are divided by the largest so that any
// scorer's scale compares with a cosine. With params.filter_redundant, a
// candidate whose cosine to a chosen one reaches the redundancy threshold
// is set aside and, as in SelectSentences, fills remaining places best
// score first. Returns the chosen indices ascending. O(target × (n + nnz)).
std::vector<std::size_t> SelectMmr(const std::vector<Candidate>& candidates,
                                   const SparseMatrix& tfidf,
                                   const SelectionParams& params);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_MMR_H_
