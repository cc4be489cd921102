// Seeded, portable randomness for the evaluation: seed mixing, string
// hashing and unbiased bounded draws from std::mt19937_64.
//
// Everything here gives the same numbers with every standard library (unlike
// std::uniform_int_distribution and std::hash), so a seed names one result
// everywhere.
#ifndef SUMMARIZE_BENCH_EVAL_SEEDED_RANDOM_H_
#define SUMMARIZE_BENCH_EVAL_SEEDED_RANDOM_H_

#include <cstdint>
#include <random>
#include <string_view>

namespace summarize::eval {

// A seed for stream `stream` of the run seeded with `seed` (e.g. document
// number i of a set): the SplitMix64 finaliser of the two combined, so
// neighbouring streams get unrelated seeds.
std::uint64_t MixSeed(std::uint64_t seed, std::uint64_t stream);

// The FNV-1a offset basis: the hash of no bytes.
inline constexpr std::uint64_t kHashStart = 0xcbf29ce484222325ULL;

// 64-bit FNV-1a hash of `bytes`, continuing from `hash` (so
// HashBytes(b, HashBytes(a)) hashes a then b). Stable across platforms and
// versions; not cryptographic.
std::uint64_t HashBytes(std::string_view bytes,
                        std::uint64_t hash = kHashStart);

// A uniform draw from [0, bound) (bound >= 1) by rejection, without modulo
// bias.
std::uint64_t UniformBelow(std::mt19937_64& rng, std::uint64_t bound);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_SEEDED_RANDOM_H_
