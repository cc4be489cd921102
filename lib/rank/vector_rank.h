// Ranking with sentence vectors supplied by the caller (embeddings computed
// elsewhere).
#ifndef SUMMARIZE_LIB_RANK_VECTOR_RANK_H_
#define SUMMARIZE_LIB_RANK_VECTOR_RANK_H_

#include <vector>

#include "model/similarity_graph.h"
#include "rank/ranker.h"

namespace summarize::internal {

// Sentence vectors, one per candidate, all of the same dimension.
using SentenceVectors = std::vector<std::vector<float>>;

// Throws Error(kInvalidSpans) unless there are `count` vectors, all with
// the same dimension >= 1, and every value is finite.
void CheckSentenceVectors(const SentenceVectors& vectors, std::size_t count);

// The cosine graph of the vectors: an edge where the cosine is > 0 (a zero
// vector has none), each sentence keeping its limits.max_neighbors heaviest
// (an edge stays when either end keeps it). Dense vectors share every
// dimension, so this compares all pairs: O(n² × dimension) time, O(n ×
// max_neighbors) memory.
UndirectedGraph VectorCosineGraph(const SentenceVectors& vectors,
                                  const GraphLimits& limits = {});

// Damped PageRank (uniform teleport or the position prior) over
// VectorCosineGraph. Scores sum to 1.
Scores VectorTextRank(const SentenceVectors& vectors, const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_VECTOR_RANK_H_
