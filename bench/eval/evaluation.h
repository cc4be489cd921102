// Running every method on every document of one set and scoring each
// summary with ROUGE.
#ifndef SUMMARIZE_BENCH_EVAL_EVALUATION_H_
#define SUMMARIZE_BENCH_EVAL_EVALUATION_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <summarize/options.hpp>
#include <vector>

#include "eval/dataset.h"
#include "eval/eval_set.h"
#include "eval/methods.h"
#include "eval/ots.h"
#include "eval/rouge.h"

namespace summarize::eval {

// How every set is run.
struct EvalSettings {
  // Library options from the command line. `length`, `language` and
  // `algorithm` are replaced per set and method (Sentences(k), the set's
  // language, the method's algorithm).
  Options options;
  std::vector<Method> methods = DefaultMethods();
  // Seeds the random baseline (mixed with the document number, so its
  // choice does not depend on the thread that makes it).
  std::uint64_t seed = 1;
  // Documents processed at once; results do not depend on it.
  std::size_t threads = 1;
  // OTS for the "ots" method; null when it is not installed (the method is
  // then skipped with a note).
  const Ots* ots = nullptr;
  RougeScorer::Config rouge;
  // Run the library's methods with language "auto" (detected per document)
  // rather than the set's language. Baselines, ROUGE and OTS keep the set's
  // language.
  bool detect_language = false;
};

// One method's summary of one document and its scores.
struct MethodOutcome {
  // The summary as scored: one sentence per line.
  std::string summary;
  std::size_t sentences = 0;
  RougeScores scores;
  // Why the method failed on this document ("" when it did not); the
  // summary is then empty and every score 0.
  std::string error;
  // Time spent making the summary (not scoring it).
  double seconds = 0;
  // For library methods: the language the library read the document in
  // (Document::language; detected with EvalSettings::detect_language).
  std::string language;
};

// A method as run on a set.
struct MethodRun {
  Method method;
  // True when the method did not run on this set at all (e.g. OTS without a
  // dictionary for the language); `note` says why.
  bool skipped = false;
  // A remark for the report ("" when none).
  std::string note;
};

struct SetOutcome {
  EvalSet set;
  std::vector<Document> documents;
  // The settings' methods, in their order.
  std::vector<MethodRun> methods;
  // outcomes[m][d]: method m on document d (empty for a skipped method).
  std::vector<std::vector<MethodOutcome>> outcomes;
  // Wall-clock seconds for the whole set.
  double seconds = 0;
  // EvalSettings::detect_language.
  bool detect_language = false;
};

// Runs `settings.methods` on every document of `set`, on settings.threads
// threads; the outcome is the same for any thread count. A method that
// fails on one document gets an error outcome there and goes on. Throws
// EvalError(kExitUsage) when the library rejects the options (e.g. an
// unknown language).
SetOutcome EvaluateSet(const EvalSet& set, std::vector<Document> documents,
                       const EvalSettings& settings);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_EVALUATION_H_
