// Sentence boundaries of ASCII text: ICU 72's root sentence rules and its
// "@ss=standard" abbreviation filter, without ICU's rule engine.
#include "text/ascii_sentence_breaks.h"

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
#include "util/ascii.h"

namespace summarize::internal {
namespace {

// The Sentence_Break classes ASCII characters have (no ASCII character is
// OLetter, Sep, Format or Extend).
enum class SentenceClass : std::uint8_t {
  kOther,
  kCR,
  kLF,
  kSp,
  kLower,
  kUpper,
  kNumeric,
  kATerm,      // "."
  kSTerm,      // "!" "?"
  kClose,      // quotes and brackets
  kSContinue,  // "," "-" ":"
  kUnsupported,
};

}  // namespace

// What the fast path knows of a locale; immutable once built and shared by
// every AsciiSentenceBreaks for its locale id.
struct AsciiSentenceRules {
  std::array<SentenceClass, 128> classes{};
  // The filter's suppressions (see Suppressed()); null when the locale's
  // iterator has no filter or the filter has none.
  std::unique_ptr<const icu::UCharsTrie> backwards;
  std::unique_ptr<const icu::UCharsTrie> forwards;

  // Replaces `breaks` by the boundaries of `piece` (ASCII, under 2 GiB),
  // reusing its capacity.
  void FindBreaks(std::string_view piece,
                  std::vector<std::int32_t>& breaks) const;

 private:
  struct Step {
    std::size_t next;  // where the scan goes on
    bool boundary;     // whether `next` is a boundary
  };
  SentenceClass ClassAt(std::string_view piece, std::size_t at) const {
    return classes[static_cast<unsigned char>(piece[at])];
  }
  Step AfterTerminator(std::string_view piece, std::size_t at) const;
  bool Suppressed(std::string_view piece, std::size_t boundary) const;
};

namespace {

// ICU 72's root sentence rules (icu4c/source/data/brkitr/rules/sentence.txt)
// as RuleBasedBreakIterator::getRules() returns them, comments and spaces
// stripped. Breaks() implements exactly these; a locale whose iterator has
// any other rules is left to ICU.
constexpr char kImplementedRules[] =
    "!!quoted_literals_only;"
    "$CR=[\\p{Sentence_Break=CR}];"
    "$LF=[\\p{Sentence_Break=LF}];"
    "$Extend=[\\p{Sentence_Break=Extend}];"
    "$Sep=[\\p{Sentence_Break=Sep}];"
    "$Format=[\\p{Sentence_Break=Format}];"
    "$Sp=[\\p{Sentence_Break=Sp}];"
    "$Lower=[\\p{Sentence_Break=Lower}];"
    "$Upper=[\\p{Sentence_Break=Upper}];"
    "$OLetter=[\\p{Sentence_Break=OLetter}];"
    "$Numeric=[\\p{Sentence_Break=Numeric}];"
    "$ATerm=[\\p{Sentence_Break=ATerm}];"
    "$SContinue=[\\p{Sentence_Break=SContinue}];"
    "$STerm=[\\p{Sentence_Break=STerm}];"
    "$Close=[\\p{Sentence_Break=Close}];"
    "$SpEx=$Sp($Extend|$Format)*;"
    "$LowerEx=$Lower($Extend|$Format)*;"
    "$UpperEx=$Upper($Extend|$Format)*;"
    "$OLetterEx=$OLetter($Extend|$Format)*;"
    "$NumericEx=$Numeric($Extend|$Format)*;"
    "$ATermEx=$ATerm($Extend|$Format)*;"
    "$SContinueEx=$SContinue($Extend|$Format)*;"
    "$STermEx=$STerm($Extend|$Format)*;"
    "$CloseEx=$Close($Extend|$Format)*;"
    "!!chain;"
    "$CR$LF;"
    "[^$Sep$CR$LF]?($Extend|$Format)*;"
    "$ATermEx$NumericEx;"
    "($UpperEx|$LowerEx)$ATermEx$UpperEx;"
    "$NotLettersEx=[^$OLetter$Upper$Lower$Sep$CR$LF$ATerm$STerm]"
    "($Extend|$Format)*;"
    "$ATermEx$CloseEx*$SpEx*$NotLettersEx*$Lower;"
    "($STermEx|$ATermEx)$CloseEx*$SpEx*($SContinueEx|$STermEx|$ATermEx);"
    "($STermEx|$ATermEx)$CloseEx*$SpEx*($Sep|$CR|$LF)?;"
    "[[^$STerm$ATerm$Close$Sp$Sep$LF$CR$Format$Extend]{bof}]"
    "($Extend|$Format|$Close|$Sp)*.;"
    "[[^$STerm$ATerm$Close$Sp$Sep$LF$CR$Format$Extend]{bof}]"
    "($Extend|$Format|$Close|$Sp)*([$Sep$LF$CR{eof}]|$CR$LF){100};";

// Values in the filter's backwards trie, as ICU's filter stores them: the
// reversed suppression matched exactly, or only its part up to its first
// "." (a "partial" match, confirmed against the forwards trie).
constexpr std::int32_t kPartialMatch = 1;
constexpr std::int32_t kExactMatch = 2;

SentenceClass ClassWithIcu(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER:
      return SentenceClass::kOther;
    case U_SB_CR:
      return SentenceClass::kCR;
    case U_SB_LF:
      return SentenceClass::kLF;
    case U_SB_SP:
      return SentenceClass::kSp;
    case U_SB_LOWER:
      return SentenceClass::kLower;
    case U_SB_UPPER:
      return SentenceClass::kUpper;
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
    default:  // OLetter, Sep, Format, Extend: rules Breaks() leaves out
      return SentenceClass::kUnsupported;
  }
}

// The rule-based iterator under `iterator` has exactly the rules Breaks()
// implements.
bool HasImplementedRules(const icu::BreakIterator& iterator) {
  const auto* rules =
      dynamic_cast<const icu::RuleBasedBreakIterator*>(&iterator);
  return rules != nullptr &&
         rules->getRules() == icu::UnicodeString::fromUTF8(kImplementedRules);
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
                AsciiSentenceRules& rules) {
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

// A text that goes through every rule Breaks() implements and, for each
// ASCII suppression, the places the filter looks at: the self-check that
// Breaks() and ICU agree for the locale before the fast path is used.
std::string ProbeText(const std::set<icu::UnicodeString>& suppressions) {
  std::string probe =
      "One. Two? Three! \"Four.\" (Five.) six. 7.5 a.B 1.C e.g. x ?! Hi!? "
      "ok.\r\nNext.\n\nA. b, c. - d.) e.] F\r G.\t H  .  i...J '(x.)' "
      "K.) (5) l. 2. M? n! O.\" 'P'. Q.\r\n\r\n R.  ";
  for (const icu::UnicodeString& suppression : suppressions) {
    std::string string;
    suppression.toUTF8String(string);
    if (!IsAscii(string)) continue;
    probe += "Aa " + string + " Bb " + string + "Cc x" + string + "\n" +
             string + " dd. ";
  }
  return probe;
}

// ICU's boundaries for `text` from `iterator`.
std::vector<std::int32_t> IcuBreaks(icu::BreakIterator& iterator,
                                    std::string_view text) {
  UTextPtr utext = NewUtf8Text();
  SetUtf8Text(iterator, utext, text);
  std::vector<std::int32_t> breaks;
  for (std::int32_t boundary = iterator.next();
       boundary != icu::BreakIterator::DONE; boundary = iterator.next()) {
    breaks.push_back(boundary);
  }
  return breaks;
}

// The fast path's knowledge of `locale`, or null when it cannot be exact
// there (see the header).
std::unique_ptr<AsciiSentenceRules> BuildRules(const std::string& locale) {
  auto rules = std::make_unique<AsciiSentenceRules>();
  for (UChar32 c = 0; c < 0x80; ++c) {
    rules->classes[static_cast<std::size_t>(c)] = ClassWithIcu(c);
    if (rules->classes[static_cast<std::size_t>(c)] ==
        SentenceClass::kUnsupported) {
      return nullptr;
    }
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
  const std::string probe = ProbeText(suppressions);
  std::vector<std::int32_t> breaks;
  rules->FindBreaks(probe, breaks);
  if (breaks != IcuBreaks(*iterator, probe)) return nullptr;
  return rules;
}

const AsciiSentenceRules* CachedRules(const std::string& locale) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const AsciiSentenceRules>,
                  std::less<>>
      cache;
  const std::lock_guard lock(mutex);
  const auto found = cache.find(locale);
  if (found != cache.end()) return found->second.get();
  return cache.emplace(locale, BuildRules(locale)).first->second.get();
}

}  // namespace

// The rules at a terminator, `piece[at]` ATerm or STerm: where the
// sentence it may end ends, or that it does not end there.
AsciiSentenceRules::Step AsciiSentenceRules::AfterTerminator(
    std::string_view piece, std::size_t at) const {
  const std::size_t size = piece.size();
  const SentenceClass terminator = ClassAt(piece, at);
  std::size_t next = at + 1;
  if (terminator == SentenceClass::kATerm && next < size) {
    const SentenceClass after = ClassAt(piece, next);
    // SB6: "3.14".
    if (after == SentenceClass::kNumeric) return {next, false};
    // SB7: "U.S". No boundary ever falls between a letter and an ATerm, so
    // the letter before is in the piece even where ICU starts its rules
    // afresh after a boundary.
    if (after == SentenceClass::kUpper && at > 0) {
      const SentenceClass before = ClassAt(piece, at - 1);
      if (before == SentenceClass::kUpper || before == SentenceClass::kLower) {
        return {next, false};
      }
    }
  }
  // SB9, SB10: no boundary inside Close* Sp*.
  while (next < size && ClassAt(piece, next) == SentenceClass::kClose) ++next;
  while (next < size && ClassAt(piece, next) == SentenceClass::kSp) ++next;
  if (next == size) return {size, true};
  switch (ClassAt(piece, next)) {
    case SentenceClass::kSContinue:  // SB8a: "etc., and"
    case SentenceClass::kATerm:      // SB8a: "?!", "?."
    case SentenceClass::kSTerm:
      return {next, false};
    case SentenceClass::kCR:  // SB11 with its ParaSep (and SB3 for CR LF)
      if (next + 1 < size && ClassAt(piece, next + 1) == SentenceClass::kLF) {
        return {next + 2, true};
      }
      return {next + 1, true};
    case SentenceClass::kLF:
      return {next + 1, true};
    default:
      break;
  }
  if (terminator == SentenceClass::kATerm) {
    // SB8: after ATerm Close* Sp*, no boundary when the first letter,
    // ParaSep or terminator that follows is a Lower ("etc. (see 3) and").
    std::size_t k = next;
    while (k < size) {
      const SentenceClass c = ClassAt(piece, k);
      if (c == SentenceClass::kLower) return {k, false};
      if (c == SentenceClass::kUpper || c == SentenceClass::kCR ||
          c == SentenceClass::kLF || c == SentenceClass::kATerm ||
          c == SentenceClass::kSTerm) {
        break;
      }
      ++k;
    }
  }
  return {next, true};  // SB11
}

// Whether ICU's filter suppresses the boundary at `boundary` (< size), as
// ICU 72 decides it: from the boundary, less one U+0020 before it, walk the
// text backwards through the reversed suppressions; the longest match
// decides. An exact match suppresses; a partial one ("Ph." of "Ph.D.")
// suppresses when the forwards trie, walked from where the match starts
// for as long as it has a continuation, ends on a match (or the text ends
// inside it). No word boundary is required before the match.
bool AsciiSentenceRules::Suppressed(std::string_view piece,
                                    std::size_t boundary) const {
  std::size_t at = boundary;
  if (piece[at - 1] == ' ') --at;
  icu::UCharsTrie backward(*backwards);
  std::optional<std::size_t> best;
  std::int32_t best_value = 0;
  while (at > 0) {
    --at;
    const UStringTrieResult result =
        backward.next(static_cast<unsigned char>(piece[at]));
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
  for (std::size_t k = *best; k < piece.size(); ++k) {
    result = forward.next(static_cast<unsigned char>(piece[k]));
    if (!USTRINGTRIE_HAS_NEXT(result)) break;
  }
  return USTRINGTRIE_MATCHES(result);
}

// SB4 and SB11 make the boundaries; every other rule only removes some.
// The scan stops only at ParaSep and terminators.
void AsciiSentenceRules::FindBreaks(std::string_view piece,
                                    std::vector<std::int32_t>& breaks) const {
  breaks.clear();
  const std::size_t size = piece.size();
  std::size_t at = 0;
  while (at < size) {
    Step step{0, true};
    switch (ClassAt(piece, at)) {
      case SentenceClass::kLF:  // SB4
        step.next = at + 1;
        break;
      case SentenceClass::kCR:  // SB3, SB4
        step.next =
            at + 1 < size && ClassAt(piece, at + 1) == SentenceClass::kLF
                ? at + 2
                : at + 1;
        break;
      case SentenceClass::kATerm:
      case SentenceClass::kSTerm:
        step = AfterTerminator(piece, at);
        break;
      default:  // SB998
        ++at;
        continue;
    }
    at = step.next;
    if (!step.boundary || at == size) continue;
    if (backwards != nullptr && Suppressed(piece, at)) continue;
    breaks.push_back(static_cast<std::int32_t>(at));
  }
  // SB2: the end of the text is always a boundary.
  if (size > 0) breaks.push_back(static_cast<std::int32_t>(size));
}

AsciiSentenceBreaks::AsciiSentenceBreaks(const std::string& icu_locale)
    : rules_(CachedRules(icu_locale)) {}

const std::vector<std::int32_t>& AsciiSentenceBreaks::Breaks(
    std::string_view piece) {
  rules_->FindBreaks(piece, breaks_);
  return breaks_;
}

}  // namespace summarize::internal
