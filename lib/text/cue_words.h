// Edmundson's cue dictionary: bonus and stigma words per language.
#ifndef SUMMARIZE_LIB_TEXT_CUE_WORDS_H_
#define SUMMARIZE_LIB_TEXT_CUE_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "summarize/summary.hpp"
#include "text/language.h"

namespace summarize::internal {

// The words of data/cues/<language>.txt: a "[bonus]" section and a
// "[stigma]" section, one word per line ("#" comments and blank lines
// skipped; lines before the first section are ignored).
struct CueWords {
  CueWords() = default;
  explicit CueWords(std::string_view data);

  std::vector<std::string> bonus;
  std::vector<std::string> stigma;
};

// The embedded cue dictionary for a language code (empty lists when there
// is none), parsed once. Thread-safe; valid for the life of the program.
const CueWords& Cues(std::string_view language);

// For each span of `text`, the number of its words that are bonus cue
// words minus the number that are stigma cue words. Words and cue words go
// through the same Analyzer (folding and, with `stem`, stemming) with
// stopwords kept, since many cue words ("perhaps", "important") are
// stopwords. A multi-word cue line counts each of its words. Throws as
// Analyzer::Analyze.
std::vector<double> CueBalance(const Language& language, bool stem,
                               std::string_view text,
                               const std::vector<Span>& spans);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_CUE_WORDS_H_
