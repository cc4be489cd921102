#include "rank/sumbasic.h"

#include <Eigen/SparseCore>

#include "rank/choice_order.h"

namespace summarize::internal {
namespace {

using ColumnMatrix = Eigen::SparseMatrix<float, Eigen::ColMajor>;

// Mean p(w) over the sentence's term occurrences (0 for an empty one).
double Weight(const SparseMatrix& counts, Eigen::Index row,
              const std::vector<double>& p) {
  double sum = 0;
  double length = 0;
  for (SparseMatrix::InnerIterator it(counts, row); it; ++it) {
    sum += it.value() * p[static_cast<std::size_t>(it.col())];
    length += it.value();
  }
  return length > 0 ? sum / length : 0;
}

// The initial probabilities p(w) = count(w) / total.
std::vector<double> Probabilities(const SparseMatrix& counts) {
  std::vector<double> p(static_cast<std::size_t>(counts.cols()), 0);
  double total = 0;
  for (Eigen::Index k = 0; k < counts.nonZeros(); ++k) {
    p[static_cast<std::size_t>(counts.innerIndexPtr()[k])] +=
        counts.valuePtr()[k];
    total += counts.valuePtr()[k];
  }
  if (total > 0) {
    for (double& value : p) value /= total;
  }
  return p;
}

}  // namespace

std::vector<std::size_t> SumBasicOrder(const TermMatrix& matrix,
                                       std::size_t picks,
                                       const Cancellation& cancel) {
  const SparseMatrix& counts = matrix.counts;
  const auto n = static_cast<std::size_t>(counts.rows());
  const auto terms = static_cast<std::size_t>(counts.cols());
  std::vector<double> p = Probabilities(counts);
  const ColumnMatrix postings = counts;  // column t: the sentences using t
  // Unchosen sentences containing each term.
  std::vector<std::size_t> open(terms, 0);
  for (std::size_t t = 0; t < terms; ++t) {
    open[t] = static_cast<std::size_t>(postings.outerIndexPtr()[t + 1] -
                                       postings.outerIndexPtr()[t]);
  }
  std::vector<bool> chosen(n, false);
  std::vector<std::size_t> order;
  while (order.size() < picks) {
    cancel.Check();
    std::size_t top = terms;
    for (std::size_t t = 0; t < terms; ++t) {
      if (open[t] > 0 && (top == terms || p[t] > p[top])) top = t;
    }
    if (top == terms) break;  // every sentence with a term is chosen
    Eigen::Index best = -1;
    double best_weight = -1;
    for (ColumnMatrix::InnerIterator it(postings,
                                        static_cast<Eigen::Index>(top));
         it; ++it) {
      if (chosen[static_cast<std::size_t>(it.row())]) continue;
      const double weight = Weight(counts, it.row(), p);
      if (weight > best_weight) {  // rows ascend: ties keep the earlier
        best_weight = weight;
        best = it.row();
      }
    }
    chosen[static_cast<std::size_t>(best)] = true;
    order.push_back(static_cast<std::size_t>(best));
    for (SparseMatrix::InnerIterator it(counts, best); it; ++it) {
      const auto t = static_cast<std::size_t>(it.col());
      p[t] *= p[t];
      --open[t];
    }
  }
  return order;
}

Scores SumBasic(const RankInput& input) {
  const SparseMatrix& counts = input.matrix.counts;
  const auto n = static_cast<std::size_t>(counts.rows());
  const std::vector<double> p = Probabilities(counts);
  Scores initial(n);
  for (std::size_t i = 0; i < n; ++i) {
    initial[i] = Weight(counts, static_cast<Eigen::Index>(i), p);
  }
  input.cancel.Check();
  const std::size_t picks =
      GreedyPicks(input.target, n, static_cast<std::size_t>(counts.nonZeros()));
  return ChoiceOrderScores(SumBasicOrder(input.matrix, picks, input.cancel),
                           initial);
}

}  // namespace summarize::internal
