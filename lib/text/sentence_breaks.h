// Sentence boundaries of UTF-8 text, exactly as ICU's sentence
// BreakIterator finds them, without running ICU's rule engine.
#ifndef SUMMARIZE_LIB_TEXT_SENTENCE_BREAKS_H_
#define SUMMARIZE_LIB_TEXT_SENTENCE_BREAKS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace summarize::internal {

struct SentenceRules;

// How FastSentenceBreaks reads the bytes '\r' and '\n'.
enum class LineBreaks : std::uint8_t {
  kAsIs,      // CR and LF: each ends a sentence (SB4), "\r\n" once (SB3)
  kAsSpaces,  // as U+0020 SPACE: as if the piece had ' ' in their place
};

// `text` with every '\n' and '\r' replaced by ' ', into `out` (whose
// memory is reused): what LineBreaks::kAsSpaces reads, and what ICU is given
// for a piece the fast path leaves to it.
void LineBreaksToSpaces(std::string_view text, std::string& out);
inline std::string LineBreaksToSpaces(std::string_view text) {
  std::string out;
  LineBreaksToSpaces(text, out);
  return out;
}

// The boundaries ICU's sentence BreakIterator for an ICU locale id returns
// from next() over a piece of UTF-8 text, computed directly: the UAX #29
// sentence rules (SB3-SB11, SB998) as ICU 72's root rules state them, for
// every Sentence_Break class but Extend and Format (CR, LF, Sep, Sp, Lower,
// Upper, OLetter, Numeric, ATerm, STerm, Close, SContinue, Other), and,
// for ids with "@ss=standard", the break suppressions of ICU's filtered
// iterator (SimpleFilteredSentenceBreakIterator) after the locale's CLDR
// abbreviations ("Mr." in English, "ул." in Russian), read from ICU's
// data and matched code point by code point as ICU 72 matches them.
//
// A piece with a code point of class Extend or Format (combining marks,
// ZWJ, ZWNJ, soft hyphen, variation selectors, BOM, bidi marks), which the
// rules let ride on the character before them (SB5), or with ill-formed
// UTF-8, is declined: Breaks() returns null and the caller asks ICU. It
// finds that out in the same single pass that finds the boundaries.
//
// Enabled only when that is known to be exact for the locale, decided once
// per locale id (then cached) when the first instance is made: the
// locale's rule-based iterator must have the rules implemented here (ICU
// 72's root sentence rules, recognized by the length and a hash of their
// source; Greek, for one, has others), the only wrapper around the rules may be the "@ss=standard"
// filter, and a probe text built from the rules' corner cases (ASCII and
// not) and every suppression of the locale must get ICU's boundaries.
// Otherwise enabled() is false and callers use ICU.
//
// With LineBreaks::kAsSpaces every CR and LF byte of the piece is read as
// U+0020 SPACE (Sentence_Break Sp) everywhere: class lookups, the rules and
// the filter, whose step back over one U+0020 and whose trie walks see ' '
// there. The boundaries are then ICU's for the piece with each '\n' and
// '\r' replaced by ' ' (the same length, so the offsets are the same), with
// no such copy made: what a splitter wants for hard-wrapped prose, whose
// line breaks must not end sentences. U+0085, U+2028 and U+2029 stay Sep.
// That mode is enabled, per locale id, by its own probe check: the probe
// with its line breaks replaced by spaces must get ICU's boundaries.
//
// Boundaries are byte offsets into the piece, increasing, on code point
// boundaries; the last is the piece's size (none for an empty piece); 0 is
// never one. They equal ICU's on every piece not declined:
// tests/text/sentence_breaks_test.cc compares them with ICU's on every
// benchmark corpus (paragraphs, lines, and both with line breaks turned
// into spaces; none has an Extend or Format character, so the fast path
// takes all of them) and on 50,000 random strings of ASCII and non-ASCII
// characters of every class (12% of them declined) for each of
// "en@ss=standard", "de@ss=standard", "ru@ss=standard", "fr@ss=standard",
// "de", "root", "ja" and "zh"; and, in kAsSpaces mode, the same pieces with
// their line breaks against ICU on the pieces with them replaced by spaces,
// and 50,000 random strings with "\n", "\r" and "\r\n" for each of those
// locale ids.
//
// About 7 times ICU's speed on English, 5.5 on German: 1,110 against
// 146 MB/s on en-1m's paragraphs, 910 against 163 MB/s on de-1m's (bench
// SentenceBreak/fast and SentenceBreak/icu, medians of 3 runs).
//
// Not thread-safe (it reuses its boundary buffer): one per thread or per
// call. Construction is cheap after the first for a locale id.
class FastSentenceBreaks {
 public:
  // Throws Error(kInternal) if ICU cannot build the locale's iterator.
  explicit FastSentenceBreaks(const std::string& icu_locale);

  FastSentenceBreaks(const FastSentenceBreaks&) = delete;
  FastSentenceBreaks& operator=(const FastSentenceBreaks&) = delete;

  // Whether Breaks() may be used for this locale id in `line_breaks` mode.
  bool enabled(LineBreaks line_breaks = LineBreaks::kAsIs) const {
    return RulesFor(line_breaks) != nullptr;
  }

  // The boundaries of `piece` (UTF-8, under 2 GiB) with CR and LF read as
  // `line_breaks` says, or null when that mode is not enabled() or the
  // piece has a code point the fast path leaves to ICU (see above; any
  // partial result is dropped). The vector stays valid until the next
  // call. O(size) time; allocates only when a piece has more boundaries
  // than any before it.
  const std::vector<std::int32_t>* Breaks(
      std::string_view piece, LineBreaks line_breaks = LineBreaks::kAsIs);

 private:
  const SentenceRules* RulesFor(LineBreaks line_breaks) const {
    return line_breaks == LineBreaks::kAsIs ? rules_ : spaced_rules_;
  }

  // Shared per locale id and mode; null: disabled.
  const SentenceRules* rules_;         // LineBreaks::kAsIs
  const SentenceRules* spaced_rules_;  // LineBreaks::kAsSpaces
  std::vector<std::int32_t> breaks_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_SENTENCE_BREAKS_H_
