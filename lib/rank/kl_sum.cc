#include "rank/kl_sum.h"

#include <cmath>
#include <limits>

#include "rank/choice_order.h"

namespace summarize::internal {
namespace {

// Add-one smoothing of the summary's distribution: a word the summary lacks
// still has Q(w) > 0, so the divergence is finite.
constexpr double kSmoothing = 1.0;

// The document's distribution P and Σ P log P.
struct DocumentDistribution {
  std::vector<double> p;
  double negative_entropy = 0;
};

DocumentDistribution Distribution(const SparseMatrix& counts) {
  DocumentDistribution d;
  d.p.assign(static_cast<std::size_t>(counts.cols()), 0);
  double total = 0;
  for (Eigen::Index k = 0; k < counts.nonZeros(); ++k) {
    d.p[static_cast<std::size_t>(counts.innerIndexPtr()[k])] +=
        counts.valuePtr()[k];
    total += counts.valuePtr()[k];
  }
  for (double& value : d.p) {
    value /= total;
    if (value > 0) d.negative_entropy += value * std::log(value);
  }
  return d;
}

}  // namespace

// With Q(w) = (c(w) + α) / (N + α V):
//   KL = Σ P log P − Σ_w P(w) log(c(w) + α) + log(N + α V)
// (Σ P = 1), and only the words with c(w) > 0 differ from log α.
double SummaryDivergence(const TermMatrix& matrix,
                         const std::vector<std::size_t>& summary) {
  const SparseMatrix& counts = matrix.counts;
  if (counts.nonZeros() == 0) return 0;
  const DocumentDistribution d = Distribution(counts);
  std::vector<double> c(d.p.size(), 0);
  double length = 0;
  for (const std::size_t s : summary) {
    for (SparseMatrix::InnerIterator it(counts, static_cast<Eigen::Index>(s));
         it; ++it) {
      c[static_cast<std::size_t>(it.col())] += it.value();
      length += it.value();
    }
  }
  double cross = 0;
  for (std::size_t w = 0; w < c.size(); ++w) {
    cross += d.p[w] * std::log(c[w] + kSmoothing);
  }
  const auto v = static_cast<double>(c.size());
  return d.negative_entropy - cross + std::log(length + kSmoothing * v);
}

std::vector<std::size_t> KlSumOrder(const TermMatrix& matrix, std::size_t picks,
                                    const Cancellation& cancel) {
  const SparseMatrix& counts = matrix.counts;
  const auto n = static_cast<std::size_t>(counts.rows());
  std::vector<std::size_t> order;
  if (counts.nonZeros() == 0) return order;
  const DocumentDistribution d = Distribution(counts);
  const auto v = static_cast<double>(d.p.size());
  std::vector<double> c(d.p.size(), 0);  // summary counts
  double length = 0;                     // summary term count
  std::vector<bool> chosen(n, false);
  while (order.size() < picks) {
    cancel.Check();
    // Adding s changes the divergence by
    //   −Σ_{w in s} P(w) [log(c(w) + k_s(w) + α) − log(c(w) + α)]
    //   + log(N + |s| + α V) − log(N + α V);
    // the last term is the same for all, so compare the rest.
    std::size_t best = n;
    double best_change = std::numeric_limits<double>::infinity();
    for (std::size_t s = 0; s < n; ++s) {
      if (chosen[s]) continue;
      double gain = 0;
      double added = 0;
      for (SparseMatrix::InnerIterator it(counts, static_cast<Eigen::Index>(s));
           it; ++it) {
        const auto w = static_cast<std::size_t>(it.col());
        gain += d.p[w] * (std::log(c[w] + it.value() + kSmoothing) -
                          std::log(c[w] + kSmoothing));
        added += it.value();
      }
      const double change = std::log(length + added + kSmoothing * v) - gain;
      if (change < best_change) {
        best_change = change;
        best = s;
      }
    }
    if (best == n) break;
    chosen[best] = true;
    order.push_back(best);
    for (SparseMatrix::InnerIterator it(counts,
                                        static_cast<Eigen::Index>(best));
         it; ++it) {
      c[static_cast<std::size_t>(it.col())] += it.value();
      length += it.value();
    }
  }
  return order;
}

Scores KlSum(const RankInput& input) {
  const SparseMatrix& counts = input.matrix.counts;
  const auto n = static_cast<std::size_t>(counts.rows());
  Scores alone(n, 0.0);
  if (counts.nonZeros() > 0) {
    // The divergence of each sentence alone, from the same closed form.
    const DocumentDistribution d = Distribution(counts);
    const auto v = static_cast<double>(d.p.size());
    const double base = d.negative_entropy - std::log(kSmoothing);
    for (std::size_t s = 0; s < n; ++s) {
      double gain = 0;
      double length = 0;
      for (SparseMatrix::InnerIterator it(counts, static_cast<Eigen::Index>(s));
           it; ++it) {
        const auto w = static_cast<std::size_t>(it.col());
        gain +=
            d.p[w] * (std::log(it.value() + kSmoothing) - std::log(kSmoothing));
        length += it.value();
      }
      alone[s] = std::exp(-(base - gain + std::log(length + kSmoothing * v)));
    }
  }
  input.cancel.Check();
  const std::size_t picks =
      GreedyPicks(input.target, n, static_cast<std::size_t>(counts.nonZeros()));
  return ChoiceOrderScores(KlSumOrder(input.matrix, picks, input.cancel),
                           alone);
}

}  // namespace summarize::internal
