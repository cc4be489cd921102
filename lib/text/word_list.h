// A set of words compiled into the library (stopwords, abbreviations).
#ifndef SUMMARIZE_LIB_TEXT_WORD_LIST_H_
#define SUMMARIZE_LIB_TEXT_WORD_LIST_H_

#include <cstddef>
#include <string_view>

#include "util/string_hash.h"

namespace summarize::internal {

// An immutable set of case-folded UTF-8 words. Thread-safe to read.
class WordList {
 public:
  WordList() = default;
  // Parses one word per line; blank lines and lines starting with '#' are
  // skipped; surrounding whitespace is trimmed. Words are stored as given
  // (the data files are already lowercase).
  explicit WordList(std::string_view data);

  // Exact, case-sensitive match. O(|word|) expected, allocation-free.
  bool Contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  StringSet words_;
};

// The embedded stopword list (data/stopwords/<language>.txt) for a language
// code (as in Language::code; "nb" reads the "no" list); an empty list when
// there is none. Each list is parsed once, on first use; the reference stays
// valid for the life of the program. Thread-safe.
const WordList& Stopwords(std::string_view language);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_WORD_LIST_H_
