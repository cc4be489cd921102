// TextRank with BM25 edge weights (Barrios et al., 2016).
#ifndef SUMMARIZE_LIB_RANK_TEXTRANK_BM25_H_
#define SUMMARIZE_LIB_RANK_TEXTRANK_BM25_H_

#include "model/similarity_graph.h"
#include "rank/ranker.h"

namespace summarize::internal {

// The BM25 graph: sentence i as the query against sentence j as the
// document,
//   w(i, j) = Σ over the terms t of i (with repeats)
//             idf(t) × f(t, j) (k1 + 1) / (f(t, j) + k1 (1 - b + b |j| / avg))
// with k1 = 1.5, b = 0.75, f raw counts, |j| the term count of j and avg the
// mean over sentences, idf(t) = ln((n - df + 0.5) / (df + 0.5)), and a
// negative idf (a term in more than half the sentences) replaced by 0.25 ×
// the mean idf over the document's terms (by 0 when that mean is not
// positive, as in a document of two or three sentences).
// BM25 is not symmetric; the edge is (w(i, j) + w(j, i)) / 2, the
// BilinearGraph of q = f and d = idf × the saturated f, which builds it. Only
// pairs sharing a term get an edge; `limits` applies as in CosineGraph
// (frequent terms link no pairs, each sentence keeps its heaviest edges).
UndirectedGraph Bm25Graph(const TermMatrix& matrix,
                          const GraphLimits& limits = {});

// Damped weighted PageRank (uniform teleport or the position prior) over
// Bm25Graph. Scores sum to 1.
Scores TextRankBm25(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_TEXTRANK_BM25_H_
