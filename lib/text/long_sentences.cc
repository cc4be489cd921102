#include "text/long_sentences.h"

#include <algorithm>
#include <string_view>

#include "text/code_points.h"

namespace summarize::internal {
namespace {

bool IsClauseMark(UChar32 c) {
  constexpr std::u32string_view kMarks =
      U",;:\u2014\u2013\u3001\uFF0C\uFF1B\uFF1A";
  return kMarks.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// Ideographic marks need no space after them to end a clause.
bool IsWideClauseMark(UChar32 c) { return c >= 0x3000; }

// Where the piece starting at `begin` ends, for a sentence ending at `end`
// (end - begin > kMaxPieceBytes).
std::size_t PieceEnd(std::string_view text, std::size_t begin,
                     std::size_t end) {
  // Two pieces left: split them evenly rather than leave a stub.
  const std::size_t left = end - begin;
  const std::size_t reach = left < 2 * kMaxPieceBytes
                                ? std::max(kMinPieceBytes, (left + 1) / 2)
                                : kMaxPieceBytes;
  const std::size_t limit = begin + reach;
  std::size_t after_clause = 0;  // 0: none found
  std::size_t before_space = 0;
  std::size_t between_unspaced = 0;
  bool previous_unspaced = false;
  UChar32 previous = 0;
  std::size_t at = begin;  // the last character boundary within reach
  while (at < limit) {
    const std::size_t here = at;
    const UChar32 c = NextCodePoint(text, at);
    if (at > limit) {  // the character would not fit
      at = here;
      break;
    }
    // Cuts that leave the piece at least kMinPieceBytes long.
    const bool long_enough = here - begin >= kMinPieceBytes;
    if (IsSpace(c) && long_enough) {
      before_space = here;
      if (IsClauseMark(previous)) after_clause = here;
    }
    if (IsWideClauseMark(c) && IsClauseMark(c) &&
        at - begin >= kMinPieceBytes) {
      after_clause = at;
    }
    const bool unspaced = IsUnspaced(c);
    if (unspaced && previous_unspaced && long_enough) between_unspaced = here;
    previous_unspaced = unspaced;
    previous = c;
  }
  if (after_clause != 0) return after_clause;
  if (before_space != 0) return before_space;
  if (between_unspaced != 0) return between_unspaced;
  // A word too long for the piece reaches past it: the piece ends at the
  // word's end.
  while (at < end) {
    std::size_t next = at;
    if (IsSpace(NextCodePoint(text, next))) return at;
    at = next;
  }
  return end;
}

}  // namespace

std::vector<Span> CutLongSentences(std::string_view text,
                                   std::vector<Span> sentences) {
  const bool any_long = std::any_of(
      sentences.begin(), sentences.end(),
      [](const Span& s) { return s.end - s.begin > kLongSentenceBytes; });
  if (!any_long) return sentences;
  std::vector<Span> cut;
  cut.reserve(sentences.size());
  for (const Span& sentence : sentences) {
    if (sentence.end - sentence.begin <= kLongSentenceBytes) {
      cut.push_back(sentence);
      continue;
    }
    std::size_t begin = sentence.begin;
    while (begin < sentence.end) {
      const std::size_t end = sentence.end - begin > kMaxPieceBytes
                                  ? PieceEnd(text, begin, sentence.end)
                                  : sentence.end;
      const Span piece = TrimWhitespace(text, {begin, end});
      if (piece.begin < piece.end) cut.push_back(piece);
      begin = end;
    }
  }
  return cut;
}

}  // namespace summarize::internal
