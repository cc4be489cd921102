// A weighted undirected graph that stores each edge once.
#ifndef SUMMARIZE_LIB_MODEL_UNDIRECTED_GRAPH_H_
#define SUMMARIZE_LIB_MODEL_UNDIRECTED_GRAPH_H_

#include <cstddef>
#include <span>
#include <vector>

#include "model/term_matrix.h"

namespace summarize::internal {

// A symmetric weighted adjacency matrix: entry (i, j) and (j, i) hold the
// weight of the edge between i and j; rows are compressed, columns ascending.
using AdjacencyMatrix = SparseMatrix;

// Nodes 0 .. n-1 and weighted edges between distinct nodes, each edge stored
// once, under one of its two ends (which one is up to whoever built the
// graph), the edges under a node in no particular order. Half the memory of
// the adjacency matrix, and a walk over every edge reads half as much: what
// PageRank on a large graph is bound by.
class UndirectedGraph {
 public:
  // Node and edge indices: Eigen's, so that Matrix() needs no conversion.
  using Index = AdjacencyMatrix::StorageIndex;

  // No nodes.
  UndirectedGraph() = default;
  // `nodes` nodes without edges.
  explicit UndirectedGraph(std::size_t nodes);

  // Appends the next node (node `nodes()`) with an edge to each of `others`
  // (any nodes but itself, added or not), of the weight at the same place
  // in `weights`, stored under it. A pair of nodes must get at most one
  // edge. Throws Error(kInputTooLarge) past 2^31 - 1 edges in all, and
  // Error(kInternal) if the two spans differ in size.
  void AddNode(std::span<const Index> others, std::span<const float> weights);
  // Room for `edges` edges in all, so that building does not copy.
  void Reserve(std::size_t edges);

  std::size_t nodes() const { return offsets_.size() - 1; }
  std::size_t edges() const { return others_.size(); }

  // The edges stored under `node`: the other ends and their weights, side by
  // side. Every edge is under exactly one of its ends.
  std::span<const Index> Others(std::size_t node) const {
    return {others_.data() + offsets_[node], Size(node)};
  }
  std::span<const float> Weights(std::size_t node) const {
    return {weights_.data() + offsets_[node], Size(node)};
  }
  // Every edge's weight, node by node, for changing weights in place.
  std::span<float> AllWeights() { return weights_; }

  // Per node, the sum of the weights of its edges (both ends count each
  // edge). O(nodes + edges).
  std::vector<double> WeightedDegrees() const;

  // The symmetric adjacency matrix. O(nodes + edges) time; 16 bytes per
  // edge, and as much again while it is built. Throws Error(kInputTooLarge)
  // past 2^30 - 1 edges (2^31 - 1 matrix entries).
  AdjacencyMatrix Matrix() const;

  // The graph of the entries of `matrix` above its diagonal (of a symmetric
  // matrix, every edge once); the diagonal and the entries below it are not
  // read, so an upper-triangular matrix will do. O(rows + entries).
  static UndirectedGraph FromMatrix(const AdjacencyMatrix& matrix);

 private:
  std::size_t Size(std::size_t node) const {
    return static_cast<std::size_t>(offsets_[node + 1] - offsets_[node]);
  }

  std::vector<Index> offsets_{0};  // node r: [offsets_[r], offsets_[r + 1])
  std::vector<Index> others_;
  std::vector<float> weights_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_MODEL_UNDIRECTED_GRAPH_H_
