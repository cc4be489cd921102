// Stage 6: the sentence similarity graphs, sparse by construction.
#ifndef SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_
#define SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_

#include <cstddef>

#include "model/term_matrix.h"
#include "model/undirected_graph.h"

namespace summarize::internal {

// The graphs below have a node per sentence (row of the matrix) and an edge
// of positive weight, their similarity, between sentences; no loops. Only
// pairs that share at least one term ever get an edge, so memory follows the
// number of such pairs and never n × n.

// What keeps a graph small on long texts. Both limits leave texts of up to
// 192 sentences (articles, most papers) exactly as they are.
struct GraphLimits {
  // A term found in more than max(frequent_floor, frequent_share × n)
  // sentences links no pairs: in a book such terms ("said", the hero's name)
  // connect almost everything, cost O(df²) pairs and say little.
  //
  // The floor was 256. At 192, of the README's 112 evaluation figures only
  // eight on Klexikon (the longest texts) move, by -0.003 to +0.06 (the
  // default's 22.613 → 22.612); at 160 or 128 figures start to fall
  // (textrank on Klexikon -0.3 at 128). On a 10 MB book the terms in 193
  // to 256 of its 89,871 sentences made a third of the sweep's 29 million
  // postings: `summarize -n 5 en-10m.txt` 0.50 → 0.45 s.
  std::size_t frequent_floor = 192;
  double frequent_share = 0.002;
  // Each sentence keeps its `max_neighbors` heaviest edges (ties to the
  // lower index); an edge stays when either end keeps it, so the graph
  // holds at most max_neighbors × n edges. 0: no cap.
  //
  // The cap does not shrink with n on purpose. A tighter cap on long texts
  // saves work after the sweep (a cap of 50: a 10 MB text in 0.56 s instead
  // of 0.64), but it moves their ranking away from the uncapped graph's:
  // the share of the top 1% of sentences the uncapped graph agrees with
  // was, for caps 100 / 50 / 30, 0.77 / 0.57 / 0.44 on en-1m (-n 5),
  // 0.64 / 0.44 / 0.34 on de-1m (-r 0.05) and 0.51 / 0.36 / 0.28 on en-10m
  // (-n 5). The evaluation sets move both ways: with a cap of 64 (50)
  // Klexikon gains up to 0.27 (0.33) for five graph methods while the
  // Russian papers lose up to 0.14 (0.15) for four (five) (PERFORMANCE.md),
  // which for articles is a loss the speed of books does not pay for.
  std::size_t max_neighbors = 100;
};

// Each graph below is built in one pass over the pairs of sentences that
// share a term kept by the frequency limit, found through an inverted index,
// each sentence keeping its `limits.max_neighbors` heaviest edges, and
// stored as it is found. Each throws Error(kInputTooLarge) if the graph
// would hold 2^31 or more edges.
//
// Time O(Σ df² over the terms kept + n × max_neighbors), memory
// O(n + terms + edges): 8 bytes per edge.

// Cosine similarity of the TF-IDF rows, keeping edges whose weight is
// > `min_weight`. Throws Error(kInvalidOptions) if `min_weight` is negative
// or NaN.
UndirectedGraph CosineGraph(const TermMatrix& matrix, float min_weight,
                            const GraphLimits& limits = {});

// The TextRank paper's similarity: the number of distinct terms the two
// sentences share, divided by (ln |Si| + ln |Sj|), where |S| is the
// sentence's term count (TermMatrix::lengths). The denominator is floored
// at ln 2 so that pairs of one-term sentences get a finite weight.
UndirectedGraph OverlapGraph(const TermMatrix& matrix,
                             const GraphLimits& limits = {});

// The graph of a symmetric bilinear similarity given by two values per
// sentence and term, q (`query`) and d (`document`):
//   weight(i, j) = (q_i · d_j + d_i · q_j) / 2,
// summed over the terms the two sentences share (a term shared with a zero
// value adds 0), keeping edges whose weight is > 0. A similarity that scores
// sentence i as a query against sentence j as a document, q_i · d_j, and is
// made symmetric by averaging both directions has this form (Bm25Graph).
// The two matrices must store entries at exactly the same places (the terms
// of each sentence) and be compressed; the frequency limit counts, per term,
// the sentences that store it. `limits` applies as in CosineGraph, and the
// weight of (i, j) and of (j, i) are the same bit for bit. Throws
// Error(kInternal) if the patterns differ. Time and memory as the others,
// plus 4 bytes per matrix entry for the second value in the inverted index.
UndirectedGraph BilinearGraph(const SparseMatrix& query,
                              const SparseMatrix& document,
                              const GraphLimits& limits = {});

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_MODEL_SIMILARITY_GRAPH_H_
