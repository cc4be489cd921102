// A line's words for the structure pass, 16 ASCII bytes at a time.
#include "text/line_words.h"

#include <bit>
#include <cstdint>

#include "text/code_points.h"
#include "util/ascii_block.h"

namespace summarize::internal {
namespace {

// The number of set bits of a 16-bit mask, inline (std::popcount calls
// libgcc unless the target has POPCNT, which baseline x86-64 lacks).
unsigned BitCount16(std::uint32_t x) {
  x = x - ((x >> 1) & 0x5555U);
  x = (x & 0x3333U) + ((x >> 2) & 0x3333U);
  x = (x + (x >> 4)) & 0x0F0FU;
  return (x + (x >> 8)) & 0x1FU;
}

// What 16 ASCII bytes add to a count: the words that start in them, and
// whether the last of them that is a space or a letter or digit is the
// latter (the scan is then inside a counted word).
struct Block {
  unsigned words = 0;
  bool in_word = false;
};

// Counts the words that start in the 16 bytes at `bytes`, given whether the
// scan is inside a counted word before them. False when a byte is not
// ASCII.
//
// Bit i of each mask stands for byte i. A word starts at a letter or digit
// whose nearest preceding space-or-alnum byte is a space (or, before the
// block, the scan was not in a word). Such "events" are found by letting
// each space pass a carry rightwards through the bytes that are neither
// (punctuation): adding a 1 at the start of a run of such bytes to the
// mask of those bytes carries out of the run onto the event that ends it.
bool CountBlock(const char* bytes, bool in_word, Block& block) {
  const AsciiBlock ascii(bytes);
  if (ascii.NonAscii() != 0) return false;
  const std::uint32_t s = ascii.Space();
  const std::uint32_t a = ascii.Alnum();
  constexpr std::uint32_t kAll = (1U << AsciiBlock::kSize) - 1;
  const std::uint32_t events = s | a;
  const std::uint32_t other = ~events & kAll;
  // Bytes right after a space, or the first byte when no word is open.
  const std::uint32_t after_space = ((s << 1) | (in_word ? 0U : 1U)) & kAll;
  const std::uint32_t direct = after_space & events;
  const std::uint32_t carried = ((after_space & other) + other) & ~other & kAll;
  block.words = BitCount16((direct | carried) & a);
  block.in_word =
      events == 0 ? in_word : ((a >> (31 - std::countl_zero(events))) & 1U);
  return true;
}

}  // namespace

LineWords CountLineWords(std::string_view line, std::size_t max_words) {
  LineWords count;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size() && count.words <= max_words;) {
    if (Block block; line.size() - i >= AsciiBlock::kSize &&
                     CountBlock(line.data() + i, in_word, block)) {
      count.words += block.words;
      in_word = block.in_word;
      i += AsciiBlock::kSize;
      continue;
    }
    const UChar32 c = NextCodePoint(line, i);
    if (IsSpace(c)) {
      in_word = false;
      continue;
    }
    if (IsUnspaced(c)) ++count.unspaced;
    if (IsAlnum(c)) {
      if (!in_word) ++count.words;
      in_word = true;
    }
  }
  return count;
}

}  // namespace summarize::internal
