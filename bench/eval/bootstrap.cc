// Percentile bootstrap over a fixed, seeded set of resamples.
#include "eval/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>

#include "eval/seeded_random.h"

namespace summarize::eval {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The `p` quantile (0 <= p <= 1) of sorted `values`, interpolating linearly
// between the two nearest order statistics (Hyndman & Fan type 7, numpy's
// default).
double Quantile(const std::vector<double>& sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

}  // namespace

double Mean(std::span<const double> values) {
  if (values.empty()) return kNaN;
  double sum = 0;
  for (const double value : values) sum += value;
  return sum / static_cast<double>(values.size());
}

Bootstrap::Bootstrap(std::size_t n, std::uint64_t seed, std::size_t resamples)
    : n_(n), resamples_(std::max<std::size_t>(resamples, 1)) {
  if (n_ > std::numeric_limits<std::uint32_t>::max()) {
    throw std::invalid_argument("bootstrap: too many documents");
  }
  std::mt19937_64 rng(seed);
  indices_.resize(resamples_ * n_);
  for (std::uint32_t& index : indices_) {
    index = static_cast<std::uint32_t>(UniformBelow(rng, n_));
  }
}

std::vector<double> Bootstrap::ResampleMeans(
    std::span<const double> values) const {
  if (values.size() != n_) {
    throw std::invalid_argument("bootstrap: expected " + std::to_string(n_) +
                                " values, got " +
                                std::to_string(values.size()));
  }
  std::vector<double> means(resamples_, kNaN);
  if (n_ == 0) return means;
  for (std::size_t r = 0; r < resamples_; ++r) {
    const std::uint32_t* resample = indices_.data() + r * n_;
    double sum = 0;
    for (std::size_t i = 0; i < n_; ++i) sum += values[resample[i]];
    means[r] = sum / static_cast<double>(n_);
  }
  return means;
}

Interval Bootstrap::MeanInterval(std::span<const double> values,
                                 double level) const {
  std::vector<double> means = ResampleMeans(values);
  if (n_ == 0) return {kNaN, kNaN};
  std::sort(means.begin(), means.end());
  const double tail = (1 - level) / 2;
  return {Quantile(means, tail), Quantile(means, 1 - tail)};
}

Interval Bootstrap::DifferenceInterval(std::span<const double> a,
                                       std::span<const double> b,
                                       double level) const {
  if (a.size() != b.size()) {
    throw std::invalid_argument("bootstrap: paired lists differ in size");
  }
  std::vector<double> differences(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) differences[i] = a[i] - b[i];
  return MeanInterval(differences, level);
}

}  // namespace summarize::eval
