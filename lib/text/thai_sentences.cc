// Thai sentence boundaries: spaces that end a sentence, not a clause.
#include "text/thai_sentences.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "text/code_points.h"
#include "text/language.h"
#include "text/word_tokenizer.h"

namespace summarize::internal {
namespace {

using std::string_view_literals::operator""sv;

bool IsThai(UChar32 c) { return c >= 0x0E00 && c <= 0x0E7F; }

// Words (runs of ICU words) that open a new sentence after a space:
// discourse markers that link a sentence to the one before it.
constexpr std::array kSentenceOpeners = {
    "ทั้งนี้"sv,         // "in this regard"
    "อย่างไรก็ตาม"sv,  // "however"
    "นอกจากนี้"sv,     // "besides"
    "ขณะเดียวกัน"sv,   // "meanwhile"
    "ดังนั้น"sv,        // "therefore"
    "ด้าน"sv,         // "as for" (introduces the next speaker)
};

// Words that open a subordinate clause: after a space they continue the
// sentence before ("... ภายในสามวัน หากไม่มีฝน", "... within three days if
// there is no rain"); at the start of a sentence they need a main clause
// after them ("เมื่อวันที่ 12 ตุลาคม ฝนตกหนัก", "on 12 October it rained").
constexpr std::array kSubordinators = {
    "เมื่อ"sv,      // "when"
    "หาก"sv,      // "if"
    "ถ้า"sv,       // "if"
    "แม้"sv,       // "although"
    "ถึงแม้"sv,     // "although"
    "หลังจาก"sv,   // "after"
    "ก่อนที่"sv,     // "before"
    "เนื่องจาก"sv,  // "because of"
};

// Conjunctions and connectives that continue the sentence before a space.
constexpr std::array kClauseOpeners = {
    "และ"sv,     // "and"
    "แต่"sv,      // "but"
    "หรือ"sv,     // "or"
    "ซึ่ง"sv,      // "which"
    "ที่"sv,       // "that, which"
    "โดย"sv,     // "by, whereby"
    "เพื่อ"sv,     // "in order to"
    "เพราะ"sv,   // "because"
    "จึง"sv,      // "so"
    "ก็"sv,       // "then"
    "ทำให้"sv,    // "causing"
    "ส่งผลให้"sv,  // "resulting in"
    "จน"sv,      // "until"
    "รวมถึง"sv,   // "including"
    "รวมทั้ง"sv,   // "as well as"
    "ตลอดจน"sv,  // "as well as"
    "อีกทั้ง"sv,    // "and also"
    "ขณะที่"sv,    // "while, whereas"
    "พร้อม"sv,    // "together with"
    "กับ"sv,      // "with"
    "ว่า"sv,      // "that" (reported speech)
};

// Words that, ending the text before a space, need what follows it.
constexpr std::array kClauseClosers = {
    "ว่า"sv,    // "that" ("กล่าวว่า", "said that")
    "คือ"sv,    // "namely, is"
    "ได้แก่"sv,  // "namely"
    "เช่น"sv,   // "such as"
    "และ"sv,   // "and"
    "หรือ"sv,   // "or"
    "กับ"sv,    // "with"
    "ของ"sv,   // "of"
    "ที่"sv,     // "that, at"
    "ซึ่ง"sv,    // "which"
    "โดย"sv,   // "by"
    "เพื่อ"sv,   // "in order to"
    "จาก"sv,   // "from"
    "ใน"sv,    // "in"
};

// What the words of one piece say about the spaces around it.
struct Piece {
  Span span;                    // bytes of the text, trimmed
  std::size_t words = 0;        // ICU words
  bool opens_sentence = false;  // starts with a kSentenceOpeners entry
  bool subordinate = false;     // starts with a kSubordinators entry
  bool continues = false;       // starts with a kClauseOpeners entry (or a
                                // subordinator)
  bool needs_next = false;      // ends with a kClauseClosers entry
};

// True when `piece` starts with one of `entries` that ends on a boundary
// between two of its `words` (or at its end): whole words, never a prefix.
bool StartsWithWords(std::string_view piece, const std::vector<Span>& words,
                     std::span<const std::string_view> entries) {
  for (const std::string_view entry : entries) {
    if (!piece.starts_with(entry)) continue;
    const bool on_boundary =
        std::any_of(words.begin(), words.end(),
                    [&](const Span& word) { return word.end == entry.size(); });
    if (on_boundary) return true;
  }
  return false;
}

// True when `piece` ends with one of `entries` that starts where one of its
// `words` starts.
bool EndsWithWords(std::string_view piece, const std::vector<Span>& words,
                   std::span<const std::string_view> entries) {
  for (const std::string_view entry : entries) {
    if (!piece.ends_with(entry)) continue;
    const std::size_t begin = piece.size() - entry.size();
    const bool on_boundary =
        std::any_of(words.begin(), words.end(),
                    [&](const Span& word) { return word.begin == begin; });
    if (on_boundary) return true;
  }
  return false;
}

// The pieces of text[range]: the text between runs of white space that
// have a Thai character on both sides.
std::vector<Span> FindPieces(std::string_view text, Span range) {
  std::vector<Span> pieces;
  std::size_t begin = range.begin;
  UChar32 previous = U_SENTINEL;
  for (std::size_t i = range.begin; i < range.end;) {
    const std::size_t space_begin = i;
    const UChar32 c = NextCodePoint(text, i);
    if (!IsSpace(c) || !IsThai(previous)) {
      previous = c;
      continue;
    }
    std::size_t space_end = i;
    UChar32 next = U_SENTINEL;
    while (space_end < range.end) {
      std::size_t k = space_end;
      next = NextCodePoint(text, k);
      if (!IsSpace(next)) break;
      space_end = k;
    }
    if (space_end < range.end && IsThai(next)) {
      pieces.push_back({begin, space_begin});
      begin = space_end;
    }
    i = space_end;
    previous = U_SENTINEL;  // the next code point is read afresh
  }
  pieces.push_back({begin, range.end});
  return pieces;
}

}  // namespace

struct ThaiSentences::Impl {
  Impl() : tokenizer(CachedLanguage("th")) {}

  Piece Read(std::string_view text, Span span) {
    const std::string_view piece =
        text.substr(span.begin, span.end - span.begin);
    const std::vector<Span>& words = tokenizer.Words(piece);
    Piece result;
    result.span = span;
    result.words = words.size();
    result.opens_sentence = StartsWithWords(piece, words, kSentenceOpeners);
    result.subordinate = StartsWithWords(piece, words, kSubordinators);
    result.continues =
        result.subordinate || StartsWithWords(piece, words, kClauseOpeners);
    result.needs_next = EndsWithWords(piece, words, kClauseClosers);
    return result;
  }

  WordTokenizer tokenizer;
};

ThaiSentences::ThaiSentences() : impl_(std::make_unique<Impl>()) {}

ThaiSentences::~ThaiSentences() = default;

std::vector<Span> ThaiSentences::Split(std::string_view text, Span range) {
  std::vector<Span> sentences;
  const std::vector<Span> spans = FindPieces(text, range);
  Piece last = impl_->Read(text, spans.front());
  Span sentence = last.span;
  // The most words of one piece of the sentence so far: a sentence needs a
  // clause, and a run of short pieces ("นายสมชาย ใจดี ผู้ว่าราชการจังหวัด", a
  // name and a title) is a phrase however many words it adds up to.
  std::size_t longest = last.words;
  // The sentence so far is a subordinate clause without its main clause.
  bool awaiting_main = last.subordinate;
  for (std::size_t i = 1; i < spans.size(); ++i) {
    const Piece next = impl_->Read(text, spans[i]);
    bool ends = false;
    if (longest >= kMinThaiSentenceWords) {
      ends = next.opens_sentence ||
             (next.words >= kMinThaiSentenceWords && !next.continues &&
              !last.needs_next && !awaiting_main);
    }
    if (ends) {
      sentences.push_back(sentence);
      sentence = next.span;
      longest = next.words;
      awaiting_main = next.subordinate;
    } else {
      sentence.end = next.span.end;
      longest = std::max(longest, next.words);
      if (!next.continues) awaiting_main = false;
    }
    last = next;
  }
  sentences.push_back(sentence);
  return sentences;
}

}  // namespace summarize::internal
