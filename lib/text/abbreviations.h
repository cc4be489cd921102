// Per-language abbreviation data for the sentence splitter's merge pass.
//
// ICU's sentence rules (even with CLDR suppressions) break after many
// abbreviations and after initials: "Dr. | Jones", "the U.S. | Gulf Coast",
// "J. | R. | R. | Tolkien". This unit decides, from a language's data file
// (data/abbreviations/<code>.txt, compiled into the library), whether such
// a break is false and should be undone.
#ifndef SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_
#define SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace summarize::internal {

// What the word before a sentence break is.
enum class AbbreviationKind {
  kNone,     // an ordinary word: the break stands
  kTitle,    // "Dr.", "Mr.": always joins the next word
  kGeneral,  // "U.S.", "a.m.", "etc.": joins unless the next word looks like
             // the start of a sentence
  kInitial,  // "J.", "J.R.R.": capital letters with periods; same rule as
             // kGeneral
};

// The abbreviation data of one language. Immutable, so thread-safe to read.
//
// Data format (UTF-8, one entry per line; surrounding whitespace trimmed;
// blank lines and lines starting with '#' skipped). A line "[name]" starts a
// section; lines before the first section or in unknown sections are
// ignored, so that files can grow sections older code does not know:
//   [title]           abbreviations that always join the next word ("Dr.")
//   [general]         abbreviations that join unless a sentence starts
//                     after them ("U.S.")
//   [sentence-final]  words the initials rule would take for initials but
//                     that usually end a sentence (English "I.")
//   [starters]        function words that commonly start a sentence ("the",
//                     "he"); a capitalised one after a general abbreviation
//                     or an initial keeps the break
// Abbreviations are written with their periods ("e.g."). All entries are
// matched case-insensitively (ICU full case folding).
class Abbreviations {
 public:
  // No data: only the initials rule applies, and no word counts as a
  // sentence starter.
  Abbreviations() = default;
  // Parses `data` in the format above. Never throws on bad lines: they are
  // ignored.
  explicit Abbreviations(std::string_view data);

  // Classifies `token`, a word that ends in '.' with no surrounding
  // whitespace or opening punctuation, e.g. "U.S." or "J.".
  AbbreviationKind Classify(std::string_view token) const;

  // True when `word` (letters only, any case) is in the [starters] section.
  bool IsSentenceStarter(std::string_view word) const;

  // Whether a sentence break between `before` and `after` should be undone.
  // `before` is the text up to the break (trailing whitespace allowed; only
  // its last word is looked at); `after` is the text that follows it
  // (leading whitespace allowed; only its first word is looked at).
  //
  // Joins when the last word of `before` ends in '.' and is
  //  - a title: always, unless nothing follows;
  //  - a general abbreviation or initials: when the next word starts with a
  //    lowercase letter or a digit, is itself an initial ("J. R."), or
  //    starts with a capital letter and is not a sentence starter
  //    ("the U.S. Gulf Coast" joins, "the U.S. He left" does not). Anything
  //    else after it (a quote, a symbol, a letter without case) keeps the
  //    break.
  bool JoinsNext(std::string_view before, std::string_view after) const;

  // Number of entries of each kind (for tests and diagnostics).
  std::size_t abbreviation_count() const {
    return titles_.size() + general_.size();
  }
  std::size_t starter_count() const { return starters_.size(); }

 private:
  // All stored case-folded.
  std::unordered_set<std::string> titles_;
  std::unordered_set<std::string> general_;
  std::unordered_set<std::string> sentence_final_;
  std::unordered_set<std::string> starters_;
};

// The abbreviation data for a language code such as "en", from the embedded
// data/abbreviations/<code>.txt; an empty Abbreviations (initials rule only)
// when the language has no file. Each file is parsed once, on first use.
// Thread-safe; the reference is valid for the life of the program.
const Abbreviations& AbbreviationsFor(std::string_view language);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_
