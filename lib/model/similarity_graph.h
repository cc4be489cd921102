// Stage 6: the sentence similarity graph, sparse by construction.
#ifndef SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_
#define SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_

#include <cstddef>

#include "model/term_matrix.h"

namespace summarize::internal {

// Symmetric weighted adjacency matrix: entry (i, j) > 0 is the similarity of
// sentences i and j; the diagonal is empty. Only pairs that share at least
// one term are ever stored, so memory follows the number of such pairs and
// never n × n.
using Graph = SparseMatrix;

// What keeps a graph small on long texts. Both limits leave texts of up to
// a few hundred sentences (articles, papers) exactly as they are.
struct GraphLimits {
  // A term found in more than max(frequent_floor, frequent_share × n)
  // sentences links no pairs: in a book such terms ("said", the hero's name)
  // connect almost everything, cost O(df²) pairs and say little.
  std::size_t frequent_floor = 256;
  double frequent_share = 0.002;
  // Each sentence keeps its `max_neighbors` heaviest edges (ties to the
  // lower index); an edge stays when either end keeps it, so the graph
  // stays symmetric and holds at most 2 × max_neighbors × n entries.
  // 0: no cap.
  std::size_t max_neighbors = 100;
};

// Cosine similarity of the TF-IDF rows, keeping edges whose weight is
// > `min_weight` (>= 0).
Graph CosineGraph(const TermMatrix& matrix, float min_weight,
                  const GraphLimits& limits = {});

// The TextRank paper's similarity: the number of distinct terms the two
// sentences share, divided by (ln |Si| + ln |Sj|), where |S| is the
// sentence's term count (TermMatrix::lengths). The denominator is floored
// at ln 2 so that pairs of one-term sentences get a finite weight.
Graph OverlapGraph(const TermMatrix& matrix, const GraphLimits& limits = {});

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_
