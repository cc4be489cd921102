// --jsonl batch mode: one JSON document per input line, one JSON result per
// output line.
//
// Input line: {"id": any JSON value, "text": string, "title": string}. Only
// "text" is required; a missing "id" is echoed as null; "title" and every
// other field are accepted and ignored (the library has no title input yet).
// Blank (empty or all-whitespace) lines are skipped: they produce no output
// and are not counted as documents.
//
// Output line, in input order, exactly one per document:
//   {"id", "summary", "sentences"} (and "ranking" with --all-scores), shaped
//   as in output.h; or {"id", "error": "line N: ..."} when the line is not a
//   JSON object with a string "text" (id null when the line is not valid
//   JSON, e.g. holds a raw invalid UTF-8 byte) or the library fails on it.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_BATCH_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_BATCH_H_

#include <cstddef>
#include <ostream>
#include <string_view>
#include <summarize/summarizer.hpp>

#include "input.h"
#include "output.h"

namespace summarize::cli {

// Counts of one batch run.
struct BatchTotals {
  // Non-blank input lines.
  std::size_t documents = 0;
  // Of those, the ones answered with an error record.
  std::size_t failed = 0;
};

// The output record for input line number `line_number` (from 1, used in
// error messages). Never throws for bad input: failures become error
// records.
Json SummarizeLine(const Summarizer& summarizer, std::string_view line,
                   std::size_t line_number, bool all_scores);

// Reads `input` to its end and writes one output line per document to
// `out`, all with `summarizer`. Throws CliError only when `input` cannot be
// read.
BatchTotals RunBatch(const Summarizer& summarizer, Input& input,
                     std::ostream& out, bool all_scores);

// The totals line for stderr, e.g. "summarize: 10 documents, 1 failed\n".
std::string TotalsLine(const BatchTotals& totals);

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_BATCH_H_
