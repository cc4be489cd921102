// PacSum-style directed centrality (Zheng & Lapata, ACL 2019) on TF-IDF.
#ifndef SUMMARIZE_LIB_RANK_PACSUM_H_
#define SUMMARIZE_LIB_RANK_PACSUM_H_

#include "rank/ranker.h"

namespace summarize::internal {

// Position-augmented centrality. Edges are the TF-IDF cosines of
// CosineGraph, thresholded as in the paper: e'(i, j) = max(0, e(i, j) - t)
// with t = β × (largest edge), β = 0.6 (pairs sharing no term count as
// 0, so the document's smallest similarity is 0). Then
//   score(i) = λ1 Σ_{j > i} e'(i, j) + λ2 Σ_{j < i} e'(i, j)
// with λ1 = 1 for edges to later sentences and λ2 = 0 for edges to earlier
// ones: a sentence is central when what follows elaborates on it. No random
// walk; O(edges). >= 0.
Scores PacSum(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_PACSUM_H_
