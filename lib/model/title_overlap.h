// How much of a document's title each sentence repeats.
#ifndef SUMMARIZE_LIB_MODEL_TITLE_OVERLAP_H_
#define SUMMARIZE_LIB_MODEL_TITLE_OVERLAP_H_

#include <span>
#include <vector>

#include "model/term_matrix.h"
#include "text/term_rows.h"

namespace summarize::internal {

// For each row of `matrix`, the number of distinct `title_terms` (ids in
// the same vocabulary as matrix.terms) the sentence contains divided by the
// number of distinct title terms: 1 when it repeats every title term, 0
// when none. All zeros when the title has no terms.
std::vector<double> TitleOverlap(const TermMatrix& matrix,
                                 std::span<const TermId> title_terms);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_MODEL_TITLE_OVERLAP_H_
