#include "model/similarity_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <string>
#include <utility>
#include <vector>

#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

// The graphs as adjacency matrices, which the checks below read.
template <typename... Args>
AdjacencyMatrix Cosine(const Args&... args) {
  return CosineGraph(args...).Matrix();
}
template <typename... Args>
AdjacencyMatrix Overlap(const Args&... args) {
  return OverlapGraph(args...).Matrix();
}
template <typename... Args>
AdjacencyMatrix Bilinear(const Args&... args) {
  return BilinearGraph(args...).Matrix();
}

constexpr float kTolerance = 1e-5f;

// True if graph == graphᵀ bit for bit and the diagonal is empty.
void ExpectSymmetricWithoutDiagonal(const AdjacencyMatrix& graph) {
  ASSERT_EQ(graph.rows(), graph.cols());
  for (Eigen::Index row = 0; row < graph.outerSize(); ++row) {
    for (AdjacencyMatrix::InnerIterator it(graph, row); it; ++it) {
      EXPECT_NE(it.row(), it.col());
      EXPECT_GT(it.value(), 0.0f);
      EXPECT_EQ(it.value(), graph.coeff(it.col(), it.row()))
          << it.row() << ", " << it.col();
    }
  }
}

// The example of term_matrix_test.cc: S0 = cat sat cat, S1 = dog sat,
// S2 = cat. Unit rows S0 = (cat 0.8610370, sat 0.5085423),
// S1 = (sat 0.6053485, dog 0.7959605), S2 = (cat 1):
//   cos(S0, S1) = 0.5085423 * 0.6053485 = 0.3078453
//   cos(S0, S2) = 0.8610370
//   cos(S1, S2) = 0 (nothing shared: no edge)
TermMatrix Example() {
  return BuildTermMatrix({{"cat", "sat", "cat"}, {"dog", "sat"}, {"cat"}});
}

TEST(CosineGraphTest, HandComputedExample) {
  const AdjacencyMatrix graph = Cosine(Example(), 0.0f);
  ASSERT_EQ(graph.rows(), 3);
  EXPECT_EQ(graph.nonZeros(), 4);
  EXPECT_NEAR(graph.coeff(0, 1), 0.3078453f, kTolerance);
  EXPECT_NEAR(graph.coeff(0, 2), 0.8610370f, kTolerance);
  EXPECT_EQ(graph.coeff(1, 2), 0.0f);
  ExpectSymmetricWithoutDiagonal(graph);
}

TEST(CosineGraphTest, ThresholdPrunes) {
  const AdjacencyMatrix graph = Cosine(Example(), 0.5f);
  EXPECT_EQ(graph.nonZeros(), 2);
  EXPECT_EQ(graph.coeff(0, 1), 0.0f);
  EXPECT_NEAR(graph.coeff(2, 0), 0.8610370f, kTolerance);
  // Strictly greater: an edge exactly at the threshold goes.
  const float weight = Cosine(Example(), 0.0f).coeff(0, 2);
  EXPECT_EQ(Cosine(Example(), weight).nonZeros(), 0);
}

TEST(CosineGraphTest, InvalidThresholdThrows) {
  for (const float bad : {-0.1f, std::numeric_limits<float>::quiet_NaN()}) {
    EXPECT_EQ(testing::ThrownCode([&] { Cosine(Example(), bad); }),
              ErrorCode::kInvalidOptions)
        << bad;
  }
}

TEST(CosineGraphTest, IdenticalSentencesHaveWeightOne) {
  const AdjacencyMatrix graph =
      Cosine(BuildTermMatrix({{"a", "b"}, {"a", "b"}, {"c"}}), 0.0f);
  EXPECT_NEAR(graph.coeff(0, 1), 1.0f, kTolerance);
  EXPECT_EQ(graph.nonZeros(), 2);
}

// Regression: stored weights of zero (LexRank's idf-modified matrix has
// them for a term in every sentence) made the builder count a sentence once
// per shared term, past the end of its list (found by AddressSanitizer).
TEST(CosineGraphTest, StoredZeroWeightsAreHarmless) {
  TermMatrix m = BuildTermMatrix({{"a", "b", "z"},
                                  {"a", "c", "z"},
                                  {"b", "c", "z"},
                                  {"a", "b", "c", "z"}});
  // Column 2 is "z": zero it in every row, keeping the entries.
  for (Eigen::Index row = 0; row < m.tfidf.outerSize(); ++row) {
    for (SparseMatrix::InnerIterator it(m.tfidf, row); it; ++it) {
      if (it.col() == 2) it.valueRef() = 0.0f;
    }
  }
  const AdjacencyMatrix graph = Cosine(m, 0.0f);
  ASSERT_EQ(graph.rows(), 4);
  for (Eigen::Index i = 0; i < 4; ++i) {
    for (Eigen::Index j = 0; j < 4; ++j) {
      // The weights are the dot products of the rows as they are now.
      const float expected =
          i == j ? 0.0f : m.tfidf.row(i).dot(m.tfidf.row(j).transpose());
      EXPECT_NEAR(graph.coeff(i, j), expected, 1e-6) << i << ", " << j;
    }
  }
}

TEST(CosineGraphTest, EmptyInputs) {
  EXPECT_EQ(Cosine(BuildTermMatrix(TermRows{}), 0.0f).rows(), 0);
  const AdjacencyMatrix graph = Cosine(BuildTermMatrix({{}, {}, {"a"}}), 0.0f);
  EXPECT_EQ(graph.rows(), 3);
  EXPECT_EQ(graph.nonZeros(), 0);
}

// S0 = a b c (|S0| = 3), S1 = a b d d (4), S2 = e (1), S3 = e (1),
// S4 = a a (2), S5 = (empty).
//   (S0, S1): 2 shared / (ln 3 + ln 4) = 0.8048592
//   (S0, S4): 1 / (ln 3 + ln 2) = 0.5581106; (S1, S4): 1 / (ln 4 + ln 2)
//   (S2, S3): 1 / max(ln 1 + ln 1, ln 2) = 1.4426950
TEST(OverlapGraphTest, HandComputedExample) {
  const TermMatrix m = BuildTermMatrix(
      {{"a", "b", "c"}, {"a", "b", "d", "d"}, {"e"}, {"e"}, {"a", "a"}, {}});
  const AdjacencyMatrix graph = Overlap(m);
  ASSERT_EQ(graph.rows(), 6);
  EXPECT_NEAR(graph.coeff(0, 1), 0.8048592f, kTolerance);
  EXPECT_NEAR(graph.coeff(0, 4), 0.5581106f, kTolerance);
  EXPECT_NEAR(graph.coeff(1, 4), 1.0 / (std::log(4.0) + std::log(2.0)),
              kTolerance);
  EXPECT_NEAR(graph.coeff(2, 3), 1.4426950f, kTolerance);
  EXPECT_EQ(graph.coeff(0, 2), 0.0f);  // nothing shared: no edge
  EXPECT_EQ(graph.nonZeros(), 8);      // 4 edges, both directions
  for (Eigen::Index j = 0; j < 6; ++j) EXPECT_EQ(graph.coeff(5, j), 0.0f);
  ExpectSymmetricWithoutDiagonal(graph);
}

// The graph on a larger pseudo-random corpus against a brute-force dense check.
TEST(SimilarityGraphTest, MatchesBruteForce) {
  std::vector<std::vector<std::string>> sentences;
  unsigned state = 12345;
  auto next = [&state] { return state = state * 1103515245u + 12345u; };
  for (int i = 0; i < 60; ++i) {
    std::vector<std::string> terms;
    const unsigned length = (next() >> 16) % 8;
    for (unsigned j = 0; j < length; ++j) {
      terms.push_back(
          std::string("w").append(std::to_string((next() >> 16) % 40)));
    }
    sentences.push_back(terms);
  }
  const TermMatrix m = BuildTermMatrix(sentences);
  const AdjacencyMatrix cosine = Cosine(m, 0.0f);
  const AdjacencyMatrix overlap = Overlap(m);
  ExpectSymmetricWithoutDiagonal(cosine);
  ExpectSymmetricWithoutDiagonal(overlap);

  const Eigen::MatrixXf x(m.tfidf);
  const Eigen::MatrixXf binary = Eigen::MatrixXf(m.counts).cwiseSign();
  for (Eigen::Index i = 0; i < x.rows(); ++i) {
    for (Eigen::Index j = 0; j < x.rows(); ++j) {
      const float shared = binary.row(i).dot(binary.row(j));
      if (i == j || shared == 0) {
        EXPECT_EQ(cosine.coeff(i, j), 0.0f);
        EXPECT_EQ(overlap.coeff(i, j), 0.0f);
        continue;
      }
      EXPECT_NEAR(cosine.coeff(i, j), x.row(i).dot(x.row(j)), kTolerance);
      const double denominator = std::max(
          std::log(
              static_cast<double>(m.lengths[static_cast<std::size_t>(i)])) +
              std::log(
                  static_cast<double>(m.lengths[static_cast<std::size_t>(j)])),
          std::log(2.0));
      EXPECT_NEAR(overlap.coeff(i, j), shared / denominator, kTolerance);
    }
  }
}

// S0..S3 all hold "common"; S0/S1 also share "x", S2/S3 share "y". With
// "common" over the frequency limit (df 4 > floor 3, share 0), only the x
// and y pairs stay linked.
TEST(SimilarityGraphTest, FrequentTermsLinkNothing) {
  const TermMatrix m = BuildTermMatrix(
      {{"common", "x"}, {"common", "x"}, {"common", "y"}, {"common", "y"}});
  GraphLimits limits;
  limits.frequent_floor = 3;
  limits.frequent_share = 0;
  for (const AdjacencyMatrix& graph :
       {Cosine(m, 0.0f, limits), Overlap(m, limits)}) {
    EXPECT_EQ(graph.nonZeros(), 4);
    EXPECT_GT(graph.coeff(0, 1), 0.0f);
    EXPECT_GT(graph.coeff(2, 3), 0.0f);
    EXPECT_EQ(graph.coeff(0, 2), 0.0f);
    ExpectSymmetricWithoutDiagonal(graph);
  }
  // The default floor leaves a small text alone: every pair linked.
  EXPECT_EQ(Overlap(m).nonZeros(), 12);
}

// The default limits: a term in 192 sentences (the floor) still links
// them, in 193 it links none. Each sentence holds the shared term and one
// of its own, so only the shared term can link two of them.
TEST(SimilarityGraphTest, DefaultFloorIs192Sentences) {
  for (const std::size_t sentences : {std::size_t{192}, std::size_t{193}}) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < sentences; ++i) {
      rows.push_back({"shared", "own" + std::to_string(i)});
    }
    const UndirectedGraph graph = OverlapGraph(BuildTermMatrix(rows));
    EXPECT_EQ(graph.edges() > 0, sentences <= 192) << sentences;
  }
}

// S0 shares 3 terms with S1, 2 with S2 and 1 with S3; S1..S3 share nothing
// else. With one neighbour per sentence, S0 keeps S1; S2 and S3 keep S0 (their
// only neighbour), and the union keeps those edges in both directions.
TEST(SimilarityGraphTest, NeighbourCapKeepsTheHeaviestAndStaysSymmetric) {
  const TermMatrix m = BuildTermMatrix(
      {{"a", "b", "c", "d", "e", "f"}, {"a", "b", "c"}, {"d", "e"}, {"f"}});
  GraphLimits limits;
  limits.max_neighbors = 1;
  const AdjacencyMatrix overlap = Overlap(m, limits);
  EXPECT_EQ(overlap.nonZeros(), 6);  // edges 0-1, 0-2, 0-3
  EXPECT_GT(overlap.coeff(0, 1), 0.0f);
  EXPECT_GT(overlap.coeff(0, 2), 0.0f);
  EXPECT_GT(overlap.coeff(0, 3), 0.0f);
  ExpectSymmetricWithoutDiagonal(overlap);
  const AdjacencyMatrix capped = Cosine(m, 0.0f, limits);
  ExpectSymmetricWithoutDiagonal(capped);
  // Unlimited, every shared-term pair is an edge, as before.
  limits.max_neighbors = 0;
  EXPECT_EQ(Overlap(m, limits).nonZeros(), 6);
}

// Pseudo-random sentences over a small vocabulary (so that terms repeat and
// some pass the frequency limit), some of them empty.
std::vector<std::vector<std::string>> RandomSentences(unsigned seed, int count,
                                                      unsigned vocabulary) {
  std::vector<std::vector<std::string>> sentences;
  unsigned state = seed;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  for (int i = 0; i < count; ++i) {
    std::vector<std::string> terms;
    const unsigned length = next() % 9;
    for (unsigned j = 0; j < length; ++j) {
      terms.push_back(
          std::string("w").append(std::to_string(next() % vocabulary)));
    }
    sentences.push_back(terms);
  }
  return sentences;
}

// A candidate edge of the reference builders.
struct Edge {
  Eigen::Index col;
  float weight;
};

// The terms (columns of `x`) within the frequency limit: stored (non-zero)
// in at most max(floor, share × n) rows.
std::vector<bool> KeptTerms(const Eigen::MatrixXf& x,
                            const GraphLimits& limits) {
  const double max_df =
      std::max(static_cast<double>(limits.frequent_floor),
               limits.frequent_share * static_cast<double>(x.rows()));
  std::vector<bool> kept_term(static_cast<std::size_t>(x.cols()));
  for (Eigen::Index t = 0; t < x.cols(); ++t) {
    kept_term[static_cast<std::size_t>(t)] =
        static_cast<double>((x.col(t).array() != 0).count()) <= max_df;
  }
  return kept_term;
}

// The plain assembly of candidate edges per row: each row's candidates
// sorted by weight (ties to the lower index) and cut to the cap, and the
// kept edges of both ends assembled through triplets, the first of two
// equal ones kept.
AdjacencyMatrix ReferenceUnion(std::vector<std::vector<Edge>> rows,
                               const GraphLimits& limits) {
  const auto n = static_cast<Eigen::Index>(rows.size());
  std::vector<Eigen::Triplet<float>> triplets;
  for (Eigen::Index i = 0; i < n; ++i) {
    std::vector<Edge>& row = rows[static_cast<std::size_t>(i)];
    std::sort(row.begin(), row.end(), [](const Edge& a, const Edge& b) {
      return a.weight > b.weight || (a.weight == b.weight && a.col < b.col);
    });
    if (limits.max_neighbors > 0 && row.size() > limits.max_neighbors) {
      row.resize(limits.max_neighbors);
    }
    for (const Edge& edge : row) {
      triplets.emplace_back(i, edge.col, edge.weight);
      triplets.emplace_back(edge.col, i, edge.weight);
    }
  }
  AdjacencyMatrix graph(n, n);
  graph.setFromTriplets(triplets.begin(), triplets.end(),
                        [](float a, float) { return a; });
  return graph;
}

// The graphs as specified, built the plain way: every pair's weight from a
// dense sum in ascending term order, assembled by ReferenceUnion.
AdjacencyMatrix ReferenceGraph(const TermMatrix& m, bool cosine,
                               float min_weight, const GraphLimits& limits) {
  const Eigen::MatrixXf x(cosine ? m.tfidf : m.counts);
  const auto n = x.rows();
  const std::vector<bool> kept_term = KeptTerms(x, limits);
  std::vector<std::vector<Edge>> rows(static_cast<std::size_t>(n));
  for (Eigen::Index i = 0; i < n; ++i) {
    std::vector<Edge>& row = rows[static_cast<std::size_t>(i)];
    for (Eigen::Index j = 0; j < n; ++j) {
      float dot = 0;  // in float, as the graph sums
      double shared = 0;
      for (Eigen::Index t = 0; t < x.cols(); ++t) {
        if (!kept_term[static_cast<std::size_t>(t)] || x(i, t) == 0 ||
            x(j, t) == 0) {
          continue;
        }
        dot += x(i, t) * x(j, t);
        shared += 1;
      }
      if (i == j || shared == 0) continue;
      float weight = static_cast<float>(dot);
      if (!cosine) {
        const double denominator = std::max(
            std::log(
                static_cast<double>(m.lengths[static_cast<std::size_t>(i)])) +
                std::log(static_cast<double>(
                    m.lengths[static_cast<std::size_t>(j)])),
            std::numbers::ln2);
        weight = static_cast<float>(shared / denominator);
      }
      if (weight > min_weight) row.push_back({j, weight});
    }
  }
  return ReferenceUnion(std::move(rows), limits);
}

// Same size, same entries at the same places, same weights bit for bit.
void ExpectIdentical(const AdjacencyMatrix& actual,
                     const AdjacencyMatrix& expected) {
  ASSERT_EQ(actual.rows(), expected.rows());
  ASSERT_EQ(actual.cols(), expected.cols());
  ASSERT_EQ(actual.nonZeros(), expected.nonZeros());
  ASSERT_TRUE(actual.isCompressed());
  for (Eigen::Index row = 0; row < expected.outerSize(); ++row) {
    AdjacencyMatrix::InnerIterator a(actual, row);
    for (AdjacencyMatrix::InnerIterator e(expected, row); e; ++e, ++a) {
      ASSERT_TRUE(a) << "row " << row;
      EXPECT_EQ(a.col(), e.col()) << "row " << row;
      EXPECT_EQ(a.value(), e.value()) << row << ", " << e.col();
    }
    EXPECT_FALSE(a) << "row " << row;
  }
}

// The compressed-row assembly against the reference, on random texts, with
// and without the cap and the frequency limit.
TEST(SimilarityGraphTest, MatchesTripletReferenceOnRandomTexts) {
  std::vector<GraphLimits> all_limits(4);
  all_limits[0].max_neighbors = 0;
  all_limits[1].max_neighbors = 1;
  all_limits[2].max_neighbors = 3;
  all_limits[2].frequent_floor = 6;
  all_limits[2].frequent_share = 0;
  all_limits[3].max_neighbors = 5;
  all_limits[3].frequent_floor = 0;
  all_limits[3].frequent_share = 0.2;
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const TermMatrix m =
        BuildTermMatrix(RandomSentences(seed, 45, 10 + 5 * seed));
    for (const GraphLimits& limits : all_limits) {
      SCOPED_TRACE(::testing::Message()
                   << "seed " << seed << ", cap " << limits.max_neighbors
                   << ", floor " << limits.frequent_floor);
      ExpectIdentical(Cosine(m, 0.0f, limits),
                      ReferenceGraph(m, true, 0.0f, limits));
      ExpectIdentical(Cosine(m, 0.2f, limits),
                      ReferenceGraph(m, true, 0.2f, limits));
      ExpectIdentical(Overlap(m, limits),
                      ReferenceGraph(m, false, 0.0f, limits));
    }
  }
}

// The union by hand, one neighbour per sentence. S0..S3 = {a b c d},
// {a b c e}, {b c f}, {f}:
//   overlap(0, 1) = 3 / (ln 4 + ln 4) = 1.082
//   overlap(0, 2) = overlap(1, 2) = 2 / (ln 4 + ln 3) = 0.805
//   overlap(2, 3) = 1 / max(ln 3 + ln 1, ln 2) = 0.910
// S0 and S1 keep each other, S2 and S3 keep each other: S0-S2 and S1-S2,
// kept by neither end, go.
TEST(SimilarityGraphTest, UnionOfKeptEdgesByHand) {
  const TermMatrix m = BuildTermMatrix(
      {{"a", "b", "c", "d"}, {"a", "b", "c", "e"}, {"b", "c", "f"}, {"f"}});
  GraphLimits limits;
  limits.max_neighbors = 1;
  const AdjacencyMatrix graph = Overlap(m, limits);
  EXPECT_EQ(graph.nonZeros(), 4);
  EXPECT_NEAR(graph.coeff(0, 1), 3 / (2 * std::log(4.0)), kTolerance);
  EXPECT_NEAR(graph.coeff(2, 3), 1 / std::log(3.0), kTolerance);
  EXPECT_EQ(graph.coeff(0, 2), 0.0f);
  EXPECT_EQ(graph.coeff(1, 2), 0.0f);
  ExpectSymmetricWithoutDiagonal(graph);
}

// A compressed rows × cols matrix holding `entries` (row, col, value).
SparseMatrix Matrix(Eigen::Index rows, Eigen::Index cols,
                    const std::vector<Eigen::Triplet<float>>& entries) {
  SparseMatrix matrix(rows, cols);
  matrix.setFromTriplets(entries.begin(), entries.end());
  matrix.makeCompressed();
  return matrix;
}

// Q and D over terms a, b, c (columns 0, 1, 2), as (q, d):
//   S0 = a (1, 2),   b (2, 1)
//   S1 = a (3, 0.5), c (1, 4)
//   S2 = b (1, 3),   c (2, 1)
// Each pair shares one term:
//   w(0, 1) = (q0 d1 + d0 q1) / 2 over a = (1 × 0.5 + 2 × 3) / 2 = 3.25
//   w(0, 2) = over b = (2 × 3 + 1 × 1) / 2 = 3.5
//   w(1, 2) = over c = (1 × 1 + 4 × 2) / 2 = 4.5
// all exact in binary.
SparseMatrix HandQuery() {
  return Matrix(
      3, 3, {{0, 0, 1}, {0, 1, 2}, {1, 0, 3}, {1, 2, 1}, {2, 1, 1}, {2, 2, 2}});
}
SparseMatrix HandDocument() {
  return Matrix(
      3, 3,
      {{0, 0, 2}, {0, 1, 1}, {1, 0, 0.5f}, {1, 2, 4}, {2, 1, 3}, {2, 2, 1}});
}

TEST(BilinearGraphTest, HandComputedExample) {
  const AdjacencyMatrix graph = Bilinear(HandQuery(), HandDocument());
  ASSERT_EQ(graph.rows(), 3);
  EXPECT_EQ(graph.nonZeros(), 6);
  EXPECT_EQ(graph.coeff(0, 1), 3.25f);
  EXPECT_EQ(graph.coeff(0, 2), 3.5f);
  EXPECT_EQ(graph.coeff(1, 2), 4.5f);
  ExpectSymmetricWithoutDiagonal(graph);
}

// The roles of the two matrices are symmetric: swapping them swaps the
// products in each term's sum, not the sums.
TEST(BilinearGraphTest, SwappingQueryAndDocumentChangesNothing) {
  const AdjacencyMatrix graph = Bilinear(HandDocument(), HandQuery());
  EXPECT_EQ(graph.coeff(0, 1), 3.25f);
  EXPECT_EQ(graph.coeff(0, 2), 3.5f);
  EXPECT_EQ(graph.coeff(1, 2), 4.5f);
}

// With one neighbour each, in the example above: S0 keeps S2 (3.5 > 3.25),
// S1 keeps S2 (4.5 > 3.25), S2 keeps S1. The union holds 0-2 and 1-2; 0-1,
// kept by neither end, goes.
TEST(BilinearGraphTest, NeighbourCapKeepsTheHeaviestAndStaysSymmetric) {
  GraphLimits limits;
  limits.max_neighbors = 1;
  const AdjacencyMatrix graph = Bilinear(HandQuery(), HandDocument(), limits);
  EXPECT_EQ(graph.nonZeros(), 4);
  EXPECT_EQ(graph.coeff(0, 1), 0.0f);
  EXPECT_EQ(graph.coeff(0, 2), 3.5f);
  EXPECT_EQ(graph.coeff(1, 2), 4.5f);
  ExpectSymmetricWithoutDiagonal(graph);
}

// S0..S3 all hold "common"; S0/S1 also share "x", S2/S3 share "y"; q is the
// count (1) and d = 2 everywhere, so a pair sharing one term weighs
// (1 × 2 + 2 × 1) / 2 = 2 and one sharing two weighs 4. Over the frequency
// limit (df 4 > floor 3, share 0), "common" links nothing.
TEST(BilinearGraphTest, FrequentTermsLinkNothing) {
  const TermMatrix m = BuildTermMatrix(
      {{"common", "x"}, {"common", "x"}, {"common", "y"}, {"common", "y"}});
  SparseMatrix document = m.counts;
  document.coeffs().setConstant(2);
  EXPECT_EQ(Bilinear(m.counts, document).coeff(0, 1), 4.0f);
  EXPECT_EQ(Bilinear(m.counts, document).coeff(0, 2), 2.0f);
  GraphLimits limits;
  limits.frequent_floor = 3;
  limits.frequent_share = 0;
  const AdjacencyMatrix graph = Bilinear(m.counts, document, limits);
  EXPECT_EQ(graph.nonZeros(), 4);
  EXPECT_EQ(graph.coeff(0, 1), 2.0f);
  EXPECT_EQ(graph.coeff(2, 3), 2.0f);
  EXPECT_EQ(graph.coeff(0, 2), 0.0f);
  ExpectSymmetricWithoutDiagonal(graph);
}

// A pair whose shared terms all have zero values weighs 0: no edge, and
// the sentence it meets is not counted twice either.
TEST(BilinearGraphTest, ZeroWeightPairsGetNoEdge) {
  const SparseMatrix query =
      Matrix(3, 2, {{0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {2, 1, 1}});
  const SparseMatrix document =
      Matrix(3, 2, {{0, 0, 0}, {1, 0, 0}, {1, 1, 1}, {2, 1, 1}});
  const AdjacencyMatrix graph = Bilinear(query, document);
  EXPECT_EQ(graph.nonZeros(), 2);
  EXPECT_EQ(graph.coeff(0, 1), 0.0f);
  EXPECT_EQ(graph.coeff(1, 2), 1.0f);
}

// Symmetry bit for bit where rounding decides the weight. S0 and S1 share
// terms t0 and t1 with (q, d) =
//   t0: S0 (1, 0),              S1 (1, 1)
//   t1: S0 (1, 2^-24 + 2^-47),  S1 (1, 2^-24)
// so t0 adds q0 d1 + d0 q1 = 1 and t1 the products a = q0 d1 = 2^-24 and
// b = d0 q1 = 2^-24 + 2^-47, whose float sum is 2^-23 (the exact sum lies
// halfway between two floats and rounds to even): the sum is 1 + 2^-23 and
// the weight 0.5 + 2^-24. Adding t1's two products one at a time, in the
// order each end sees them, would give (1 + a) + b = 1 + 2^-23 from S0 but
// (1 + b) + a = 1 + 2^-22 from S1: an asymmetric graph.
TEST(BilinearGraphTest, SymmetricWhereTheLastBitDecides) {
  const auto p = [](int e) { return std::ldexp(1.0f, e); };
  const SparseMatrix query =
      Matrix(2, 2, {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}});
  const SparseMatrix document = Matrix(
      2, 2, {{0, 0, 0}, {0, 1, p(-24) + p(-47)}, {1, 0, 1}, {1, 1, p(-24)}});
  // The premise: one product at a time, the two ends would differ.
  const float a = p(-24);
  const float b = p(-24) + p(-47);
  ASSERT_NE((1.0f + a) + b, (1.0f + b) + a);
  const AdjacencyMatrix graph = Bilinear(query, document);
  EXPECT_EQ(graph.coeff(0, 1), 0.5f + p(-24));
  EXPECT_EQ(graph.coeff(1, 0), 0.5f + p(-24));
}

// Throws Error(kInternal) for BilinearGraph(query, document).
void ExpectPatternError(const SparseMatrix& query,
                        const SparseMatrix& document) {
  EXPECT_EQ(testing::ThrownCode([&] { Bilinear(query, document); }),
            ErrorCode::kInternal);
}

TEST(BilinearGraphTest, DifferentPatternsThrow) {
  SparseMatrix extra_entry = HandDocument();
  extra_entry.coeffRef(0, 2) = 1;  // an entry the query does not have
  extra_entry.makeCompressed();
  ExpectPatternError(HandQuery(), extra_entry);
  ExpectPatternError(HandQuery(), Matrix(4, 3, {}));  // another shape
  SparseMatrix uncompressed = HandDocument();
  uncompressed.uncompress();
  ExpectPatternError(HandQuery(), uncompressed);
}

TEST(BilinearGraphTest, EmptyInputs) {
  EXPECT_EQ(Bilinear(Matrix(0, 0, {}), Matrix(0, 0, {})).rows(), 0);
  const AdjacencyMatrix graph =
      Bilinear(Matrix(3, 1, {{2, 0, 1}}), Matrix(3, 1, {{2, 0, 1}}));
  EXPECT_EQ(graph.rows(), 3);
  EXPECT_EQ(graph.nonZeros(), 0);
}

// The bilinear graph as specified, built the plain way: every pair's
// (q_i · d_j + d_i · q_j) / 2 over the kept terms from a dense sum in
// ascending term order, assembled by ReferenceUnion.
AdjacencyMatrix ReferenceBilinearGraph(const SparseMatrix& query,
                                       const SparseMatrix& document,
                                       const GraphLimits& limits) {
  const Eigen::MatrixXf q(query);
  const Eigen::MatrixXf d(document);
  const auto n = q.rows();
  const std::vector<bool> kept_term = KeptTerms(q, limits);
  std::vector<std::vector<Edge>> rows(static_cast<std::size_t>(n));
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < n; ++j) {
      if (i == j) continue;
      float sum = 0;  // in float, as the graph sums
      for (Eigen::Index t = 0; t < q.cols(); ++t) {
        if (!kept_term[static_cast<std::size_t>(t)] || q(i, t) == 0 ||
            q(j, t) == 0) {
          continue;
        }
        sum += q(i, t) * d(j, t) + d(i, t) * q(j, t);
      }
      const auto weight = static_cast<float>(sum / 2);
      if (weight > 0) rows[static_cast<std::size_t>(i)].push_back({j, weight});
    }
  }
  return ReferenceUnion(std::move(rows), limits);
}

// Against the reference, bit for bit, on random texts: q the counts, d
// pseudo-random values over six orders of magnitude (so that the order of
// summation would show in the last bits), with and without the cap and the
// frequency limit; and symmetric bit for bit.
TEST(BilinearGraphTest, MatchesDirectPairwiseComputationOnRandomTexts) {
  std::vector<GraphLimits> all_limits(4);
  all_limits[0].max_neighbors = 0;
  all_limits[1].max_neighbors = 1;
  all_limits[2].max_neighbors = 3;
  all_limits[2].frequent_floor = 6;
  all_limits[2].frequent_share = 0;
  all_limits[3].max_neighbors = 5;
  all_limits[3].frequent_floor = 0;
  all_limits[3].frequent_share = 0.2;
  unsigned state = 777;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  for (unsigned seed = 21; seed <= 26; ++seed) {
    const TermMatrix m =
        BuildTermMatrix(RandomSentences(seed, 45, 10 + 5 * seed));
    SparseMatrix document = m.counts;
    for (Eigen::Index k = 0; k < document.nonZeros(); ++k) {
      document.valuePtr()[k] = static_cast<float>(
          std::pow(10.0, static_cast<double>(next() % 7) - 3) *
          (1 + static_cast<double>(next() % 1000) / 997));
    }
    for (const GraphLimits& limits : all_limits) {
      SCOPED_TRACE(::testing::Message()
                   << "seed " << seed << ", cap " << limits.max_neighbors
                   << ", floor " << limits.frequent_floor);
      const AdjacencyMatrix graph = Bilinear(m.counts, document, limits);
      ExpectIdentical(graph,
                      ReferenceBilinearGraph(m.counts, document, limits));
      ExpectSymmetricWithoutDiagonal(graph);
      if (limits.max_neighbors > 0) {
        EXPECT_LE(
            static_cast<std::size_t>(graph.nonZeros()),
            2 * limits.max_neighbors * static_cast<std::size_t>(graph.rows()));
      }
    }
  }
}

}  // namespace
}  // namespace summarize::internal
