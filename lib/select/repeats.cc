#include "select/repeats.h"

#include <cstddef>
#include <cstdint>
#include <unordered_map>

namespace summarize::internal {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

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

// FNV-1a over the collapsed text.
std::uint64_t CollapsedHash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (CollapsedReader reader(text); !reader.Done();) {
    hash ^= static_cast<unsigned char>(reader.Next());
    hash *= 0x100000001b3ULL;
  }
  return hash;
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
  // Per hash, the best-ranked candidate of each distinct text with that
  // hash (almost always one).
  std::unordered_multimap<std::uint64_t, std::size_t> best;
  best.reserve(candidates.size());
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::uint64_t hash = CollapsedHash(texts[i]);
    auto [it, end] = best.equal_range(hash);
    while (it != end && !CollapsedEqual(texts[it->second], texts[i])) ++it;
    if (it == end) {
      best.emplace(hash, i);
    } else if (RanksAbove(candidates, i, it->second)) {
      candidates[it->second].repeat = true;
      it->second = i;
    } else {
      candidates[i].repeat = true;
    }
  }
}

}  // namespace summarize::internal
