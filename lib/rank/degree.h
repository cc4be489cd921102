// Degree centrality (the "reduction" summarizer): a sentence is as central
// as the sum of its similarities.
#ifndef SUMMARIZE_LIB_RANK_DEGREE_H_
#define SUMMARIZE_LIB_RANK_DEGREE_H_

#include "rank/ranker.h"

namespace summarize::internal {

// Sum of each sentence's edge weights in CosineGraph (TF-IDF cosine of
// every pair sharing a term), with no random walk. >= 0; 0 for a sentence
// that shares no term with any other. O(edges).
Scores Degree(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_DEGREE_H_
