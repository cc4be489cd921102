// Per-language abbreviation data for the sentence splitter's merge pass.
//
// ICU's sentence rules (even with CLDR suppressions) break after many
// abbreviations and after initials: "Dr. | Jones", "the U.S. | Gulf Coast",
// "J. | R. | R. | Tolkien". This unit decides, from a language's data file
// (data/abbreviations/<code>.txt, compiled into the library), whether such
// a break is false and should be undone.
#ifndef SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_
#define SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace summarize::internal {

// What the word (or words) before a sentence break is.
enum class AbbreviationKind {
  kNone,     // an ordinary word: the break stands
  kTitle,    // "Dr.", "Mr.": always joins the next word
  kGeneral,  // "U.S.", "a.m.", "etc.": joins unless the next word looks like
             // the start of a sentence
  kInitial,  // "J.", "J.R.R.": capital letters with periods; same rule as
             // kGeneral
  kWeak,     // "рис.", "Art.": joins only a number or a lowercase word
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
//   [weak]            abbreviations that join only a following number or
//                     lowercase word: those that also end sentences, such as
//                     units and "and others" ("мм рт. ст.", "и др."), and
//                     those that precede numbers ("Art. 66", "рис. 1")
//   [units]           abbreviations that, right after a number or after a
//                     slash ("км/с."), are a unit and then join like [weak]
//                     entries ("в 2021 г." is a year); elsewhere their other
//                     section applies (the title "г. Москва", a city)
//   [sentence-final]  words the initials rule would take for initials but
//                     that usually end a sentence (English "I.")
//   [starters]        function words that commonly start a sentence ("the",
//                     "he"); a capitalised one after a general abbreviation
//                     or an initial keeps the break
//   [ordinals]        words that, after a number of at most three digits
//                     written with a period, show that the number is an
//                     ordinal and the sentence goes on ("am 3. Oktober",
//                     "im 19. Jahrhundert"); an entry written with a final
//                     period must be followed by one ("[15. С. 2]"). The
//                     entry "*" stands for every capitalised word that is not
//                     a sentence starter (Turkish "12. Bölge"). A lowercase
//                     word after such a number always joins. Languages
//                     without entries here have no ordinal rule, so "1990."
//                     and "3." end sentences as ICU decides.
// Abbreviations are written with their periods ("e.g."). An abbreviation
// written in several space-separated parts ("z. B.", "т. е.", at most
// kMaxAbbreviationParts) also matches with other spacing ("z.B.") and keeps
// ICU from breaking between its parts. Entries are matched case-insensitively
// (ICU full case folding, with the dotted and dotless i of Turkish all folded
// to "i"), except that an entry written all in lowercase matches only words
// that have a lowercase letter: "им." (Russian "named after") does not match
// the acronym "ИМ.", nor "г." (city) the initial "Г.".
class Abbreviations {
 public:
  static constexpr std::size_t kMaxAbbreviationParts = 4;

  // No data: only the initials rule applies, and no word counts as a
  // sentence starter.
  Abbreviations() = default;
  // Parses `data` in the format above. Never throws on bad lines: they are
  // ignored.
  explicit Abbreviations(std::string_view data);

  // Classifies `token`, a word that ends in '.' with no surrounding
  // whitespace or opening punctuation, e.g. "U.S." or "J.", or an
  // abbreviation of several parts written without spaces ("z.B."). Does not
  // know the context, so [units] and [ordinals] play no part.
  AbbreviationKind Classify(std::string_view token) const;

  // True when `word` (letters only, any case) is in the [starters] section.
  bool IsSentenceStarter(std::string_view word) const;

  // Whether a sentence break between `before` and `after` should be undone.
  // `before` is the text up to the break (trailing whitespace allowed; only
  // its last few words are looked at); `after` is the text that follows it
  // (leading whitespace allowed; only its first few words are looked at).
  //
  // Joins when the break falls between the parts of an abbreviation
  // ("z. | B."), and otherwise when `before` ends in '.' and its last word
  // (or words: "v. Chr.") is
  //  - a title: always, unless nothing follows;
  //  - a unit right after a number, or a weak abbreviation: when the next
  //    word starts with a lowercase letter, a digit or "%", or is a Roman
  //    numeral;
  //  - a general abbreviation or initials: when the next word starts with a
  //    lowercase letter, a digit or "%", is itself an initial ("J. R."), or
  //    starts with a capital letter and is not a sentence starter
  //    ("the U.S. Gulf Coast" joins, "the U.S. He left" does not);
  //  - a number of one to three digits, in a language with [ordinals]: when
  //    the next word starts with a lowercase letter or is an [ordinals]
  //    entry (see there).
  // Anything else after it (a quote, a symbol, a letter without case) keeps
  // the break.
  bool JoinsNext(std::string_view before, std::string_view after) const;

  // Number of entries of each kind (for tests and diagnostics).
  std::size_t abbreviation_count() const {
    return titles_.size() + general_.size() + weak_.size();
  }
  std::size_t starter_count() const { return starters_.size(); }
  std::size_t ordinal_count() const { return ordinals_.size(); }

 private:
  // Up to kMaxAbbreviationParts whitespace-separated words.
  struct Words {
    std::array<std::string_view, kMaxAbbreviationParts> items;
    std::size_t size = 0;
  };

  // Folded entries, each with whether it also matches a word that has no
  // lowercase letter (see the data format).
  class EntrySet {
   public:
    void Add(const std::string& folded, bool any_case);
    bool Contains(const std::string& folded, bool word_has_lowercase) const;
    bool empty() const { return entries_.empty(); }
    std::size_t size() const { return entries_.size(); }

   private:
    std::unordered_map<std::string, bool> entries_;
  };

  // Classifies `token`, whose folded form is `folded`.
  AbbreviationKind ClassifyFolded(const std::string& folded,
                                  std::string_view token) const;
  // The kind of the abbreviation that `last` (the last words before the
  // break, last first) ends with, in context.
  AbbreviationKind KindAtEnd(const Words& last) const;
  bool InsideAbbreviation(const Words& last, const Words& next) const;
  bool OrdinalJoins(std::string_view number, std::string_view after) const;

  // All stored case-folded; abbreviations of several parts in their compact
  // form ("z.b.").
  EntrySet titles_;
  EntrySet general_;
  EntrySet weak_;
  EntrySet units_;
  EntrySet sentence_final_;
  std::unordered_set<std::string> starters_;
  std::unordered_set<std::string> ordinals_;
  bool any_ordinal_ = false;  // "*" in [ordinals]
  // Abbreviations of several parts, folded, parts separated by one space
  // ("z. b."), and the largest number of parts of any entry.
  EntrySet multi_part_;
  std::unordered_set<std::string> multi_part_words_;  // their folded parts
  std::size_t max_parts_ = 1;
};

// The abbreviation data for a language code such as "en", from the embedded
// data/abbreviations/<code>.txt; an empty Abbreviations (initials rule only)
// when the language has no file. Each file is parsed once, on first use.
// Thread-safe; the reference is valid for the life of the program.
const Abbreviations& AbbreviationsFor(std::string_view language);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_
