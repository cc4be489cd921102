// LexRank (Erkan & Radev, JAIR 2004): centrality on the IDF-modified cosine
// graph.
#ifndef SUMMARIZE_LIB_RANK_LEXRANK_H_
#define SUMMARIZE_LIB_RANK_LEXRANK_H_

#include "model/term_matrix.h"
#include "rank/ranker.h"

namespace summarize::internal {

// The paper's IDF-modified cosine as a TermMatrix whose `tfidf` rows are
// tf(w, s) × idf(w), L2-normalised, with raw counts as tf and
// idf(w) = ln(n / df(w)) (never negative: df <= n; 0 for a term in every
// sentence). Dot products of its rows are the paper's
//   Σ tf_x(w) tf_y(w) idf(w)² / (|x| |y|).
// The other fields are copied from `matrix`.
TermMatrix IdfModifiedCosineMatrix(const TermMatrix& matrix);

// Thresholded LexRank: an edge (weight 1) joins sentences whose
// IDF-modified cosine is > 0.1 (the paper's threshold), and the damped
// random walk divides each sentence's score by its degree. Scores sum to 1.
Scores LexRank(const RankInput& input);

// Continuous LexRank: the same walk over the IDF-modified cosines themselves
// as edge weights (every pair sharing a term). Scores sum to 1.
Scores LexRankContinuous(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_LEXRANK_H_
