// Centroid scoring (after Radev et al.): closeness to the document's mean.
#ifndef SUMMARIZE_LIB_RANK_CENTROID_H_
#define SUMMARIZE_LIB_RANK_CENTROID_H_

#include "rank/ranker.h"

namespace summarize::internal {

// Cosine similarity of each sentence's TF-IDF row to the centroid (the mean
// of all rows). In [0, 1]; an empty sentence scores 0.
Scores Centroid(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_CENTROID_H_
