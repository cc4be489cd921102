// --jsonl batch mode: one JSON document per input line, one JSON result per
// output line.
//
// Input line: {"id": any JSON value, "text": string, "title": string}. Only
// "text" is required; a missing "id" is echoed as null; "title" (when a
// string) is the headline, used for scoring; every other field is ignored.
// Every input line is a document, blank ones (empty or all ASCII white
// space) included: output line N always answers input line N.
//
// Documents are summarized on several threads (summarize::SummarizeBatch):
// one reads and parses lines, workers summarize, and the calling thread
// writes the records in input order. At most a few documents per thread are
// held at once, whatever the input's length.
//
// Output line, in input order, exactly one per input line:
//   {"id", "summary", "sentences"} (and "ranking" with --all-scores), shaped
//   as in output.h; or {"id", "error": "line N: ...", "line": N} (N counted
//   from 1) when the line is blank ("line N: empty line"), is longer than
//   BatchSettings::max_line_bytes (its bytes are skipped, never held), is not
//   a JSON object with a string "text" (id null when the line is not valid
//   JSON, e.g. holds a raw invalid UTF-8 byte) or the library fails on it.
// Blank lines are answered with an error record but are not failures: they
// do not make the run exit 1 (BatchTotals::failed()); every other error
// record does.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_BATCH_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_BATCH_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <summarize/summarizer.hpp>

#include "input.h"
#include "output.h"

namespace summarize::cli {

// Counts of one batch run: documents == summaries + errors.
struct BatchTotals {
  // Input lines (= output lines), blank ones included.
  std::size_t documents = 0;
  // Lines answered with a summary.
  std::size_t summaries = 0;
  // Lines answered with an error record, blank ones included.
  std::size_t errors = 0;
  // Of the errors, the blank lines.
  std::size_t blank = 0;

  // The errors that make the run fail (exit 1): all but the blank lines.
  std::size_t failed() const { return errors - blank; }
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
  // Longest input line read into memory; a longer line is skipped and
  // answered with the error "line N: line too long: ..." (see
  // MaxLineBytes).
  std::size_t max_line_bytes = std::size_t{64} << 20;
  // Where to draw the progress line (see progress.h); null: none.
  std::ostream* progress = nullptr;
};

// The longest --jsonl line kept for a document whose text may hold
// `max_input_bytes` bytes: 6 × max_input_bytes (a JSON string escape takes
// at most 6 bytes per byte of text) + 1 MiB for the other fields.
std::size_t MaxLineBytes(std::size_t max_input_bytes);

// Reads `input` to its end and writes one output line per document to
// `out`, each flushed at once, all with `summarizer`. Throws CliError when
// `input` cannot be read (after writing the records of the lines before)
// or `out` cannot be written.
BatchTotals RunBatch(const Summarizer& summarizer, Input& input,
                     std::ostream& out, const BatchSettings& settings);

// The totals line for stderr, e.g. "summarize: 10 documents, 9 summaries, 1
// error\n", or with blank lines "summarize: 12 documents, 9 summaries, 3
// errors (2 blank lines)\n".
std::string TotalsLine(const BatchTotals& totals);

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_BATCH_H_
