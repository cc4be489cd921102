#include "select/repeats.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>

#include "util/ascii.h"

namespace summarize::internal {
namespace {

// Reads a text as the sequence of its bytes with each whitespace run
// (ASCII whitespace; candidates never start or end with it) read as one
// space.
class CollapsedReader {
 public:
  explicit CollapsedReader(std::string_view text) : text_(text) {}
  bool Done() const { return at_ == text_.size(); }
  char Next() {
    const char c = text_[at_++];
    if (!IsAsciiSpace(c)) return c;
    while (at_ < text_.size() && IsAsciiSpace(text_[at_])) ++at_;
    return ' ';
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

// A hash that texts equal but for whitespace share, cheap to compute: the
// number of bytes above 0x20 (whitespace is at or below it, and collapsing
// only shortens runs of it) and the first and last eight of those bytes.
// Counting vectorises, unlike a hash of every byte, which costs a multiply
// per byte; texts it cannot tell apart are told apart by CollapsedEqual.
std::uint64_t CollapsedKey(std::string_view text) {
  const auto solid = [](char c) {
    return static_cast<unsigned char>(c) > 0x20;
  };
  const auto count = static_cast<std::uint64_t>(
      std::count_if(text.begin(), text.end(), solid));
  std::uint64_t head = 0;
  int taken = 0;
  for (auto it = text.begin(); it != text.end() && taken < 8; ++it) {
    if (solid(*it)) {
      head = head << 8 | static_cast<unsigned char>(*it);
      ++taken;
    }
  }
  std::uint64_t tail = 0;
  taken = 0;
  for (auto it = text.rbegin(); it != text.rend() && taken < 8; ++it) {
    if (solid(*it)) {
      tail = tail << 8 | static_cast<unsigned char>(*it);
      ++taken;
    }
  }
  // Mixed with the 64-bit golden-ratio constant and shifts.
  std::uint64_t key = count;
  for (const std::uint64_t part : {head, tail}) {
    key ^= part + 0x9e3779b97f4a7c15ULL + (key << 6) + (key >> 2);
  }
  return key;
}

bool CollapsedEqual(std::string_view a, std::string_view b) {
  CollapsedReader x(a);
  CollapsedReader y(b);
  while (!x.Done() && !y.Done()) {
    if (x.Next() != y.Next()) return false;
  }
  return x.Done() && y.Done();
}

// True if candidate a ranks above candidate b.
bool RanksAbove(const std::vector<Candidate>& candidates, std::size_t a,
                std::size_t b) {
  return candidates[a].score > candidates[b].score ||
         (candidates[a].score == candidates[b].score && a < b);
}

}  // namespace

void MarkRepeats(std::vector<Candidate>& candidates,
                 const std::vector<std::string_view>& texts) {
  // Per distinct text, the best-ranked candidate with it so far, in an
  // open-addressing table probed linearly from its key (texts that share a
  // key take the next slots): a node-based multimap costs an allocation
  // per candidate, a division per lookup and a pointer chase per node.
  constexpr std::size_t kEmpty = std::numeric_limits<std::size_t>::max();
  struct Slot {
    std::uint64_t key = 0;
    std::size_t best = kEmpty;  // a candidate; kEmpty: free slot
  };
  // At most half full (and at least 2 slots, so that `shift` < 64); the
  // key's bits are spread by a Fibonacci multiply before its top bits pick
  // the first slot.
  const std::size_t slot_count = std::bit_ceil(2 * candidates.size() + 2);
  const int shift = 64 - std::countr_zero(slot_count);
  std::vector<Slot> slots(slot_count);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::uint64_t key = CollapsedKey(texts[i]);
    std::size_t s = (key * 0x9e3779b97f4a7c15ULL) >> shift;
    while (slots[s].best != kEmpty &&
           (slots[s].key != key ||
            !CollapsedEqual(texts[slots[s].best], texts[i]))) {
      s = (s + 1) & (slot_count - 1);
    }
    Slot& slot = slots[s];
    if (slot.best == kEmpty) {
      slot = {key, i};
    } else if (RanksAbove(candidates, i, slot.best)) {
      candidates[slot.best].repeat = true;
      slot.best = i;
    } else {
      candidates[i].repeat = true;
    }
  }
}

}  // namespace summarize::internal
