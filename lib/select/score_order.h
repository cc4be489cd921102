// The order in which candidates are taken: best score first.
#ifndef SUMMARIZE_LIB_SELECT_SCORE_ORDER_H_
#define SUMMARIZE_LIB_SELECT_SCORE_ORDER_H_

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace summarize::internal {

// A key whose ascending order is `score`'s descending order: -0 counts as
// +0 and NaN as -infinity (the lowest score). The bits of a double order
// like its value once the sign bit is flipped on non-negatives and every
// bit on negatives; complementing that reverses the order.
inline std::uint64_t DescendingKey(double score) {
  if (std::isnan(score)) score = -std::numeric_limits<double>::infinity();
  const auto bits = std::bit_cast<std::uint64_t>(score + 0.0);  // -0 → +0
  constexpr std::uint64_t kSign = std::uint64_t{1} << 63;
  const std::uint64_t ascending = (bits & kSign) != 0 ? ~bits : bits | kSign;
  return ~ascending;
}

// The indices 0 .. n-1 of `score_of(i)`, highest score first, ties to the
// lower index; a NaN score counts as the lowest, -0 as +0.
//
// A least-significant-digit radix sort of the keys, a byte at a time, which
// keeps the index order among equal keys (each pass is stable) and skips
// the bytes every key shares (the scores of one document mostly share
// their exponent): on 90,000 sentences a few passes of a few hundred
// microseconds where a comparison sort took milliseconds.
template <typename ScoreOf>
std::vector<std::size_t> OrderByScore(std::size_t n, ScoreOf score_of) {
  struct Entry {
    std::uint64_t key;
    std::size_t index;
  };
  std::vector<Entry> entries(n);
  for (std::size_t i = 0; i < n; ++i)
    entries[i] = {DescendingKey(score_of(i)), i};
  std::vector<Entry> scratch(n);
  for (int shift = 0; shift < 64; shift += 8) {
    std::array<std::size_t, 256> counts{};
    for (const Entry& entry : entries) ++counts[(entry.key >> shift) & 0xFF];
    if (n == 0 || counts[(entries[0].key >> shift) & 0xFF] == n) continue;
    std::size_t start = 0;
    for (std::size_t& count : counts) start += std::exchange(count, start);
    for (const Entry& entry : entries) {
      scratch[counts[(entry.key >> shift) & 0xFF]++] = entry;
    }
    entries.swap(scratch);
  }
  std::vector<std::size_t> order;
  order.reserve(n);
  for (const Entry& entry : entries) order.push_back(entry.index);
  return order;
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_SCORE_ORDER_H_
