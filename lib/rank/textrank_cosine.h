// TextRank over TF-IDF cosine similarity.
#ifndef SUMMARIZE_LIB_RANK_TEXTRANK_COSINE_H_
#define SUMMARIZE_LIB_RANK_TEXTRANK_COSINE_H_

#include "rank/ranker.h"

namespace summarize::internal {

// TextRank's weighted PageRank (damped, uniform teleport or the position
// prior) over CosineGraph: the cosine of the sublinear TF-IDF rows
// (TermMatrix::tfidf) of every pair sharing a term. Scores sum to 1.
Scores TextRankCosine(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_TEXTRANK_COSINE_H_
