// Sentence boundaries of UTF-8 text: ICU 72's root sentence rules and its
// "@ss=standard" abbreviation filter, without ICU's rule engine.
#include "text/sentence_breaks.h"

#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/resbund.h>
#include <unicode/uchar.h>
#include <unicode/ucharstrie.h>
#include <unicode/ucharstriebuilder.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/break_iterators.h"
#include "text/code_points.h"

namespace summarize::internal {
namespace {

// The Sentence_Break classes the fast path implements, and kUnsupported
// for what it leaves to ICU (Extend, Format, ill-formed UTF-8).
enum class SentenceClass : std::uint8_t {
  kOther,
  kCR,
  kLF,
  kSep,  // U+0085, U+2028, U+2029: a ParaSep like CR and LF
  kSp,
  kLower,
  kUpper,
  kOLetter,  // letters without case: as Upper, except that SB7 wants Upper
  kNumeric,
  kATerm,      // "." and its small, full-width and leader forms
  kSTerm,      // "!" "?" "。" "！" "？" "؟" "।"
  kClose,      // quotes and brackets
  kSContinue,  // "," "-" ":" "—" "–" "、"
  kUnsupported,
};

}  // namespace

// What the fast path knows of a locale; immutable once built and shared by
// every FastSentenceBreaks for its locale id.
struct SentenceRules {
  // Whether the bytes '\r' and '\n' are read as ' ' (LineBreaks::kAsSpaces):
  // then `ascii` and `passes` give them the class of ' ', and Suppressed()
  // reads them as ' '. The rest of the scan only sees their class.
  bool line_breaks_as_spaces = false;
  // The classes of ASCII characters.
  std::array<SentenceClass, 128> ascii{};
  // The classes of two-byte characters (U+0080-U+07FF: accented Latin,
  // Greek, Cyrillic, Hebrew, Arabic): 7% less time on de-1m's paragraphs
  // (990 -> 920 us) than asking ICU for each. The others ask ICU, whose
  // lookup is a trie walk of a few loads.
  std::array<SentenceClass, 0x800> two_byte{};
  // Bytes the scan steps over without looking further: ASCII characters
  // that are not ParaSep or terminators (SB998), most of any text.
  std::array<bool, 256> passes{};
  // The filter's suppressions (see Suppressed()); null when the locale's
  // iterator has no filter or the filter has none.
  std::unique_ptr<const icu::UCharsTrie> backwards;
  std::unique_ptr<const icu::UCharsTrie> forwards;

  // Replaces `breaks` by the boundaries of `piece` (UTF-8, under 2 GiB),
  // reusing its capacity; false, leaving `breaks` unspecified, when the
  // piece has a code point of class kUnsupported.
  bool FindBreaks(std::string_view piece,
                  std::vector<std::int32_t>& breaks) const;
  // `c` as this mode reads it: ' ' for CR and LF when line_breaks_as_spaces.
  UChar32 AsRead(UChar32 c) const {
    return line_breaks_as_spaces && (c == '\n' || c == '\r') ? ' ' : c;
  }

 private:
  // A code point's class and where the next one starts.
  struct Char {
    SentenceClass type;
    std::size_t end;
  };
  enum class Outcome : std::uint8_t { kNoBoundary, kBoundary, kDecline };
  struct Step {
    std::size_t next;  // where the scan goes on
    Outcome outcome;   // whether `next` is a boundary
  };
  Char At(std::string_view piece, std::size_t at) const;
  SentenceClass Before(std::string_view piece, std::size_t at) const;
  static std::size_t ParaSepEnd(std::string_view piece, Char c);
  Step AfterTerminator(std::string_view piece, std::size_t at,
                       Char terminator) const;
  bool Suppressed(std::string_view piece, std::size_t boundary) const;
};

namespace {

// What identifies the rules Breaks() implements: ICU 72's root sentence
// rules, UAX #29's SB3-SB11 and SB998 in ICU's rule syntax, as
// RuleBasedBreakIterator::getRules() returns them: their length in UTF-16
// code units and a 64-bit FNV-1a hash of those units. Breaks() declines the
// pieces where SB5 (Extend, Format) would apply; a locale whose iterator has
// any other rules (Greek's, or those of another ICU version) is left to ICU.
constexpr std::int32_t kImplementedRulesLength = 1357;
constexpr std::uint64_t kImplementedRulesHash = 0x1770527d3b26f614ULL;

std::uint64_t RulesHash(const icu::UnicodeString& rules) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a, 64 bits
  for (std::int32_t i = 0; i < rules.length(); ++i) {
    hash ^= rules.charAt(i);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// Values in the filter's backwards trie, as ICU's filter stores them: the
// reversed suppression matched exactly, or only its part up to its first
// "." (a "partial" match, confirmed against the forwards trie).
constexpr std::int32_t kPartialMatch = 1;
constexpr std::int32_t kExactMatch = 2;

SentenceClass ClassWithIcu(UChar32 c) {
  if (c < 0) return SentenceClass::kUnsupported;  // ill-formed UTF-8
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER:
      return SentenceClass::kOther;
    case U_SB_CR:
      return SentenceClass::kCR;
    case U_SB_LF:
      return SentenceClass::kLF;
    case U_SB_SEP:
      return SentenceClass::kSep;
    case U_SB_SP:
      return SentenceClass::kSp;
    case U_SB_LOWER:
      return SentenceClass::kLower;
    case U_SB_UPPER:
      return SentenceClass::kUpper;
    case U_SB_OLETTER:
      return SentenceClass::kOLetter;
    case U_SB_NUMERIC:
      return SentenceClass::kNumeric;
    case U_SB_ATERM:
      return SentenceClass::kATerm;
    case U_SB_STERM:
      return SentenceClass::kSTerm;
    case U_SB_CLOSE:
      return SentenceClass::kClose;
    case U_SB_SCONTINUE:
      return SentenceClass::kSContinue;
    default:  // Extend, Format (SB5), and any class a later ICU adds
      return SentenceClass::kUnsupported;
  }
}

// The rule-based iterator under `iterator` has exactly the rules Breaks()
// implements.
bool HasImplementedRules(const icu::BreakIterator& iterator) {
  const auto* rules =
      dynamic_cast<const icu::RuleBasedBreakIterator*>(&iterator);
  return rules != nullptr &&
         rules->getRules().length() == kImplementedRulesLength &&
         RulesHash(rules->getRules()) == kImplementedRulesHash;
}

// The suppressions ICU's filter loads for `locale` (SimpleFilteredBreak-
// IteratorBuilder: the "exceptions/SentenceBreak" strings of the break
// iterator data for the locale's base name, with fallback), sorted and
// without duplicates. Empty when ICU's filter would have none; nullopt
// when the data cannot be read as ICU reads it.
std::optional<std::set<icu::UnicodeString>> LoadSuppressions(
    const icu::Locale& locale) {
  std::set<icu::UnicodeString> strings;
  UErrorCode status = U_ZERO_ERROR;
  icu::ResourceBundle data(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr",
                           locale.getBaseName(), status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return strings;
  icu::ResourceBundle exceptions = data.getWithFallback("exceptions", status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return strings;
  icu::ResourceBundle breaks =
      exceptions.getWithFallback("SentenceBreak", status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return strings;
  while (breaks.hasNext()) {
    UErrorCode next_status = U_ZERO_ERROR;
    const icu::UnicodeString string = breaks.getNextString(next_status);
    if (U_FAILURE(next_status)) return std::nullopt;
    strings.insert(string);
  }
  return strings;
}

// Builds the tries of ICU's filter from its suppressions. A suppression
// with a "." before its end ("Ph.D.") is "partial": its part up to the
// first "." goes into the backwards trie, reversed, once, as
// kPartialMatch, and every suppression that starts with that part (the
// partial ones and the part itself, if it is a suppression too) goes into
// the forwards trie instead; every other suppression goes into the
// backwards trie, reversed, as kExactMatch. False if ICU fails.
bool BuildTries(const std::set<icu::UnicodeString>& suppressions,
                SentenceRules& rules) {
  // The part up to and including the first "." of `string`, or the whole
  // string when it has none.
  const auto head = [](const icu::UnicodeString& string) {
    const std::int32_t dot = string.indexOf(u'.');
    return dot < 0 ? string : icu::UnicodeString(string, 0, dot + 1);
  };
  std::set<icu::UnicodeString> partial_heads;
  for (const icu::UnicodeString& string : suppressions) {
    const icu::UnicodeString part = head(string);
    if (part.length() < string.length()) partial_heads.insert(part);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UCharsTrieBuilder backwards(status);
  icu::UCharsTrieBuilder forwards(status);
  bool any_backwards = false;
  bool any_forwards = false;
  for (const icu::UnicodeString& string : suppressions) {
    if (partial_heads.contains(head(string))) {
      forwards.add(string, kExactMatch, status);
      any_forwards = true;
    } else {
      icu::UnicodeString reversed(string);
      backwards.add(reversed.reverse(), kExactMatch, status);
      any_backwards = true;
    }
  }
  for (const icu::UnicodeString& part : partial_heads) {
    icu::UnicodeString reversed(part);
    backwards.add(reversed.reverse(), kPartialMatch, status);
    any_backwards = true;
  }
  if (any_backwards) {
    rules.backwards.reset(backwards.build(USTRINGTRIE_BUILD_FAST, status));
  }
  if (any_forwards) {
    rules.forwards.reset(forwards.build(USTRINGTRIE_BUILD_FAST, status));
  }
  return U_SUCCESS(status);
}

bool IsParaSep(SentenceClass c) {
  return c == SentenceClass::kCR || c == SentenceClass::kLF ||
         c == SentenceClass::kSep;
}

// Whether `text` (UTF-8) has a code point the fast path leaves to ICU.
bool HasUnsupported(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (ClassWithIcu(NextCodePoint(text, i)) == SentenceClass::kUnsupported) {
      return true;
    }
  }
  return false;
}

// A text that goes through every rule Breaks() implements, with ASCII and
// other characters of each class, and, for each suppression, the places
// the filter looks at: the self-check that Breaks() and ICU agree for the
// locale before the fast path is used. Suppressions with an Extend or
// Format character are left out: a piece that could match one is declined
// anyway.
std::string ProbeText(const std::set<icu::UnicodeString>& suppressions) {
  std::string probe =
      "One. Two? Three! \"Four.\" (Five.) six. 7.5 a.B 1.C e.g. x ?! Hi!? "
      "ok.\r\nNext.\n\nA. b, c. - d.) e.] F\r G.\t H  .  i...J '(x.)' "
      "K.) (5) l. 2. M? n! O.\" 'P'. Q.\r\n\r\n R.  "
      // Curly quotes and guillemets (Close), dashes (SContinue), "…".
      "\u201CQuoted.\u201D Next. \u2018Single.\u2019 next. \u00ABGuill.\u00BB "
      "Suite. \u201EZitat.\u201C Weiter. Dash.\u2014dash. Dash. \u2014 Dash. "
      "En.\u2013x ok\u2026 Ellipsis\u2026 Next. Stop.\u201D \u00BB\u2014 x. "
      // Letters with case outside ASCII (Upper, Lower; SB7 with them).
      "\u00C9t\u00E9. \u00E9t\u00E9. \u00DCberall. \u00DF. \u00DC.\u00D6 "
      "\u00F8.\u00D8 \u00FF. \u0395\u03BB. \u03A9\u03BC. \u0420\u043E. "
      "\u043C\u043E. \u0416.\u0411 a.\u00C9 \u00E9.B "
      // OLetter: no SB7 before or after it; it stops SB8's lookahead.
      "\u4E2D\u6587\u3002\u65E5\u672C\uFF01\u306F\u3044\uFF1F \u4E2D.A "
      "\u4E2D. A \u5317\u4EAC. \u4E1C\u4EAC x.\u4E2D a. 1 \u4E2D b "
      "a. ( \u4E2D c. 5 x \u05D0. y "
      // Full-width and small forms, other STerms, "、", other digits.
      "\uFF21\uFF0E\uFF22 1\uFF0E2 Full\uFF0E Next\uFF01 ok\uFF1F x\u3001y. "
      "\u3001 ok. \u0661\u0662. \u06F3.\u0664 a\uFE52 b\uFE52 C x\u061F y "
      "\u0915\u0964 \u0916 z\u2024 w. \u2024 V "
      // Sep (a ParaSep) and other spaces.
      "Line\u2028Sep.\u2029Para.\u0085 Next.\u00A0Nbsp. x.\u3000Y. "
      "a.\u2028b\u2029\u2029. \u2028 c "
      // Supplementary letters and an emoji (Other).
      "Math \U0001D400. \U0001D41A. \U0001D400.\U0001D401 "
      "\U0001F600. \U0001F600 Next. \U00020000. x";
  for (const icu::UnicodeString& suppression : suppressions) {
    std::string string;
    suppression.toUTF8String(string);
    if (HasUnsupported(string)) continue;
    probe += "Aa " + string + " Bb " + string + "Cc x" + string + "\n" +
             string + " dd. \u201C" + string + "\u201D Ee ";
    // With line breaks inside ("z.\nB."), which LineBreaks::kAsSpaces must
    // match as the suppression with spaces.
    if (string.find(' ') != std::string::npos) {
      std::string wrapped = string;
      for (char& c : wrapped) c = c == ' ' ? '\n' : c;
      probe += "Ff " + wrapped + "\r\nGg " + wrapped + "\rHh ";
    }
  }
  return probe;
}

// The fast path's knowledge of `locale` with CR and LF read as
// `line_breaks` says, or null when it cannot be exact there (see the
// header).
std::unique_ptr<SentenceRules> BuildRules(const std::string& locale,
                                          LineBreaks line_breaks) {
  auto rules = std::make_unique<SentenceRules>();
  rules->line_breaks_as_spaces = line_breaks == LineBreaks::kAsSpaces;
  for (UChar32 c = 0; c < 0x80; ++c) {
    const SentenceClass type = ClassWithIcu(rules->AsRead(c));
    rules->ascii[static_cast<std::size_t>(c)] = type;
    rules->passes[static_cast<std::size_t>(c)] =
        !IsParaSep(type) && type != SentenceClass::kATerm &&
        type != SentenceClass::kSTerm && type != SentenceClass::kUnsupported;
  }
  for (UChar32 c = 0x80; c < 0x800; ++c) {
    rules->two_byte[static_cast<std::size_t>(c)] = ClassWithIcu(c);
  }
  const std::unique_ptr<icu::BreakIterator> iterator =
      NewBreakIterator(BreakKind::kSentence, locale);
  std::set<icu::UnicodeString> suppressions;
  if (!HasImplementedRules(*iterator)) {
    // Not the rules themselves: only ICU's "@ss=standard" filter around
    // them is implemented.
    const icu::Locale icu_locale(locale.c_str());
    UErrorCode status = U_ZERO_ERROR;
    char value[16] = {};
    icu_locale.getKeywordValue("ss", value, sizeof value, status);
    if (U_FAILURE(status) || std::string_view(value) != "standard") {
      return nullptr;
    }
    icu::Locale unfiltered(icu_locale);
    unfiltered.setKeywordValue("ss", "", status);
    if (U_FAILURE(status) || !HasImplementedRules(*NewBreakIterator(
                                 BreakKind::kSentence, unfiltered.getName()))) {
      return nullptr;
    }
    std::optional<std::set<icu::UnicodeString>> loaded =
        LoadSuppressions(icu_locale);
    if (!loaded || !BuildTries(*loaded, *rules)) return nullptr;
    suppressions = std::move(*loaded);
  }
  // In kAsSpaces mode the probe's line breaks (CR, LF, CR LF, after
  // terminators and suppressions) test the reading as spaces against ICU
  // on the probe with spaces in their place.
  const std::string probe = ProbeText(suppressions);
  std::vector<std::int32_t> breaks;
  std::vector<std::int32_t> icu_breaks;
  UTextPtr text = NewUtf8Text();
  CollectBreaks(*iterator, text,
                rules->line_breaks_as_spaces ? LineBreaksToSpaces(probe)
                                             : probe,
                icu_breaks);
  if (!rules->FindBreaks(probe, breaks) || breaks != icu_breaks) {
    return nullptr;
  }
  return rules;
}

const SentenceRules* CachedRules(const std::string& locale,
                                 LineBreaks line_breaks) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, LineBreaks>,
                  std::unique_ptr<const SentenceRules>>
      cache;
  const std::lock_guard lock(mutex);
  std::pair<std::string, LineBreaks> key(locale, line_breaks);
  const auto found = cache.find(key);
  if (found != cache.end()) return found->second.get();
  return cache.emplace(std::move(key), BuildRules(locale, line_breaks))
      .first->second.get();
}

}  // namespace

SentenceRules::Char SentenceRules::At(std::string_view piece,
                                      std::size_t at) const {
  const auto byte = static_cast<unsigned char>(piece[at]);
  if (byte < 0x80) return {ascii[byte], at + 1};
  if (byte >= 0xC2 && byte < 0xE0 && at + 1 < piece.size()) {
    const auto trail = static_cast<unsigned char>(piece[at + 1]);
    if ((trail & 0xC0) == 0x80) {
      return {two_byte[(byte & 0x1Fu) << 6 | (trail & 0x3Fu)], at + 2};
    }
  }
  std::size_t end = at;
  const SentenceClass type = ClassWithIcu(NextCodePoint(piece, end));
  return {type, end};
}

// Where the ParaSep `c` (CR, LF or Sep) ends: after the LF of a CR LF,
// which SB3 keeps together.
std::size_t SentenceRules::ParaSepEnd(std::string_view piece, Char c) {
  return c.type == SentenceClass::kCR && c.end < piece.size() &&
                 piece[c.end] == '\n'
             ? c.end + 1
             : c.end;
}

// The class of the code point that ends at `at` (> 0).
SentenceClass SentenceRules::Before(std::string_view piece,
                                    std::size_t at) const {
  if (const auto byte = static_cast<unsigned char>(piece[at - 1]);
      byte < 0x80) {
    return ascii[byte];
  }
  return ClassWithIcu(PreviousCodePoint(piece, at));
}

// The rules at a terminator, `terminator` (ATerm or STerm) starting at
// `at`: where the sentence it may end ends, that it does not end there, or
// that the piece is left to ICU.
SentenceRules::Step SentenceRules::AfterTerminator(std::string_view piece,
                                                   std::size_t at,
                                                   Char terminator) const {
  const std::size_t size = piece.size();
  std::size_t next = terminator.end;
  if (next == size) return {size, Outcome::kBoundary};
  Char c = At(piece, next);
  if (terminator.type == SentenceClass::kATerm) {
    // SB6: "3.14".
    if (c.type == SentenceClass::kNumeric) return {next, Outcome::kNoBoundary};
    // SB7: "U.S", with Upper after and Upper or Lower (not OLetter)
    // before. No boundary ever falls between a letter and an ATerm, so the
    // letter before is in the piece even where ICU starts its rules afresh
    // after a boundary.
    if (c.type == SentenceClass::kUpper && at > 0) {
      const SentenceClass before = Before(piece, at);
      if (before == SentenceClass::kUpper || before == SentenceClass::kLower) {
        return {next, Outcome::kNoBoundary};
      }
    }
  }
  // SB9, SB10: no boundary inside Close* Sp*.
  while (c.type == SentenceClass::kClose) {
    next = c.end;
    if (next == size) return {size, Outcome::kBoundary};
    c = At(piece, next);
  }
  while (c.type == SentenceClass::kSp) {
    next = c.end;
    if (next == size) return {size, Outcome::kBoundary};
    c = At(piece, next);
  }
  switch (c.type) {
    case SentenceClass::kUnsupported:
      return {next, Outcome::kDecline};
    case SentenceClass::kSContinue:  // SB8a: "etc., and", "etc.—and"
    case SentenceClass::kATerm:      // SB8a: "?!", "?."
    case SentenceClass::kSTerm:
      return {next, Outcome::kNoBoundary};
    case SentenceClass::kCR:  // SB11 with its ParaSep
    case SentenceClass::kLF:
    case SentenceClass::kSep:
      return {ParaSepEnd(piece, c), Outcome::kBoundary};
    default:
      break;
  }
  if (terminator.type == SentenceClass::kATerm) {
    // SB8: after ATerm Close* Sp*, no boundary when the first letter,
    // ParaSep or terminator that follows is a Lower ("etc. (see 3) and").
    // OLetter counts as a letter here.
    for (std::size_t k = next; k < size;) {
      const Char after = At(piece, k);
      switch (after.type) {
        case SentenceClass::kLower:
          return {k, Outcome::kNoBoundary};
        case SentenceClass::kUnsupported:
          return {k, Outcome::kDecline};
        case SentenceClass::kUpper:
        case SentenceClass::kOLetter:
        case SentenceClass::kATerm:
        case SentenceClass::kSTerm:
          return {next, Outcome::kBoundary};
        default:
          if (IsParaSep(after.type)) return {next, Outcome::kBoundary};
          k = after.end;
      }
    }
  }
  return {next, Outcome::kBoundary};  // SB11
}

// Whether ICU's filter suppresses the boundary at `boundary` (< size), as
// ICU 72 decides it: from the boundary, less one U+0020 before it (or CR or
// LF read as one; so in the walks below), walk the
// text backwards code point by code point (a supplementary one goes into
// the trie as its surrogate pair, lead first, which is how the reversed
// suppressions hold it) through the reversed suppressions; the longest
// match decides. An exact match suppresses; a partial one ("Ph." of
// "Ph.D.") suppresses when the forwards trie, walked from where the match
// starts for as long as it has a continuation, ends on a match (or the
// text ends inside it). No word boundary is required before the match.
bool SentenceRules::Suppressed(std::string_view piece,
                               std::size_t boundary) const {
  std::size_t at = boundary;
  // A UTF-8 trail byte is never 0x20, 0x0A or 0x0D.
  if (AsRead(static_cast<unsigned char>(piece[at - 1])) == ' ') --at;
  icu::UCharsTrie backward(*backwards);
  std::optional<std::size_t> best;
  std::int32_t best_value = 0;
  while (at > 0) {
    const UStringTrieResult result =
        backward.nextForCodePoint(AsRead(PreviousCodePoint(piece, at)));
    if (USTRINGTRIE_HAS_VALUE(result)) {
      best = at;
      best_value = backward.getValue();
    }
    if (!USTRINGTRIE_HAS_NEXT(result)) break;
  }
  if (!best) return false;
  if (best_value == kExactMatch) return true;
  if (best_value != kPartialMatch || forwards == nullptr) return false;
  icu::UCharsTrie forward(*forwards);
  UStringTrieResult result = USTRINGTRIE_INTERMEDIATE_VALUE;
  for (std::size_t k = *best; k < piece.size();) {
    result = forward.nextForCodePoint(AsRead(NextCodePoint(piece, k)));
    if (!USTRINGTRIE_HAS_NEXT(result)) break;
  }
  return USTRINGTRIE_MATCHES(result);
}

// SB4 and SB11 make the boundaries; every other rule only removes some.
// The scan stops only at ParaSep, terminators and what it declines.
bool SentenceRules::FindBreaks(std::string_view piece,
                               std::vector<std::int32_t>& breaks) const {
  breaks.clear();
  const std::size_t size = piece.size();
  std::size_t at = 0;
  while (true) {
    // SB998. Four bytes at a time: their lookups do not wait on each
    // other, which made the scan about 1.5 times faster.
    // (As unsigned: a bitwise "and" of the four, with no short circuit.)
    const auto passes_at = [&](std::size_t i) {
      return static_cast<unsigned>(
          passes[static_cast<unsigned char>(piece[i])]);
    };
    while (at + 4 <= size && (passes_at(at) & passes_at(at + 1) &
                              passes_at(at + 2) & passes_at(at + 3)) != 0) {
      at += 4;
    }
    while (at < size && passes_at(at)) ++at;
    if (at == size) break;
    const Char c = At(piece, at);
    Step step{0, Outcome::kBoundary};
    switch (c.type) {
      case SentenceClass::kCR:  // SB4
      case SentenceClass::kLF:
      case SentenceClass::kSep:
        step.next = ParaSepEnd(piece, c);
        break;
      case SentenceClass::kATerm:
      case SentenceClass::kSTerm:
        step = AfterTerminator(piece, at, c);
        break;
      case SentenceClass::kUnsupported:  // SB5: left to ICU
        return false;
      default:  // SB998
        at = c.end;
        continue;
    }
    if (step.outcome == Outcome::kDecline) return false;
    at = step.next;
    if (step.outcome == Outcome::kNoBoundary || at == size) continue;
    if (backwards != nullptr && Suppressed(piece, at)) continue;
    breaks.push_back(static_cast<std::int32_t>(at));
  }
  // SB2: the end of the text is always a boundary.
  if (size > 0) breaks.push_back(static_cast<std::int32_t>(size));
  return true;
}

void LineBreaksToSpaces(std::string_view text, std::string& out) {
  out.assign(text);
  for (char& c : out) c = (c == '\n' || c == '\r') ? ' ' : c;
}

FastSentenceBreaks::FastSentenceBreaks(const std::string& icu_locale)
    : rules_(CachedRules(icu_locale, LineBreaks::kAsIs)),
      spaced_rules_(CachedRules(icu_locale, LineBreaks::kAsSpaces)) {}

const std::vector<std::int32_t>* FastSentenceBreaks::Breaks(
    std::string_view piece, LineBreaks line_breaks) {
  const SentenceRules* rules = RulesFor(line_breaks);
  return rules != nullptr && rules->FindBreaks(piece, breaks_) ? &breaks_
                                                               : nullptr;
}

}  // namespace summarize::internal
