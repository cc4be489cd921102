// Sentence boundaries of ASCII text, exactly as ICU's sentence
// BreakIterator finds them, without running ICU's rule engine.
#ifndef SUMMARIZE_LIB_TEXT_ASCII_SENTENCE_BREAKS_H_
#define SUMMARIZE_LIB_TEXT_ASCII_SENTENCE_BREAKS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace summarize::internal {

struct AsciiSentenceRules;

// The boundaries ICU's sentence BreakIterator for an ICU locale id returns
// from next() over a piece of ASCII text, computed directly: the UAX #29
// sentence rules (SB3-SB11, SB998) as ICU 72's root rules state them,
// restricted to the classes ASCII characters have (CR, LF, Sp, Lower, Upper,
// Numeric, ATerm ".", STerm "!" "?", Close, SContinue, Other), and, for ids
// with "@ss=standard", the break suppressions of ICU's filtered iterator
// (SimpleFilteredSentenceBreakIterator) after the locale's CLDR
// abbreviations ("Mr." in English), read from ICU's data and matched as ICU
// 72 matches them.
//
// Enabled only when that is known to be exact for the locale, decided once
// per locale id (then cached) when the first instance is made: the
// locale's rule-based iterator must have exactly the rule source
// implemented here (ICU 72's root sentence rules; Greek, for one, has
// others), every ASCII character must have one of the classes above, the
// only wrapper around the rules may be the "@ss=standard" filter, and a
// probe text built from the rules' corner cases and every ASCII suppression
// must get ICU's boundaries. Otherwise enabled() is false and callers use
// ICU.
//
// Boundaries are byte offsets into the piece, increasing; the last is the
// piece's size (none for an empty piece); 0 is never one. They equal ICU's
// on every ASCII text: tests/text/ascii_sentence_breaks_test.cc compares
// them with ICU's on every benchmark corpus (paragraphs, lines, and both
// with line breaks turned into spaces) and on many thousands of random
// strings of the characters the rules care about, for "en@ss=standard",
// "de@ss=standard", "de" and "root".
//
// About 5 times ICU's speed: 880 against 165 MB/s on en-1m's ASCII
// paragraphs (bench SentenceBreak/ascii-fast and ascii-icu).
//
// Not thread-safe (it reuses its boundary buffer): one per thread or per
// call. Construction is cheap after the first for a locale id.
class AsciiSentenceBreaks {
 public:
  // Throws Error(kInternal) if ICU cannot build the locale's iterator.
  explicit AsciiSentenceBreaks(const std::string& icu_locale);

  AsciiSentenceBreaks(const AsciiSentenceBreaks&) = delete;
  AsciiSentenceBreaks& operator=(const AsciiSentenceBreaks&) = delete;

  // Whether Breaks() may be used for this locale id.
  bool enabled() const { return rules_ != nullptr; }

  // The boundaries of `piece`, which must be ASCII only (every byte below
  // 0x80) and under 2 GiB, when enabled(). The reference stays valid until
  // the next call. O(size) time; allocates only when a piece has more
  // boundaries than any before it.
  const std::vector<std::int32_t>& Breaks(std::string_view piece);

 private:
  const AsciiSentenceRules* rules_;  // shared per locale id; null: disabled
  std::vector<std::int32_t> breaks_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_ASCII_SENTENCE_BREAKS_H_
