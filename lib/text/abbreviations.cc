// Per-language abbreviation data and the sentence-break merge rules.
#include "text/abbreviations.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "text/code_points.h"
#include "util/ascii.h"
#include "util/data_file.h"

namespace summarize::internal {
namespace {

// Ordinal numbers have at most this many digits: "19." is an ordinal, while
// "1990." is a year, which often ends a sentence.
constexpr std::size_t kMaxOrdinalDigits = 3;

// Full case folding, with Turkish "İ" (folded to "i" + U+0307) and dotless
// "ı" both matched as "i", so that Turkish entries and text meet whatever the
// casing ("İlk", "ILK", "ilk").
std::string FoldCase(std::string_view text) {
  // ASCII: full case folding is exactly A-Z → a-z.
  if (std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
      })) {
    return AsciiLower(text);
  }
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
  unicode.foldCase();
  unicode.findAndReplace(icu::UnicodeString(u"i\u0307"),
                         icu::UnicodeString(u"i"));
  unicode.findAndReplace(icu::UnicodeString(u"\u0131"),
                         icu::UnicodeString(u"i"));
  std::string folded;
  unicode.toUTF8String(folded);
  return folded;
}

bool IsUpperOrTitle(UChar32 c) { return u_isupper(c) || u_istitle(c); }

bool IsLetterOrMark(UChar32 c) {
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// True when `token` is one or more initials: a capital letter followed by a
// period, repeated ("J.", "J.R.R.").
bool IsInitials(std::string_view token) {
  std::size_t i = 0;
  if (token.empty()) return false;
  while (i < token.size()) {
    if (!IsUpperOrTitle(NextCodePoint(token, i))) return false;
    if (i >= token.size() || token[i] != '.') return false;
    ++i;
  }
  return true;
}

bool HasLowercase(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (u_islower(NextCodePoint(text, i))) return true;
  }
  return false;
}

// True when `entry` has a letter and no uppercase or titlecase letter.
bool IsLowercaseOnly(std::string_view entry) {
  bool letter = false;
  for (std::size_t i = 0; i < entry.size();) {
    const UChar32 c = NextCodePoint(entry, i);
    if (IsUpperOrTitle(c)) return false;
    letter = letter || u_isalpha(c);
  }
  return letter;
}

// True when `token` is 1 to kMaxOrdinalDigits ASCII digits and a period.
bool IsOrdinalNumber(std::string_view token) {
  if (token.size() < 2 || token.size() > kMaxOrdinalDigits + 1 ||
      token.back() != '.') {
    return false;
  }
  return std::all_of(token.begin(), token.end() - 1,
                     [](char c) { return c >= '0' && c <= '9'; });
}

// True when `word` (a word as FirstWords() gives it) is a Roman numeral:
// letters from "IVXLCDM" (and Cyrillic "Х", which Russian texts often type
// for "X") and then nothing but punctuation.
bool IsRomanNumeral(std::string_view word) {
  constexpr std::u32string_view kDigits = U"IVXLCDMХ";
  std::size_t i = 0;
  std::size_t letters = 0;
  while (i < word.size()) {
    std::size_t next = i;
    const UChar32 c = NextCodePoint(word, next);
    if (kDigits.find(static_cast<char32_t>(c)) == std::u32string_view::npos) {
      break;
    }
    ++letters;
    i = next;
  }
  while (i < word.size()) {
    if (IsLetterOrMark(NextCodePoint(word, i))) return false;
  }
  return letters > 0;
}

// Removes the opening punctuation ("(", quotes) that `word` starts with; a
// leading '.' ("...") stays.
std::string_view WithoutOpeningPunctuation(std::string_view word) {
  std::size_t begin = 0;
  while (begin < word.size()) {
    std::size_t i = begin;
    const UChar32 c = NextCodePoint(word, i);
    if (c == '.' || !u_ispunct(c)) break;
    begin = i;
  }
  return word.substr(begin);
}

// Removes the punctuation other than '.' that `word` ends with ("a.)," gives
// "a.").
std::string_view WithoutClosingPunctuation(std::string_view word) {
  std::size_t end = word.size();
  while (end > 0) {
    std::size_t i = end;
    const UChar32 c = PreviousCodePoint(word, i);
    if (c == '.' || !u_ispunct(c)) break;
    end = i;
  }
  return word.substr(0, end);
}

// The leading run of letters and marks of `word`.
std::string_view LeadingLetters(std::string_view word) {
  std::size_t end = 0;
  while (end < word.size()) {
    std::size_t i = end;
    if (!IsLetterOrMark(NextCodePoint(word, i))) break;
    end = i;
  }
  return word.substr(0, end);
}

bool StartsWithDigit(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  return u_isdigit(NextCodePoint(word, i));
}

// Folds the parts of an entry and joins them with one space ("z.  B." gives
// "z. b."); also returns the number of parts.
std::string FoldedParts(std::string_view entry, std::size_t& parts) {
  std::string result;
  parts = 0;
  std::size_t i = 0;
  while (i < entry.size()) {
    while (i < entry.size() && (entry[i] == ' ' || entry[i] == '\t')) ++i;
    const std::size_t begin = i;
    while (i < entry.size() && entry[i] != ' ' && entry[i] != '\t') ++i;
    if (begin == i) break;
    if (parts++ > 0) result.push_back(' ');
    result += FoldCase(entry.substr(begin, i - begin));
  }
  return result;
}

std::string WithoutSpaces(std::string_view text) {
  std::string result;
  std::copy_if(text.begin(), text.end(), std::back_inserter(result),
               [](char c) { return c != ' '; });
  return result;
}

}  // namespace

void Abbreviations::EntrySet::Add(const std::string& folded, bool any_case) {
  bool& entry = entries_[folded];
  entry = entry || any_case;
}

bool Abbreviations::EntrySet::Contains(const std::string& folded,
                                       bool word_has_lowercase) const {
  const auto it = entries_.find(folded);
  return it != entries_.end() && (word_has_lowercase || it->second);
}

Abbreviations::Abbreviations(std::string_view data) {
  // The section being read: an abbreviation section or a word section.
  EntrySet* section = nullptr;
  std::unordered_set<std::string>* words = nullptr;
  for (const std::string_view line : DataLines(data)) {
    if (line.front() == '[' && line.back() == ']') {
      const std::string_view name = line.substr(1, line.size() - 2);
      section = nullptr;  // unknown: skipped (see the header)
      words = nullptr;
      if (name == "title") section = &titles_;
      if (name == "general") section = &general_;
      if (name == "weak") section = &weak_;
      if (name == "units") section = &units_;
      if (name == "sentence-final") section = &sentence_final_;
      if (name == "starters") words = &starters_;
      if (name == "ordinals") words = &ordinals_;
      continue;
    }
    std::size_t parts = 0;
    const std::string folded = FoldedParts(line, parts);
    if (words != nullptr) {
      if (words == &ordinals_ && line == "*") {
        any_ordinal_ = true;
      } else if (parts == 1) {
        words->insert(folded);
      }
      continue;
    }
    if (section == nullptr) continue;
    const bool any_case = !IsLowercaseOnly(line);
    if (parts > 1) {
      // Only titles, general and weak abbreviations have several parts.
      if (section == &units_ || section == &sentence_final_ ||
          parts > kMaxAbbreviationParts) {
        continue;
      }
      multi_part_.Add(folded, any_case);
      for (std::size_t begin = 0; begin < folded.size();) {
        const std::size_t end =
            std::min(folded.find(' ', begin), folded.size());
        multi_part_words_.insert(folded.substr(begin, end - begin));
        begin = end + 1;
      }
      max_parts_ = std::max(max_parts_, parts);
      section->Add(WithoutSpaces(folded), any_case);
    } else {
      section->Add(folded, any_case);
    }
  }
}

AbbreviationKind Abbreviations::ClassifyFolded(const std::string& folded,
                                               std::string_view token) const {
  const bool lowercase = HasLowercase(token);
  if (titles_.Contains(folded, lowercase)) return AbbreviationKind::kTitle;
  if (general_.Contains(folded, lowercase)) return AbbreviationKind::kGeneral;
  if (weak_.Contains(folded, lowercase)) return AbbreviationKind::kWeak;
  if (IsInitials(token)) {
    return sentence_final_.Contains(folded, lowercase)
               ? AbbreviationKind::kNone
               : AbbreviationKind::kInitial;
  }
  // "non-U.S.", "ex-Gov.", "Dipl.-Ing.": the part after the last hyphen or
  // slash decides.
  if (const std::size_t joint = token.find_last_of("-/");
      joint != std::string_view::npos && joint + 1 < token.size()) {
    return Classify(token.substr(joint + 1));
  }
  return AbbreviationKind::kNone;
}

AbbreviationKind Abbreviations::Classify(std::string_view token) const {
  if (token.empty() || token.back() != '.') return AbbreviationKind::kNone;
  return ClassifyFolded(FoldCase(token), token);
}

bool Abbreviations::IsSentenceStarter(std::string_view word) const {
  return !starters_.empty() && starters_.contains(FoldCase(word));
}

AbbreviationKind Abbreviations::KindAtEnd(const Words& last) const {
  // An abbreviation of several parts ("v. Chr."), the longest first.
  const bool may_end_parts =
      max_parts_ > 1 && multi_part_words_.contains(FoldCase(last.items[0]));
  for (std::size_t parts = may_end_parts ? std::min(last.size, max_parts_) : 1;
       parts >= 2; --parts) {
    std::string key;
    std::string written;
    for (std::size_t k = parts; k-- > 0;) {
      key += FoldCase(last.items[k]);
      written += last.items[k];
      if (k > 0) key.push_back(' ');
    }
    if (multi_part_.Contains(key, HasLowercase(written))) {
      return ClassifyFolded(WithoutSpaces(key), written);
    }
  }
  const std::string_view word = last.items[0];
  // A unit right after a number ("2021 г.") or after a slash in a compound
  // unit ("км/с.", "м2/г.") ends a sentence like a word does.
  if (!units_.empty()) {
    const std::size_t slash = word.rfind('/');
    const std::string_view unit =
        slash == std::string_view::npos ? word : word.substr(slash + 1);
    const bool after_number =
        slash != std::string_view::npos ||
        (last.size >= 2 && StartsWithDigit(last.items[1]));
    if (after_number && units_.Contains(FoldCase(unit), HasLowercase(unit))) {
      return AbbreviationKind::kWeak;
    }
  }
  return Classify(word);
}

bool Abbreviations::InsideAbbreviation(const Words& last,
                                       const Words& next) const {
  // Cheap test first: both words next to the break must be parts.
  if (multi_part_.empty() ||
      !multi_part_words_.contains(FoldCase(last.items[0])) ||
      !multi_part_words_.contains(
          FoldCase(WithoutClosingPunctuation(next.items[0])))) {
    return false;
  }
  // The last `before_parts` words before the break and the first
  // `after_parts` after it, as one folded key ("z." + "B." gives "z. b.").
  for (std::size_t before_parts = 1;
       before_parts <= last.size && before_parts < max_parts_; ++before_parts) {
    std::string key;
    bool lowercase = false;
    for (std::size_t k = before_parts; k-- > 0;) {
      key += FoldCase(last.items[k]);
      lowercase = lowercase || HasLowercase(last.items[k]);
      if (k > 0) key.push_back(' ');
    }
    for (std::size_t i = 0; i < next.size && before_parts + i < max_parts_;
         ++i) {
      const std::string_view part = WithoutClosingPunctuation(next.items[i]);
      key.push_back(' ');
      key += FoldCase(part);
      lowercase = lowercase || HasLowercase(part);
      if (multi_part_.Contains(key, lowercase)) return true;
    }
  }
  return false;
}

bool Abbreviations::OrdinalJoins(std::string_view number,
                                 std::string_view after) const {
  if (!IsOrdinalNumber(number)) return false;
  const std::size_t start = TrimWhitespace(after, {0, after.size()}).begin;
  if (start == after.size()) return false;
  const std::string_view word = after.substr(start);
  std::size_t i = 0;
  const UChar32 first = NextCodePoint(word, i);
  if (u_islower(first)) return true;
  if (!IsUpperOrTitle(first)) return false;
  const std::string_view letters = LeadingLetters(word);
  const std::string folded = FoldCase(letters);
  if (ordinals_.contains(folded)) return true;
  if (letters.size() < word.size() && word[letters.size()] == '.' &&
      ordinals_.contains(folded + ".")) {
    return true;
  }
  return any_ordinal_ && !IsSentenceStarter(letters);
}

bool Abbreviations::JoinsNext(std::string_view before,
                              std::string_view after) const {
  // The last words of `before` (last first), without trailing space and
  // without the opening punctuation ("(", quotes) each starts with.
  Words last;
  std::size_t end = TrimWhitespace(before, {0, before.size()}).end;
  if (end == 0 || before[end - 1] != '.') return false;
  while (end > 0 && last.size < last.items.size()) {
    std::size_t begin = end;
    while (begin > 0) {
      std::size_t i = begin;
      if (IsSpace(PreviousCodePoint(before, i))) break;
      begin = i;
    }
    last.items[last.size++] =
        WithoutOpeningPunctuation(before.substr(begin, end - begin));
    end = TrimWhitespace(before, {0, begin}).end;
  }

  // The first words of `after`.
  Words next;
  for (std::size_t i = 0; i < after.size() && next.size < max_parts_;) {
    const Span word = TrimWhitespace(after, {i, after.size()});
    if (word.begin == word.end) break;
    std::size_t word_end = word.begin;
    while (word_end < after.size()) {
      std::size_t k = word_end;
      if (IsSpace(NextCodePoint(after, k))) break;
      word_end = k;
    }
    next.items[next.size++] = after.substr(word.begin, word_end - word.begin);
    i = word_end;
  }
  if (next.size == 0) return false;  // nothing follows
  if (InsideAbbreviation(last, next)) return true;

  const AbbreviationKind kind = KindAtEnd(last);
  if (kind == AbbreviationKind::kNone) {
    const bool has_ordinals = !ordinals_.empty() || any_ordinal_;
    return has_ordinals && OrdinalJoins(last.items[0], after);
  }
  if (kind == AbbreviationKind::kTitle) return true;

  const std::string_view word = next.items[0];
  std::size_t i = 0;
  const UChar32 first = NextCodePoint(word, i);
  // No sentence starts with "%" ("0,1 мас. %").
  if (u_islower(first) || u_isdigit(first) || first == '%') return true;
  if (kind == AbbreviationKind::kWeak) return IsRomanNumeral(word);
  if (!IsUpperOrTitle(first)) return false;

  const std::string_view letters = LeadingLetters(word);
  // Another initial ("J. R. R. Tolkien", "J. A. Smith" where "A" would
  // otherwise count as a sentence starter).
  if (letters.size() == i && i < word.size() && word[i] == '.') return true;
  return !IsSentenceStarter(letters);
}

const Abbreviations& AbbreviationsFor(std::string_view language) {
  // A language without a file gets an empty table: the initials rule only.
  return ParsedDataFile<Abbreviations>("abbreviations/" +
                                       std::string(language) + ".txt");
}

}  // namespace summarize::internal
