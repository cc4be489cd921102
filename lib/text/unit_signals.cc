#include "text/unit_signals.h"

#include <algorithm>
#include <string>

#include "text/sentence_ending.h"
#include "util/data_file.h"

namespace summarize::internal {
namespace {

// A furniture label is at most this many bytes before its colon ("Read
// more:", "Advertisement:", "Фотография:").
constexpr std::size_t kMaxLabelBytes = 32;

// The language's furniture vocabulary as flags on term ids of `analyzer`'s
// vocabulary.
struct FurnitureTerms {
  std::vector<bool> words;
  std::vector<bool> labels;  // label words and furniture words

  static bool Has(const std::vector<bool>& flags, TermId id) {
    return id < flags.size() && flags[id];
  }
};

FurnitureTerms LoadFurnitureTerms(Analyzer& analyzer,
                                  const Language& language) {
  const std::string_view data =
      EmbeddedData("furniture/" + std::string(language.code) + ".txt");
  std::vector<TermId> words;
  std::vector<TermId> labels;
  std::vector<TermId>* section = &words;
  for (const std::string_view line : DataLines(data)) {
    if (line == "[words]") {
      section = &words;
    } else if (line == "[labels]") {
      section = &labels;
    } else {
      analyzer.Analyze(line, {0, line.size()}, *section);
    }
  }
  FurnitureTerms terms;
  terms.words.assign(analyzer.vocabulary().size(), false);
  terms.labels.assign(analyzer.vocabulary().size(), false);
  for (const TermId id : words) terms.words[id] = terms.labels[id] = true;
  for (const TermId id : labels) terms.labels[id] = true;
  return terms;
}

bool IsNumber(std::string_view term) {
  return !term.empty() && term[0] >= '0' && term[0] <= '9';
}

}  // namespace

std::vector<UnitSignals> MeasureUnits(std::string_view text,
                                      const std::vector<Sentence>& units,
                                      const TermRows& rows, Analyzer& analyzer,
                                      const Language& language) {
  const FurnitureTerms furniture = LoadFurnitureTerms(analyzer, language);
  const auto is_word = [&](TermId id) {
    return FurnitureTerms::Has(furniture.words, id);
  };
  const auto is_label = [&](TermId id) {
    return FurnitureTerms::Has(furniture.labels, id);
  };
  const auto is_number = [&](TermId id) {
    return IsNumber(analyzer.vocabulary().Term(id));
  };
  std::vector<TermId> label_terms;
  std::vector<UnitSignals> signals(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Sentence& unit = units[i];
    UnitSignals& out = signals[i];
    const auto terms = rows.Row(i);
    out.words = unit.words;
    // Words that gave no term are stopwords (every word has a letter or
    // digit, so nothing else is dropped).
    out.stopwords = unit.words - std::min(unit.words, terms.size());
    out.numbers = static_cast<std::size_t>(
        std::count_if(terms.begin(), terms.end(), is_number));
    out.fragment = unit.kind != SentenceKind::kSentence;
    out.ends_sentence = EndsSentence(EndingOf(text, unit.begin, unit.end));
    out.furniture_words = static_cast<std::size_t>(
        std::count_if(terms.begin(), terms.end(), is_word));

    const std::string_view head = text.substr(
        unit.begin, std::min(unit.end - unit.begin, kMaxLabelBytes));
    if (const std::size_t colon = head.find(':');
        colon != std::string_view::npos &&
        std::any_of(terms.begin(), terms.end(), is_label)) {
      label_terms.clear();
      const std::size_t label_words = analyzer.Analyze(
          text, {unit.begin, unit.begin + colon}, label_terms);
      out.furniture_label =
          label_words <= 2 &&
          std::any_of(label_terms.begin(), label_terms.end(), is_label);
    }
  }
  return signals;
}

}  // namespace summarize::internal
