// The boilerplate filter: anchors, the article between them, and the rest.
#include "text/boilerplate.h"

#include <algorithm>

namespace summarize::internal {
namespace {

double StopwordShare(const UnitSignals& unit) {
  return unit.words == 0 ? 0.0
                         : static_cast<double>(unit.stopwords) /
                               static_cast<double>(unit.words);
}


// The lowest stopword share of prose in this document (0: no test).
double MinProseShare(const std::vector<UnitSignals>& units,
                     const BoilerplateParams& params) {
  std::vector<double> shares;
  for (const UnitSignals& unit : units) {
    if (!unit.fragment && unit.ends_sentence &&
        unit.words >= params.min_body_words) {
      shares.push_back(StopwordShare(unit));
    }
  }
  if (shares.size() < params.min_sentences_for_median) return 0.0;
  const auto middle = shares.begin() + static_cast<std::ptrdiff_t>(
                                           shares.size() / 2);
  std::nth_element(shares.begin(), middle, shares.end());
  return params.min_relative_stopword_share * *middle;
}

}  // namespace

std::vector<bool> FindBoilerplate(const std::vector<UnitSignals>& units,
                                  const BoilerplateParams& params) {
  const double min_share = MinProseShare(units, params);
  // A unit the structure stage took for running text, not a label.
  const auto text = [](const UnitSignals& unit) {
    return !unit.fragment && unit.words > 0 && !unit.furniture_label;
  };
  const auto anchor = [&](const UnitSignals& unit) {
    return text(unit) && unit.ends_sentence &&
           unit.words >= params.min_body_words &&
           StopwordShare(unit) >= min_share && unit.furniture_words == 0;
  };
  const auto widens = [&](const UnitSignals& unit) {
    const auto words = static_cast<double>(unit.words);
    return text(unit) &&
           (unit.ends_sentence || unit.words >= params.min_body_words) &&
           2 * unit.numbers < unit.words &&
           static_cast<double>(unit.furniture_words) <
               params.max_furniture_share * words;
  };

  std::vector<bool> furniture(units.size(), false);
  const auto first = std::find_if(units.begin(), units.end(), anchor);
  if (first == units.end()) return furniture;
  const auto last = std::find_if(units.rbegin(), units.rend(), anchor);
  auto begin = static_cast<std::size_t>(first - units.begin());
  auto end = units.size() - static_cast<std::size_t>(last - units.rbegin());
  // Widening steps over fragments (headings, list items) to the running
  // text beyond them, and takes them in only with it.
  for (std::size_t i = begin; i-- > 0;) {
    if (units[i].fragment) continue;
    if (!widens(units[i])) break;
    begin = i;
  }
  for (std::size_t i = end; i < units.size(); ++i) {
    if (units[i].fragment) continue;
    if (!widens(units[i])) break;
    end = i + 1;
  }

  for (std::size_t i = 0; i < units.size(); ++i) {
    const UnitSignals& unit = units[i];
    if (i < begin || i >= end) {
      furniture[i] = true;
    } else if (unit.furniture_label) {
      furniture[i] = true;
    } else if (unit.fragment && unit.furniture_words > 0) {
      furniture[i] = true;
    }
  }
  return furniture;
}

}  // namespace summarize::internal
