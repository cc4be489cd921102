// Reporting evaluation results: a readable table per set, one JSON
// document for the whole run, and per-document JSON Lines for debugging.
//
// Every score printed or written is × 100 (F1 71.3 means 0.713).
#ifndef SUMMARIZE_BENCH_EVAL_REPORT_H_
#define SUMMARIZE_BENCH_EVAL_REPORT_H_

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <summarize/options.hpp>
#include <vector>

#include "eval/aggregate.h"
#include "eval/evaluation.h"
#include "eval/methods.h"

namespace summarize::eval {

using Json = nlohmann::ordered_json;

// What the whole run was asked to do, for the JSON report.
struct RunInfo {
  // Library options from the command line (length, language and algorithm
  // are per set and method).
  Options options;
  std::vector<Method> methods;
  std::uint64_t seed = 0;
  std::size_t resamples = 0;
  std::size_t threads = 0;
  // Documents per set (0: all).
  std::size_t limit = 0;
  // OTS's --version line, "" when it is not installed.
  std::string ots_version;
  std::size_t ots_runs = 0;
  std::size_t ots_cache_hits = 0;
  // Wall-clock seconds for the whole run.
  double seconds = 0;
};

// The set's table: a heading line, one row per method (mean sentences,
// ROUGE-1/2/Lsum F1 and their mean with 95% intervals, then for library
// methods the margin over the target and over the best baseline with paired
// 95% intervals), and note lines (skipped methods, failures, the
// requirement). Ends with a newline.
std::string RenderTable(const SetResult& result);

// The JSON for one set: name, file, language, k, target, n_docs, options
// (the library options every method ran with: language, length, and
// `options`' knobs), elapsed_seconds, best_baseline, requirement, and per
// method its kind, skipped/note, failures, mean sentences, elapsed_seconds,
// each metric's precision/recall/f1/f1_ci, mean_f1/mean_f1_ci, vs_target and
// vs_best_baseline ({against, difference, ci}, null when not applicable).
Json SetResultJson(const SetResult& result, const Options& options);

// The whole run: {"tool", "version", "scale": 100, "seed", "resamples",
// "threads", "limit", "methods", "options", "ots", "elapsed_seconds",
// "sets": [SetResultJson...]}.
Json RunJson(const std::vector<SetResult>& results, const RunInfo& info);

// One JSON line per document and method that ran, in document order:
// {"set", "id", "method", "rouge1_f1", "rouge2_f1", "rougeLsum_f1",
// "sentences", "summary", "error" (only on failure)}.
std::string PerDocumentLines(const SetOutcome& outcome);

// `json` as text; bytes that are not valid UTF-8 become U+FFFD. `indent`
// < 0 gives one line.
std::string DumpJson(const Json& json, int indent = -1);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_REPORT_H_
