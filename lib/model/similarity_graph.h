// Stage 6: the sentence similarity graph, sparse by construction.
#ifndef SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_
#define SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_

#include "model/term_matrix.h"

namespace summarize::internal {

// Symmetric weighted adjacency matrix: entry (i, j) > 0 is the similarity of
// sentences i and j; the diagonal is empty. Only pairs that share at least
// one term are ever stored, so memory follows the number of such pairs and
// never n × n.
using Graph = SparseMatrix;

// Cosine similarity of the TF-IDF rows (sparse X · Xᵀ), keeping edges whose
// weight is > `min_weight` (>= 0).
Graph CosineGraph(const TermMatrix& matrix, float min_weight);

// The TextRank paper's similarity: the number of distinct terms the two
// sentences share, divided by (ln |Si| + ln |Sj|), where |S| is the
// sentence's term count (TermMatrix::lengths). The denominator is floored
// at ln 2 so that pairs of one-term sentences get a finite weight.
Graph OverlapGraph(const TermMatrix& matrix);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_
