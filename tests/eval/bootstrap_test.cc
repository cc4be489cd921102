// Tests for the percentile bootstrap (bench/eval/bootstrap.h).
#include "eval/bootstrap.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

namespace summarize::eval {
namespace {

// `n` scores in [0, 1] from a fixed generator.
std::vector<double> Scores(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<double> values(n);
  for (double& value : values) {
    value = static_cast<double>(rng() % 1000) / 1000.0;
  }
  return values;
}

TEST(BootstrapTest, IntervalContainsTheMean) {
  for (const std::size_t n : {2, 5, 30, 600}) {
    const std::vector<double> values = Scores(n, 7);
    const Bootstrap bootstrap(n, 42);
    const Interval ci = bootstrap.MeanInterval(values);
    const double mean = Mean(values);
    EXPECT_LE(ci.low, mean) << n;
    EXPECT_GE(ci.high, mean) << n;
    EXPECT_LT(ci.low, ci.high) << n;
    EXPECT_GE(ci.low, 0);
    EXPECT_LE(ci.high, 1);
  }
}

TEST(BootstrapTest, IntervalNarrowsWithMoreDocuments) {
  const std::vector<double> small = Scores(50, 3);
  const std::vector<double> large = Scores(5000, 3);
  const Interval small_ci = Bootstrap(small.size(), 1).MeanInterval(small);
  const Interval large_ci = Bootstrap(large.size(), 1).MeanInterval(large);
  EXPECT_LT(large_ci.high - large_ci.low, small_ci.high - small_ci.low);
}

// For the mean of uniform [0, 1) scores the standard error is
// sqrt(1/12 / n); a 95% interval is about ±1.96 of it.
TEST(BootstrapTest, IntervalWidthMatchesTheStandardError) {
  const std::size_t n = 2000;
  const std::vector<double> values = Scores(n, 11);
  const Interval ci = Bootstrap(n, 5).MeanInterval(values);
  const double expected = 2 * 1.96 * std::sqrt(1.0 / 12 / n);
  EXPECT_NEAR(ci.high - ci.low, expected, 0.15 * expected);
}

TEST(BootstrapTest, EmptyInputGivesNaN) {
  const Bootstrap bootstrap(0, 1);
  const Interval ci = bootstrap.MeanInterval({});
  EXPECT_TRUE(std::isnan(ci.low));
  EXPECT_TRUE(std::isnan(ci.high));
  EXPECT_TRUE(std::isnan(Mean({})));
}

TEST(BootstrapTest, OneValueOrEqualValuesGiveAPointInterval) {
  const std::vector<double> one = {0.25};
  const Interval one_ci = Bootstrap(1, 1).MeanInterval(one);
  EXPECT_EQ(one_ci.low, 0.25);
  EXPECT_EQ(one_ci.high, 0.25);

  const std::vector<double> equal(40, 0.7);
  const Interval equal_ci = Bootstrap(40, 1).MeanInterval(equal);
  EXPECT_DOUBLE_EQ(equal_ci.low, 0.7);
  EXPECT_DOUBLE_EQ(equal_ci.high, 0.7);
}

TEST(BootstrapTest, SameSeedSameIntervalOtherSeedOtherInterval) {
  const std::vector<double> values = Scores(100, 9);
  const Interval a = Bootstrap(100, 123).MeanInterval(values);
  const Interval b = Bootstrap(100, 123).MeanInterval(values);
  const Interval c = Bootstrap(100, 124).MeanInterval(values);
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.high, b.high);
  EXPECT_TRUE(a.low != c.low || a.high != c.high);
}

TEST(BootstrapTest, ResampleMeansHasOneMeanPerResample) {
  const std::vector<double> values = Scores(10, 1);
  const Bootstrap bootstrap(10, 1, 250);
  EXPECT_EQ(bootstrap.resamples(), 250u);
  EXPECT_EQ(bootstrap.ResampleMeans(values).size(), 250u);
}

TEST(BootstrapTest, WrongSizeThrows) {
  const Bootstrap bootstrap(3, 1);
  const std::vector<double> two = {0.1, 0.2};
  const std::vector<double> three = {0.1, 0.2, 0.3};
  EXPECT_THROW(bootstrap.MeanInterval(two), std::invalid_argument);
  EXPECT_THROW(bootstrap.DifferenceInterval(three, two), std::invalid_argument);
  EXPECT_THROW(bootstrap.DifferenceInterval(two, two), std::invalid_argument);
}

TEST(BootstrapTest, PairedDifferenceHasTheSignOfTheDifference) {
  const std::size_t n = 200;
  const std::vector<double> base = Scores(n, 21);
  const std::vector<double> noise = Scores(n, 22);
  std::vector<double> better(n);
  for (std::size_t i = 0; i < n; ++i) {
    better[i] = base[i] + 0.05 + 0.02 * (noise[i] - 0.5);
  }
  const Bootstrap bootstrap(n, 8);
  const Interval up = bootstrap.DifferenceInterval(better, base);
  EXPECT_GT(up.low, 0);
  EXPECT_LE(up.low, Mean(better) - Mean(base));
  EXPECT_GE(up.high, Mean(better) - Mean(base));
  const Interval down = bootstrap.DifferenceInterval(base, better);
  EXPECT_LT(down.high, 0);
  EXPECT_DOUBLE_EQ(down.low, -up.high);
  EXPECT_DOUBLE_EQ(down.high, -up.low);
}

// Two methods whose scores vary a lot between documents but always differ
// by the same amount: the unpaired intervals overlap, the paired one is
// the exact difference.
TEST(BootstrapTest, PairingRemovesDocumentVariance) {
  const std::size_t n = 100;
  const std::vector<double> a = Scores(n, 31);
  std::vector<double> c(n);
  for (std::size_t i = 0; i < n; ++i) c[i] = a[i] - 0.01;
  const Bootstrap bootstrap(n, 2);
  const Interval a_ci = bootstrap.MeanInterval(a);
  const Interval c_ci = bootstrap.MeanInterval(c);
  EXPECT_LT(c_ci.low, a_ci.high);  // unpaired: they overlap
  const Interval paired = bootstrap.DifferenceInterval(a, c);
  EXPECT_NEAR(paired.low, 0.01, 1e-12);
  EXPECT_NEAR(paired.high, 0.01, 1e-12);
}

TEST(BootstrapTest, DifferenceToAConstantIsTheShiftedInterval) {
  const std::size_t n = 60;
  const std::vector<double> values = Scores(n, 41);
  const std::vector<double> target(n, 0.3);
  const Bootstrap bootstrap(n, 4);
  const Interval ci = bootstrap.MeanInterval(values);
  const Interval difference = bootstrap.DifferenceInterval(values, target);
  EXPECT_NEAR(difference.low, ci.low - 0.3, 1e-12);
  EXPECT_NEAR(difference.high, ci.high - 0.3, 1e-12);
}

}  // namespace
}  // namespace summarize::eval
