// Stage 4: turn a sentence into index terms.
#ifndef SUMMARIZE_LIB_TEXT_ANALYZER_H_
#define SUMMARIZE_LIB_TEXT_ANALYZER_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "summarize/summary.hpp"
#include "text/language.h"
#include "text/term_rows.h"
#include "text/vocabulary.h"

namespace summarize::internal {

// Word analysis with ICU's word BreakIterator (rule status keeps words,
// numbers, kana and ideographs), ICU NFKC + case folding, the language's
// stopword list and its Snowball stemmer (libstemmer).
//
// Terms are ids in the analyzer's own vocabulary(), so one Analyzer serves
// one document (and its title). Not thread-safe (it owns an ICU iterator, a
// stemmer and a word cache): make one per thread or per call.
class Analyzer {
 public:
  // Throws Error(kInternal) if ICU or libstemmer cannot be set up. With
  // `remove_stopwords` false, stopwords are terms like any other word (for
  // matching word lists that contain them, such as Edmundson's cue words).
  Analyzer(const Language& language, bool stem, bool remove_stopwords = true);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyzes text[span.begin, span.end) (valid UTF-8; offsets in bytes):
  // appends the ids of its index terms to `terms` and returns its number of
  // words. Words are words, numbers and ideographs; terms are the words
  // NFKC-normalised and case-folded, stopwords removed, stemmed when the
  // language has a stemmer and stemming is on, in order, repeats kept.
  // Only bytes inside the span are read, in place (no UTF-16 copy). "’"
  // (U+2019) is read as "'" in every language, so "don’t" matches the
  // stopword "don't". Language rules, applied before the stopword check and
  // stemming:
  //  - English: a trailing possessive "'s" is dropped ("Gilbert's" →
  //    "gilbert");
  //  - Turkish, Azerbaijani: Turkic case folding ("I" → "ı", "İ" → "i"), and
  //    the suffix after an apostrophe is dropped ("Türkiye'de" → "türkiye");
  //  - Russian: "ё" is read as "е" ("всё" → "все").
  // Words with an inner period ("U.S." → "u.s", "Ph.D.") are not stemmed.
  // Throws Error(kInvalidSpans) if the span is not inside `text`,
  // Error(kInputTooLarge) if it is 2 GiB or longer (ICU offsets are 32-bit),
  // Error(kInternal) if ICU or libstemmer fails.
  // With `term_spans`, also appends each term's word as a byte range of
  // `text`, one per appended id.
  std::size_t Analyze(std::string_view text, Span span,
                      std::vector<TermId>& terms,
                      std::vector<Span>* term_spans = nullptr);

  // Every term met so far.
  const Vocabulary& vocabulary() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_ANALYZER_H_
