// LSA summarization (Steinberger & Ježek, 2004) with a randomized truncated
// SVD.
#ifndef SUMMARIZE_LIB_RANK_LSA_H_
#define SUMMARIZE_LIB_RANK_LSA_H_

#include <vector>

#include "model/term_matrix.h"
#include "rank/ranker.h"

namespace summarize::internal {

// The leading singular values and left singular vectors of the sparse
// sentence × term matrix X (rows are sentences): X ≈ U Σ Vᵀ.
struct TruncatedSvd {
  std::vector<double> sigma;           // descending, >= 0
  std::vector<std::vector<double>> u;  // u[j]: j-th vector, one per row
};

// The `rank` leading singular triplets of `x` by a randomized range finder
// (Halko, Martinsson & Tropp 2011): X Ω for a fixed-seed random n × (rank +
// 10) Ω, `power_iterations` rounds of X (Xᵀ Y) re-orthonormalised, then the
// exact SVD of the small projected matrix. Exact when X's rank is <= rank +
// 10; deterministic. O((power_iterations + 2) × nnz × (rank + 10)) time,
// O((rows + cols) × (rank + 10)) memory: never a dense rows × cols matrix.
TruncatedSvd RandomizedSvd(const SparseMatrix& x, int rank,
                           int power_iterations);

// Steinberger & Ježek's LSA score over TF-IDF weights (1 + ln tf) × idf
// (TermMatrix::idf) without length normalisation: with X = U Σ Vᵀ
// the truncated SVD of the sentence × term matrix (the transpose of the
// paper's term × sentence A, same singular values), sentence i scores
//   sqrt(Σ_{j < k} (σ_j u_j(i))²),
// the length of its vector in the k-dimensional topic space weighted by the
// singular values, where k counts the singular values >= σ_1 / 2, at most
// 10 (the paper keeps the dimensions that carry the most weight; beyond a
// few the scores barely move). >= 0.
Scores Lsa(const RankInput& input);

// The same score for the rows of any sentence × term matrix `x`.
Scores LsaScores(const SparseMatrix& x);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_LSA_H_
