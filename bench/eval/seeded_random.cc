// Seed mixing, FNV-1a hashing and unbiased bounded draws.
#include "eval/seeded_random.h"

#include <limits>

namespace summarize::eval {
namespace {

// SplitMix64 (Steele, Lea & Flood 2014): a bijective mixer whose output
// bits each depend on every input bit.
std::uint64_t SplitMix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

}  // namespace

std::uint64_t MixSeed(std::uint64_t seed, std::uint64_t stream) {
  return SplitMix64(SplitMix64(seed) ^ stream);
}

std::uint64_t HashBytes(std::string_view bytes, std::uint64_t hash) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

std::uint64_t UniformBelow(std::mt19937_64& rng, std::uint64_t bound) {
  if (bound <= 1) return 0;
  // Draws above `last` (the top 2^64 mod bound values) would favour small
  // results, so they are drawn again; [0, last] holds a whole multiple of
  // `bound` values.
  const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  const std::uint64_t last = max - (max % bound + 1) % bound;
  std::uint64_t draw = rng();
  while (draw > last) draw = rng();
  return draw % bound;
}

}  // namespace summarize::eval
