// Tests for seed mixing, hashing and bounded draws
// (bench/eval/seeded_random.h).
#include "eval/seeded_random.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <vector>

namespace summarize::eval {
namespace {

TEST(SeededRandomTest, MixSeedIsStableAndSpreadsNeighbours) {
  EXPECT_EQ(MixSeed(1, 2), MixSeed(1, 2));
  std::set<std::uint64_t> seeds;
  for (std::uint64_t stream = 0; stream < 1000; ++stream) {
    seeds.insert(MixSeed(1, stream));
  }
  EXPECT_EQ(seeds.size(), 1000u);
  EXPECT_NE(MixSeed(1, 0), MixSeed(2, 0));
}

TEST(SeededRandomTest, HashBytesIsFnv1a) {
  // Published FNV-1a 64 test vectors.
  EXPECT_EQ(HashBytes(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(HashBytes("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(HashBytes("foobar"), 0x85944171f73967e8ULL);
  EXPECT_EQ(HashBytes("bar", HashBytes("foo")), HashBytes("foobar"));
}

TEST(SeededRandomTest, UniformBelowStaysInRangeAndCoversIt) {
  std::mt19937_64 rng(5);
  EXPECT_EQ(UniformBelow(rng, 0), 0u);
  EXPECT_EQ(UniformBelow(rng, 1), 0u);
  std::vector<int> counts(7, 0);
  for (int i = 0; i < 70000; ++i) {
    const std::uint64_t draw = UniformBelow(rng, 7);
    ASSERT_LT(draw, 7u);
    ++counts[draw];
  }
  for (const int count : counts) EXPECT_NEAR(count, 10000, 500);
}

TEST(SeededRandomTest, UniformBelowIsTheSameForTheSameSeed) {
  std::mt19937_64 a(9);
  std::mt19937_64 b(9);
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(UniformBelow(a, 1000003), UniformBelow(b, 1000003));
  }
}

}  // namespace
}  // namespace summarize::eval
