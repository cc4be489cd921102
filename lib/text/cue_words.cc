#include "text/cue_words.h"

#include <cstdint>

#include "text/analyzer.h"
#include "util/data_file.h"

namespace summarize::internal {

CueWords::CueWords(std::string_view data) {
  std::vector<std::string>* section = nullptr;
  for (const std::string_view line : DataLines(data)) {
    if (line == "[bonus]") {
      section = &bonus;
    } else if (line == "[stigma]") {
      section = &stigma;
    } else if (section != nullptr) {
      section->emplace_back(line);
    }
  }
}

const CueWords& Cues(std::string_view language) {
  return ParsedDataFile<CueWords>("cues/" + std::string(language) + ".txt");
}

std::vector<double> CueBalance(const Language& language, bool stem,
                               std::string_view text,
                               const std::vector<Span>& spans) {
  std::vector<double> balance(spans.size(), 0);
  const CueWords& cues = Cues(language.code);
  if (cues.bonus.empty() && cues.stigma.empty()) return balance;
  Analyzer analyzer(language, stem, /*remove_stopwords=*/false);
  // +1 for bonus, -1 for stigma, by term id (a word in both lists: stigma).
  std::vector<std::int8_t> cue_of;
  std::vector<TermId> ids;
  auto mark = [&](const std::vector<std::string>& words, std::int8_t value) {
    for (const std::string& word : words) {
      ids.clear();
      analyzer.Analyze(word, {0, word.size()}, ids);
      for (const TermId id : ids) {
        if (id >= cue_of.size()) cue_of.resize(id + std::size_t{1}, 0);
        cue_of[id] = value;
      }
    }
  };
  mark(cues.bonus, 1);
  mark(cues.stigma, -1);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    ids.clear();
    analyzer.Analyze(text, spans[i], ids);
    for (const TermId id : ids) {
      if (id < cue_of.size()) balance[i] += cue_of[id];
    }
  }
  return balance;
}

}  // namespace summarize::internal
