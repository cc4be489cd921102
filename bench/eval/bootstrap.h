// Percentile bootstrap confidence intervals of a mean, and of the mean
// paired difference of two per-document score lists.
#ifndef SUMMARIZE_BENCH_EVAL_BOOTSTRAP_H_
#define SUMMARIZE_BENCH_EVAL_BOOTSTRAP_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace summarize::eval {

// A closed interval [low, high]. Both are NaN when there was nothing to
// resample.
struct Interval {
  double low = 0;
  double high = 0;
};

// The plain mean of `values`; NaN when empty.
double Mean(std::span<const double> values);

// A fixed set of bootstrap resamples of n documents: `resamples` draws of n
// document indices with replacement, made once from `seed`. Every list
// scored with one Bootstrap is resampled with the same indices, so two
// methods' intervals are paired by construction and the same seed always
// gives the same intervals.
//
// Cost: resamples × n indices (4 bytes each) of memory; each interval is
// O(resamples × n) time. Const methods are safe to call from many threads.
class Bootstrap {
 public:
  // Resample count used by summarize-eval unless told otherwise.
  static constexpr std::size_t kDefaultResamples = 1000;

  // Draws the resamples for `n` documents. `resamples` >= 1.
  Bootstrap(std::size_t n, std::uint64_t seed,
            std::size_t resamples = kDefaultResamples);

  std::size_t size() const { return n_; }
  std::size_t resamples() const { return resamples_; }

  // The mean of `values` over each resample, in resample order. Throws
  // std::invalid_argument unless values.size() == size().
  std::vector<double> ResampleMeans(std::span<const double> values) const;

  // The percentile interval of the mean of `values` at confidence `level`
  // (0.95: the 2.5th and 97.5th percentiles of the resample means, linearly
  // interpolated between order statistics). Empty `values` give NaNs; one
  // value or equal values give [value, value]. Throws as ResampleMeans.
  Interval MeanInterval(std::span<const double> values,
                        double level = 0.95) const;

  // The paired percentile interval of mean(a) - mean(b): the interval of
  // the per-document differences a[i] - b[i], resampled together. Throws
  // std::invalid_argument unless both have size() values.
  Interval DifferenceInterval(std::span<const double> a,
                              std::span<const double> b,
                              double level = 0.95) const;

 private:
  std::size_t n_;
  std::size_t resamples_;
  // Resample r is indices_[r * n_, (r + 1) * n_).
  std::vector<std::uint32_t> indices_;
};

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_BOOTSTRAP_H_
