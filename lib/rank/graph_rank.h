// PageRank over a sentence graph with the optional position prior: what the
// published graph methods share.
#ifndef SUMMARIZE_LIB_RANK_GRAPH_RANK_H_
#define SUMMARIZE_LIB_RANK_GRAPH_RANK_H_

#include <cstddef>
#include <vector>

#include "model/similarity_graph.h"
#include "rank/ranker.h"

namespace summarize::internal {

// Teleport weights (1 + i)^-exponent for i = 0 .. n - 1; empty (uniform)
// when `exponent` is 0.
std::vector<double> PositionTeleport(std::size_t n, double exponent);

// PowerIteration over `graph` with input.iteration and input.cancel,
// teleporting by PositionTeleport(n, input.position_prior). Scores sum to 1.
Scores RankGraph(const UndirectedGraph& graph, const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_GRAPH_RANK_H_
