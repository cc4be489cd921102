// Similarity graphs built row by row from an inverted index over terms and
// assembled straight into compressed rows.
#include "model/similarity_graph.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <numbers>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

// Sentence and entry indices inside a graph.
using Index32 = UndirectedGraph::Index;

// The graph a sweep builds, which says what it sums for each pair of
// sentences and how many values each posting carries.
enum class PairWeight {
  kOverlap,   // the number of shared terms: no values
  kCosine,    // Σ a_i a_j, one value a per entry
  kBilinear,  // Σ (q_i d_j + d_i q_j), two values q, d per entry
};

constexpr std::size_t ValuesPerPosting(PairWeight weight) {
  switch (weight) {
    case PairWeight::kOverlap:
      return 0;
    case PairWeight::kCosine:
      return 1;
    case PairWeight::kBilinear:
      return 2;
  }
  return 0;
}

// Sentences containing each term, ascending, with the term's values in that
// sentence (as many as the sweep needs); terms over the frequency limit get
// no postings.
struct InvertedIndex {
  std::vector<std::size_t> offsets;  // term t: [offsets[t], offsets[t + 1])
  std::vector<Index32> rows;
  // ValuesPerPosting per posting, side by side: for kCosine the matrix's value,
  // for kBilinear q (the matrix's) then d (the document's).
  std::vector<float> values;
};

// The index of `matrix`'s pattern. For kBilinear, `document` holds the second
// value of each entry (same pattern, checked by the caller); otherwise it is
// not read.
template <PairWeight kWeight>
InvertedIndex BuildIndex(const SparseMatrix& matrix,
                         [[maybe_unused]] const SparseMatrix& document,
                         const GraphLimits& limits) {
  constexpr std::size_t kWidth = ValuesPerPosting(kWeight);
  const auto terms = static_cast<std::size_t>(matrix.cols());
  const auto n = static_cast<double>(matrix.rows());
  const auto max_df = std::max(static_cast<double>(limits.frequent_floor),
                               limits.frequent_share * n);
  const std::vector<std::size_t> df = DocumentFrequencies(matrix);
  InvertedIndex index;
  index.offsets.assign(terms + 1, 0);
  for (std::size_t t = 0; t < terms; ++t) {
    const bool skipped = static_cast<double>(df[t]) > max_df;
    index.offsets[t + 1] = index.offsets[t] + (skipped ? 0 : df[t]);
  }
  index.rows.resize(index.offsets[terms]);
  index.values.resize(kWidth * index.offsets[terms]);
  std::vector<std::size_t> fill(index.offsets.begin(), index.offsets.end() - 1);
  for (Eigen::Index row = 0; row < matrix.outerSize(); ++row) {
    // For kBilinear both matrices are compressed with one pattern: the
    // iterator walks the row's entries in storage order, and an entry's
    // position in `matrix` is its position in `document`.
    [[maybe_unused]] auto entry =
        static_cast<std::size_t>(matrix.outerIndexPtr()[row]);
    for (SparseMatrix::InnerIterator it(matrix, row); it; ++it, ++entry) {
      const auto t = static_cast<std::size_t>(it.col());
      if (fill[t] == index.offsets[t + 1]) continue;  // skipped: no room
      index.rows[fill[t]] = static_cast<Index32>(row);
      if constexpr (kWeight == PairWeight::kCosine) {
        index.values[fill[t]] = it.value();
      }
      if constexpr (kWeight == PairWeight::kBilinear) {
        index.values[2 * fill[t]] = it.value();
        index.values[2 * fill[t] + 1] = document.valuePtr()[entry];
      }
      ++fill[t];
    }
  }
  return index;
}

// What sentence i shares with sentence j: for the overlap graph the number
// of distinct shared terms; otherwise the sum over the shared terms of the
// dot product Σ a(i, t) × a(j, t) (cosine) or of
// q(i, t) d(j, t) + d(i, t) q(j, t) (bilinear), summed in ascending term
// order so that the sum for (i, j) and for (j, i) is the same, bit for bit:
// each product rounds the same whichever factor comes first, and so does
// each addition of two.
//
// In float, as the weights are kept: the sums are read and written at
// random, and half the bytes of a double keep more of them in cache
// (Stage/Graph/cosine/en-10m 199 → 183 ms; the summaries of the five
// benchmark texts are unchanged).
template <PairWeight kWeight>
using PairSum =
    std::conditional_t<kWeight == PairWeight::kOverlap, std::uint32_t, float>;

// PairSums for every sentence j against one sentence i at a time.
template <PairWeight kWeight>
class PairAccumulator {
  static constexpr bool kShared = kWeight == PairWeight::kOverlap;

 public:
  using Sum = PairSum<kWeight>;

  // `positive_terms`: every shared term adds a positive amount to a sum
  // (every value in the matrices is at least kLeastFactor). Then, as a
  // count of shared terms always does, a sum still 0 tells a first meeting;
  // otherwise (a zero weight, such as an idf of 0 in LexRank's matrix, would
  // count one sentence twice) the accumulator keeps a record of the rows
  // met, which costs a second random access per posting.
  PairAccumulator(std::size_t n, bool positive_terms)
      : sums_(n),
        touched_(n + 1),
        first_by_sum_(kShared || positive_terms),
        met_in_row_(first_by_sum_ ? 0 : n,
                    std::numeric_limits<Index32>::max()) {}

  // Adds every posting of row i's terms: `matrix` is the one the index was
  // built from, `document` (kBilinear only, else not read) the second values
  // as for BuildIndex. Row i meets itself too; Take(i) clears that like any
  // other slot.
  void AddRow(const SparseMatrix& matrix, const SparseMatrix& document,
              Index32 i, const InvertedIndex& index) {
    if (first_by_sum_) {
      AddPostings<true>(matrix, document, i, index);
    } else {
      AddPostings<false>(matrix, document, i, index);
    }
  }

  // The sentences met by the last AddRow, in the order first met.
  std::span<const Index32> touched() const {
    return {touched_.data(), touched_count_};
  }

  // What is shared with `j`; clears j's sum for the next row.
  Sum Take(Index32 j) {
    return std::exchange(sums_[static_cast<std::size_t>(j)], Sum{});
  }

 private:
  template <bool kFirstBySum>
  void AddPostings(const SparseMatrix& matrix,
                   [[maybe_unused]] const SparseMatrix& document, Index32 i,
                   const InvertedIndex& index) {
    // The hot loop of graph building, over raw pointers: through the
    // vectors, every store would make the compiler reload their data
    // pointers.
    Sum* const sums = sums_.data();
    Index32* const touched = touched_.data();
    const Index32* const rows = index.rows.data();
    [[maybe_unused]] const float* const values = index.values.data();
    [[maybe_unused]] Index32* const met_in_row = met_in_row_.data();
    std::size_t count = 0;
    // For kBilinear, both matrices are compressed with one pattern (see
    // BuildIndex): the iterator walks the row's entries in storage order,
    // and the n-th is the n-th of the row in `document` too.
    [[maybe_unused]] const float* second_values =
        kWeight == PairWeight::kBilinear
            ? document.valuePtr() + matrix.outerIndexPtr()[i]
            : nullptr;
    for (SparseMatrix::InnerIterator it(matrix, i); it; ++it) {
      const auto t = static_cast<std::size_t>(it.col());
      const float value = it.value();
      [[maybe_unused]] float second = 0;
      if constexpr (kWeight == PairWeight::kBilinear) {
        second = *second_values++;
      }
      const std::size_t end = index.offsets[t + 1];
      for (std::size_t p = index.offsets[t]; p < end; ++p) {
        Sum& sum = sums[static_cast<std::size_t>(rows[p])];
        // Written always, kept only on first meeting (touched_ has room for
        // one more than n): no branch to mispredict.
        touched[count] = rows[p];
        if constexpr (kFirstBySum) {
          count += sum == Sum{} ? 1 : 0;
        } else {
          Index32& met = met_in_row[static_cast<std::size_t>(rows[p])];
          count += met != i ? 1 : 0;
          met = i;
        }
        if constexpr (kShared) ++sum;
        if constexpr (kWeight == PairWeight::kCosine) {
          sum += value * values[p];
        }
        if constexpr (kWeight == PairWeight::kBilinear) {
          // q_i d_j + d_i q_j: the sum for (j, i) adds the same two
          // products in the other order, which rounds the same.
          const float both =
              value * values[2 * p + 1] + second * values[2 * p];
          sum += both;
        }
      }
    }
    touched_count_ = count;
  }

  std::vector<Sum> sums_;
  std::vector<Index32> touched_;
  std::size_t touched_count_ = 0;
  bool first_by_sum_;
  // Unless first_by_sum_: the row in which each sentence was last met (rows
  // are visited once each, so "met in row i" means "already touched").
  std::vector<Index32> met_in_row_;
};

// The least value whose product with another such value is a positive
// float: 2^-60, whose square, 2^-120, is above the least normal float
// (2^-126). TF-IDF rows hold nothing near that small; a matrix that does
// takes the accumulator's slower path, so no input makes a float product
// of 0 pass for a first meeting.
constexpr float kLeastFactor = 0x1p-60F;

// True if every value `matrix` stores is at least kLeastFactor.
bool FactorsStayPositive(const SparseMatrix& matrix) {
  const float* const values = matrix.valuePtr();
  return std::all_of(values, values + matrix.nonZeros(),
                     [](float value) { return value >= kLeastFactor; });
}

// A candidate edge of the sentence being built, packed so that a plain
// integer comparison orders by weight, then by column: the weight's bits
// (non-negative floats order like their bit patterns) over the complement
// of the column, so that a larger key is a heavier edge or, at equal
// weight, one to a lower index. Integer keys select faster than structs
// compared field by field. Weights must be >= 0. The default key is below
// that of every edge of positive weight.
class EdgeKey {
 public:
  EdgeKey() = default;
  EdgeKey(Index32 col, float weight)
      : key_(std::uint64_t{std::bit_cast<std::uint32_t>(weight)} << 32 |
             ~static_cast<std::uint32_t>(col)) {}
  Index32 col() const {
    return static_cast<Index32>(~static_cast<std::uint32_t>(key_));
  }
  float weight() const {
    return std::bit_cast<float>(static_cast<std::uint32_t>(key_ >> 32));
  }
  // Heavier first; at equal weight, the lower column first.
  bool operator>(const EdgeKey& other) const { return key_ > other.key_; }

 private:
  std::uint64_t key_ = 0;
};

// Moves the `k` largest of `keys` (all distinct) to its front, in no
// particular order, and the next largest to keys[k]; 0 < k < keys.size(). A
// quickselect whose partition swaps unconditionally and advances by the
// comparison: whether a key beats the pivot is nothing a branch predictor can
// learn, and each mispredicted branch of std::nth_element costs more than the
// swap (both graphs of a 1 MB and a 10 MB text built 20% faster than with
// std::nth_element). Falls back to std::nth_element on small or stubborn
// ranges.
void SelectLargest(std::span<EdgeKey> keys, std::size_t k) {
  constexpr std::size_t kSmall = 16;
  std::size_t lo = 0;
  std::size_t hi = keys.size();  // the k-th largest lies in [lo, hi)
  auto rounds_left = 2 * static_cast<int>(std::bit_width(keys.size()));
  while (hi - lo > kSmall && rounds_left-- > 0) {
    // Median of three as the pivot, parked at hi - 1.
    const std::size_t mid = lo + (hi - lo) / 2;
    if (keys[mid] > keys[lo]) std::swap(keys[mid], keys[lo]);
    if (keys[hi - 1] > keys[lo]) std::swap(keys[hi - 1], keys[lo]);
    if (keys[mid] > keys[hi - 1]) std::swap(keys[mid], keys[hi - 1]);
    const EdgeKey pivot = keys[hi - 1];
    std::size_t store = lo;
    for (std::size_t i = lo; i < hi - 1; ++i) {
      const EdgeKey key = keys[i];
      keys[i] = keys[store];
      keys[store] = key;
      store += key > pivot ? 1 : 0;
    }
    std::swap(keys[store], keys[hi - 1]);
    // Now [lo, store) > pivot = keys[store] > (store, hi).
    if (store == k) return;
    if (store > k) {
      hi = store;
    } else {
      lo = store + 1;
    }
  }
  std::nth_element(keys.begin() + static_cast<std::ptrdiff_t>(lo),
                   keys.begin() + static_cast<std::ptrdiff_t>(k),
                   keys.begin() + static_cast<std::ptrdiff_t>(hi),
                   std::greater<>());
}

// The graph of the edges each sentence keeps, built sentence by sentence in
// order. Each sentence keeps its `cap` heaviest edges; an edge is in the
// graph when either end keeps it, stored once: under the sentence that
// keeps it, or under the earlier one when both do.
//
// Whether an earlier sentence kept an edge needs no lookup in its row: it
// kept its `cap` heaviest edges, so it kept this one if the edge is heavier
// than the heaviest it dropped, and the edge has the same weight (bit for
// bit) and so the same key seen from either end. Unlike a union of the
// kept rows, this needs neither their transpose nor rows sorted by column.
class KeptEdges {
 public:
  KeptEdges(std::size_t rows, std::size_t cap)
      : cap_(cap), heaviest_dropped_(rows) {
    // With a cap the edges are bounded: reserve them (pages never written
    // cost no memory) rather than copy the arrays as they grow, which on a
    // 10 MB text copies tens of MB and briefly holds an old and a new array
    // at once.
    constexpr auto kMaxEntries =
        static_cast<std::size_t>(std::numeric_limits<Index32>::max());
    if (cap > 0 && cap <= kMaxEntries / std::max<std::size_t>(rows, 1)) {
      graph_.Reserve(rows * cap);
    }
  }

  // Adds the next sentence: keeps its `cap` heaviest `edges` (ties to the
  // lower column; all when cap is 0) and stores those no earlier sentence
  // kept too. Reorders `edges`.
  void AddRow(std::span<EdgeKey> edges) {
    const auto row = static_cast<Index32>(graph_.nodes());
    if (cap_ > 0 && edges.size() > cap_) {
      SelectLargest(edges, cap_);
      heaviest_dropped_[static_cast<std::size_t>(row)] = edges[cap_];
      edges = edges.first(cap_);
    }
    // Written always, kept by advancing the count: whether the other end
    // kept an edge is nothing a branch predictor can learn.
    if (row_others_.size() < edges.size()) {
      row_others_.resize(edges.size());
      row_weights_.resize(edges.size());
    }
    std::size_t stored = 0;
    for (const EdgeKey edge : edges) {
      const Index32 col = edge.col();
      const bool earlier_kept =
          col < row && EdgeKey(row, edge.weight()) >
                           heaviest_dropped_[static_cast<std::size_t>(col)];
      row_others_[stored] = col;
      row_weights_[stored] = edge.weight();
      stored += earlier_kept ? 0 : 1;
    }
    graph_.AddNode(std::span(row_others_).first(stored),
                   std::span(row_weights_).first(stored));
  }

  UndirectedGraph Take() && { return std::move(graph_); }

 private:
  std::size_t cap_;
  // Per sentence, the key of the heaviest edge it did not keep; the default
  // key (below every edge's) when it kept all its edges.
  std::vector<EdgeKey> heaviest_dropped_;
  // The edges the sentence being added stores, room for all it keeps.
  std::vector<Index32> row_others_;
  std::vector<float> row_weights_;
  UndirectedGraph graph_;
};

// True if the two matrices store entries at exactly the same places.
bool SamePattern(const SparseMatrix& a, const SparseMatrix& b) {
  if (a.rows() != b.rows() || a.cols() != b.cols() ||
      a.nonZeros() != b.nonZeros() || !a.isCompressed() || !b.isCompressed()) {
    return false;
  }
  const auto rows = static_cast<std::size_t>(a.outerSize());
  const auto entries = static_cast<std::size_t>(a.nonZeros());
  return std::equal(a.outerIndexPtr(), a.outerIndexPtr() + rows + 1,
                    b.outerIndexPtr()) &&
         std::equal(a.innerIndexPtr(), a.innerIndexPtr() + entries,
                    b.innerIndexPtr());
}

// ln |S| per sentence, |S| its term count.
std::vector<double> LogLengths(const std::vector<std::size_t>& lengths) {
  std::vector<double> log_length;
  log_length.reserve(lengths.size());
  for (const std::size_t length : lengths) {
    log_length.push_back(std::log(static_cast<double>(length)));
  }
  return log_length;
}

// The graph of the pairs of `matrix`'s rows that share a term kept by the
// index: for kCosine, cosine weights from its values (rows of unit length);
// for kBilinear, half the bilinear sum of its values and `document`'s (same
// pattern, compressed); for kOverlap, overlap weights from its pattern and
// `lengths`. Edges are kept when their weight is > `min_weight`.
//
// Kept out of line: inlined into its single caller, GCC 12 compiles the
// sweep about 8% slower (Stage/Graph/cosine/en-1m 38 → 41 ms).
template <PairWeight kWeight>
[[gnu::noinline]] UndirectedGraph Sweep(const SparseMatrix& matrix,
                                        const SparseMatrix& document,
                                        const std::vector<std::size_t>& lengths,
                                        float min_weight,
                                        const GraphLimits& limits) {
  const auto n = static_cast<Index32>(matrix.rows());
  const auto rows = static_cast<std::size_t>(n);
  const InvertedIndex index = BuildIndex<kWeight>(matrix, document, limits);
  const std::vector<double> log_length = kWeight == PairWeight::kOverlap
                                             ? LogLengths(lengths)
                                             : std::vector<double>();

  PairAccumulator<kWeight> pairs(
      rows, FactorsStayPositive(matrix) &&
                (kWeight != PairWeight::kBilinear ||
                 FactorsStayPositive(document)));
  KeptEdges kept(rows, limits.max_neighbors);
  // Each row's candidate edges. Written through a count rather than
  // push_back: a candidate is stored always and kept by advancing the
  // count, so the threshold costs no branch.
  std::vector<EdgeKey> row_edges(rows);
  for (Index32 i = 0; i < n; ++i) {
    pairs.AddRow(matrix, document, i, index);
    std::size_t count = 0;
    for (const Index32 j : pairs.touched()) {
      const auto sum = pairs.Take(j);
      if (j == i) continue;
      float weight = 0;
      if constexpr (kWeight == PairWeight::kOverlap) {
        // Sentences sharing a term have length >= 1, so the logs are finite.
        const double denominator =
            std::max(log_length[static_cast<std::size_t>(i)] +
                         log_length[static_cast<std::size_t>(j)],
                     std::numbers::ln2);
        weight = static_cast<float>(static_cast<double>(sum) / denominator);
      } else {
        // Halving is exact: the bilinear weight stays symmetric.
        weight = static_cast<float>(kWeight == PairWeight::kBilinear ? 0.5 * sum
                                                                     : sum);
      }
      row_edges[count] = EdgeKey(j, weight);
      count += weight > min_weight ? 1 : 0;
    }
    kept.AddRow(std::span(row_edges).first(count));
  }
  return std::move(kept).Take();
}

}  // namespace

UndirectedGraph CosineGraph(const TermMatrix& matrix, float min_weight,
                            const GraphLimits& limits) {
  if (!(min_weight >= 0)) {  // NaN too
    throw Error(
        ErrorCode::kInvalidOptions,
        "similarity threshold must be >= 0, got " + std::to_string(min_weight));
  }
  return Sweep<PairWeight::kCosine>(matrix.tfidf, matrix.tfidf, {}, min_weight,
                                    limits);
}

UndirectedGraph OverlapGraph(const TermMatrix& matrix,
                             const GraphLimits& limits) {
  return Sweep<PairWeight::kOverlap>(matrix.counts, matrix.counts,
                                     matrix.lengths, 0, limits);
}

UndirectedGraph BilinearGraph(const SparseMatrix& query,
                              const SparseMatrix& document,
                              const GraphLimits& limits) {
  if (!SamePattern(query, document)) {
    throw Error(ErrorCode::kInternal,
                "the two matrices of a bilinear graph differ in shape or "
                "pattern, or are not compressed");
  }
  return Sweep<PairWeight::kBilinear>(query, document, {}, 0, limits);
}

}  // namespace summarize::internal
