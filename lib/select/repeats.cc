#include "select/repeats.h"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>

#include "select/score_order.h"
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

}  // namespace

RepeatFilter::RepeatFilter(std::span<const std::string_view> texts)
    : texts_(texts), slots_(16) {}

bool RepeatFilter::Offer(std::size_t i) {
  const std::uint64_t key = CollapsedKey(texts_[i]);
  const std::size_t mask = slots_.size() - 1;
  const int shift = 64 - std::countr_zero(slots_.size());
  std::size_t s = (key * 0x9e3779b97f4a7c15ULL) >> shift;
  for (; slots_[s].candidate != kFree; s = (s + 1) & mask) {
    if (slots_[s].key == key &&
        CollapsedEqual(texts_[slots_[s].candidate], texts_[i])) {
      return true;
    }
  }
  slots_[s] = {key, i};
  if (++used_ * 2 > slots_.size()) Grow();
  return false;
}

void RepeatFilter::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  const int shift = 64 - std::countr_zero(slots_.size());
  for (const Slot& slot : old) {
    if (slot.candidate == kFree) continue;
    std::size_t s = (slot.key * 0x9e3779b97f4a7c15ULL) >> shift;
    while (slots_[s].candidate != kFree) s = (s + 1) & mask;
    slots_[s] = slot;
  }
}

void MarkRepeats(std::vector<Candidate>& candidates,
                 const std::vector<std::string_view>& texts) {
  RepeatFilter filter(texts);
  for (const std::size_t i :
       OrderByScore(candidates.size(),
                    [&](std::size_t c) { return candidates[c].score; })) {
    candidates[i].repeat = filter.Offer(i);
  }
}

}  // namespace summarize::internal
