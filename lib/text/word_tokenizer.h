// Word tokens of a piece of text, exactly as ICU's word break iterator finds
// them, with a fast path for the common case.
#ifndef SUMMARIZE_LIB_TEXT_WORD_TOKENIZER_H_
#define SUMMARIZE_LIB_TEXT_WORD_TOKENIZER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "summarize/summary.hpp"
#include "text/language.h"

namespace summarize::internal {

// Finds the words of a span: the segments ICU's word BreakIterator (for the
// language's locale) gives a word rule status — words, numbers, kana,
// ideographs — and nothing else.
//
// Most text needs only the UAX #29 rules for letters, digits and the
// punctuation inside words ("don't", "U.S", "3.14", "1,000"); such spans are
// tokenized by a direct implementation of those rules, several times faster
// than the iterator. A span with anything else — combining marks, format
// characters, emoji, "_", Hebrew, or a script ICU segments with a
// dictionary (Chinese, Japanese, Thai, ...) — goes through ICU itself, as
// does every span when the locale tailors the word rules. A test checks that
// both paths give the same tokens on every benchmark corpus.
//
// Not thread-safe (it owns an ICU iterator): one per thread or per call.
class WordTokenizer {
 public:
  // Throws Error(kInternal) if ICU cannot build the iterator.
  explicit WordTokenizer(const Language& language);
  ~WordTokenizer();
  WordTokenizer(const WordTokenizer&) = delete;
  WordTokenizer& operator=(const WordTokenizer&) = delete;

  // The words of `piece` (valid UTF-8, under 2 GiB) as byte ranges into it,
  // in order. The reference stays valid until the next call.
  const std::vector<Span>& Words(std::string_view piece);

  // The same through ICU alone (for tests and benchmarks).
  const std::vector<Span>& IcuWords(std::string_view piece);

  // Whether Words() may use the fast path for this locale.
  bool fast_path_enabled() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_WORD_TOKENIZER_H_
