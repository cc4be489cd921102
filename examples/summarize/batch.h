// --jsonl batch mode: one JSON document per input line, one JSON result per
// output line.
//
// Input line: {"id": any JSON value, "text": string, "title": string}. Only
// "text" is required; a missing "id" is echoed as null; "title" (when a
// string) is the headline, used for scoring; every other field is ignored.
// Blank (empty or all-whitespace) lines are skipped: they produce no output
// and are not counted as documents.
//
// Documents are summarized on several threads (summarize::SummarizeBatch):
// one reads and parses lines, workers summarize, and the calling thread
// writes the records in input order. At most a few documents per thread are
// held at once, whatever the input's length.
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
#include <string>
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

// How a batch runs.
struct BatchSettings {
  // Add "ranking" to each record (--all-scores).
  bool all_scores = false;
  // Add each document's "text" (the text its offsets refer to).
  bool include_text = false;
  // Add each document's "keywords" (Options::keywords > 0).
  bool keywords = false;
  // --output-dir: write each document's HTML view to <view_dir>/<line
  // number>.html and name it in the record ("view"); empty: no views.
  std::string view_dir;
  // The views' lang attribute (the documents' language).
  std::string language;
  // Worker threads (--threads); 0: all cores.
  unsigned threads = 0;
  // Where to draw the progress line (see progress.h); null: none.
  std::ostream* progress = nullptr;
};

// Reads `input` to its end and writes one output line per document to
// `out`, each flushed at once, all with `summarizer`. Throws CliError when
// `input` cannot be read (after writing the records of the lines before)
// or `out` cannot be written.
BatchTotals RunBatch(const Summarizer& summarizer, Input& input,
                     std::ostream& out, const BatchSettings& settings);

// The totals line for stderr, e.g. "summarize: 10 documents, 1 failed\n".
std::string TotalsLine(const BatchTotals& totals);

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_BATCH_H_
