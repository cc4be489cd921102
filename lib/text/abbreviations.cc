#include "text/abbreviations.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "text/code_points.h"
#include "util/data_file.h"

namespace summarize::internal {
namespace {

std::string FoldCase(std::string_view text) {
  std::string folded;
  icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())))
      .foldCase()
      .toUTF8String(folded);
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

}  // namespace

Abbreviations::Abbreviations(std::string_view data) {
  std::unordered_set<std::string>* section = nullptr;
  for (const std::string_view line : DataLines(data)) {
    if (line.front() == '[' && line.back() == ']') {
      const std::string_view name = line.substr(1, line.size() - 2);
      if (name == "title") {
        section = &titles_;
      } else if (name == "general") {
        section = &general_;
      } else if (name == "sentence-final") {
        section = &sentence_final_;
      } else if (name == "starters") {
        section = &starters_;
      } else {
        section = nullptr;  // unknown: skipped (see the header)
      }
      continue;
    }
    if (section != nullptr) section->insert(FoldCase(line));
  }
}

AbbreviationKind Abbreviations::Classify(std::string_view token) const {
  if (token.empty() || token.back() != '.') return AbbreviationKind::kNone;
  const std::string folded = FoldCase(token);
  if (titles_.contains(folded)) return AbbreviationKind::kTitle;
  if (general_.contains(folded)) return AbbreviationKind::kGeneral;
  if (IsInitials(token)) {
    return sentence_final_.contains(folded) ? AbbreviationKind::kNone
                                            : AbbreviationKind::kInitial;
  }
  // "non-U.S.", "ex-Gov.": the part after the last hyphen or slash decides.
  if (const std::size_t joint = token.find_last_of("-/");
      joint != std::string_view::npos && joint + 1 < token.size()) {
    return Classify(token.substr(joint + 1));
  }
  return AbbreviationKind::kNone;
}

bool Abbreviations::IsSentenceStarter(std::string_view word) const {
  return !starters_.empty() && starters_.contains(FoldCase(word));
}

bool Abbreviations::JoinsNext(std::string_view before,
                              std::string_view after) const {
  // The last word of `before`, without trailing space or opening
  // punctuation such as "(" or a quote.
  const std::size_t end = TrimWhitespace(before, {0, before.size()}).end;
  if (end == 0 || before[end - 1] != '.') return false;
  std::size_t begin = end;
  while (begin > 0) {
    std::size_t i = begin;
    if (u_isUWhiteSpace(PreviousCodePoint(before, i))) break;
    begin = i;
  }
  while (begin < end) {
    std::size_t i = begin;
    const UChar32 c = NextCodePoint(before, i);
    if (c == '.' || !u_ispunct(c)) break;
    begin = i;
  }
  const AbbreviationKind kind = Classify(before.substr(begin, end - begin));
  if (kind == AbbreviationKind::kNone) return false;

  // The first word of `after`.
  std::size_t word_begin = 0;
  UChar32 first = U_SENTINEL;
  std::size_t i = 0;
  while (i < after.size()) {
    word_begin = i;
    first = NextCodePoint(after, i);
    if (!u_isUWhiteSpace(first)) break;
    first = U_SENTINEL;
  }
  if (first == U_SENTINEL) return false;  // nothing follows
  if (kind == AbbreviationKind::kTitle) return true;
  if (u_islower(first) || u_isdigit(first)) return true;
  if (!IsUpperOrTitle(first)) return false;

  std::size_t word_end = i;
  std::size_t letters = 1;
  while (word_end < after.size()) {
    std::size_t next = word_end;
    if (!IsLetterOrMark(NextCodePoint(after, next))) break;
    word_end = next;
    ++letters;
  }
  // Another initial ("J. R. R. Tolkien", "J. A. Smith" where "A" would
  // otherwise count as a sentence starter).
  if (letters == 1 && word_end < after.size() && after[word_end] == '.') {
    return true;
  }
  return !IsSentenceStarter(after.substr(word_begin, word_end - word_begin));
}

const Abbreviations& AbbreviationsFor(std::string_view language) {
  // A language without a file gets an empty table: the initials rule only.
  return ParsedDataFile<Abbreviations>("abbreviations/" +
                                       std::string(language) + ".txt");
}

}  // namespace summarize::internal
