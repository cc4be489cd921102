// The boilerplate filter's view of a document's units, from their analysis.
#ifndef SUMMARIZE_LIB_TEXT_UNIT_SIGNALS_H_
#define SUMMARIZE_LIB_TEXT_UNIT_SIGNALS_H_

#include <string_view>
#include <vector>

#include "summarize/summary.hpp"
#include "text/analyzer.h"
#include "text/boilerplate.h"
#include "text/language.h"
#include "text/term_rows.h"

namespace summarize::internal {

// UnitSignals for each of `units` (spans of `text`, with their kind and
// word counts filled in), whose terms `analyzer` produced as `rows` (one row
// per unit). Furniture words come from the language's embedded list
// (data/furniture/<code>.txt; none for a language without one), analysed
// by `analyzer` so that they match the units' stemmed terms.
std::vector<UnitSignals> MeasureUnits(std::string_view text,
                                      const std::vector<Sentence>& units,
                                      const TermRows& rows, Analyzer& analyzer,
                                      const Language& language);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_UNIT_SIGNALS_H_
