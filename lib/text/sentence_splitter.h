// Stage 3: split a block of text into sentences.
#ifndef SUMMARIZE_LIB_TEXT_SENTENCE_SPLITTER_H_
#define SUMMARIZE_LIB_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "summarize/summary.hpp"
#include "text/language.h"

namespace summarize::internal {

// Splits text into sentences with ICU's sentence BreakIterator (over a UTF-8
// UText, no UTF-16 copy) for the language's locale with CLDR abbreviation
// suppressions — or, for a block without combining marks and format
// characters (Sentence_Break Extend and Format), with the exact equivalent
// in text/sentence_breaks.h, 5 to 7 times faster — followed by a merge pass
// that rejoins breaks ICU makes after abbreviations it does not know ("Dr.",
// "U.S.", "z. B."), after initials ("J. R. R. Tolkien") and after ordinal
// numbers ("am 3. Oktober"), driven by the language's abbreviation data
// (see text/abbreviations.h); breaks after "?" or "!" that a lowercase word
// follows ("\"Why?\" he said"); and breaks after a list number directly
// before Chinese or Japanese text ("：1.为人们…；2.从人开始"). Thai, which
// has no sentence-final punctuation, is also cut at the spaces that end a
// sentence rather than a clause (text/thai_sentences.h).
//
// Not thread-safe (it owns an ICU iterator): make one per thread or per call.
class SentenceSplitter {
 public:
  // Throws Error(kInternal) if ICU cannot create the iterator.
  explicit SentenceSplitter(const Language& language);
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Sentences of text[block.begin, block.end), as absolute byte ranges into
  // `text`, trimmed of whitespace, non-empty, in order. `text` is the
  // original text, line breaks and all (valid UTF-8; `block` must lie on
  // character boundaries): every '\n' and '\r' in the block is read as a
  // space, since inside a block they are hard wrapping, so the result is
  // exactly that for the text with spaces in their place (U+0085, U+2028
  // and U+2029 are read as themselves). Copies the block only when ICU or
  // the Thai splitter must read it. Throws Error(kInputTooLarge) for a block
  // of 2 GiB or more.
  std::vector<Span> Split(std::string_view text, Span block);

  // ICU's own boundaries for `piece` (valid UTF-8, under 2 GiB), before the
  // merge pass: byte offsets into it, the last its size (for tests and
  // benchmarks). The reference stays valid until the next call.
  const std::vector<std::int32_t>& IcuBreaks(std::string_view piece);

  // Whether Split() takes the boundaries of the blocks FastSentenceBreaks
  // accepts from it rather than from ICU for this language.
  bool fast_path_enabled() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_SENTENCE_SPLITTER_H_
