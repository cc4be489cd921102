// Per-set statistics of an evaluation: mean precision, recall and F1 per
// method and metric, bootstrap confidence intervals, and each library
// method's margin over the target and over the best baseline.
#ifndef SUMMARIZE_BENCH_EVAL_AGGREGATE_H_
#define SUMMARIZE_BENCH_EVAL_AGGREGATE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eval/bootstrap.h"
#include "eval/eval_set.h"
#include "eval/evaluation.h"

namespace summarize::eval {

// Scores here are fractions in [0, 1] (reports print them × 100).

// One metric of one method over a set.
struct MetricResult {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  // 95% percentile bootstrap interval of the mean F1.
  Interval f1_ci;
};

// mean(method) - mean(other) with its paired 95% bootstrap interval.
struct Comparison {
  // The baseline's name, or "target".
  std::string against;
  double difference = 0;
  Interval ci;
};

struct MethodResult {
  MethodRun run;
  // Documents the method failed on (they score 0); the first failure.
  std::size_t failed = 0;
  std::string first_error;
  // Mean number of summary sentences.
  double mean_sentences = 0;
  // Total time spent making summaries, summed over threads.
  double seconds = 0;
  MetricResult rouge1;
  MetricResult rouge2;
  MetricResult rouge_l;
  MetricResult rouge_lsum;
  // The per-document mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, averaged,
  // and its interval.
  double mean_f1 = 0;
  Interval mean_f1_ci;
  // Library methods only: against the set's target (when it has one) and
  // against the best baseline of the run (when one ran).
  std::optional<Comparison> vs_target;
  std::optional<Comparison> vs_best_baseline;
};

// Whether the set's Requirement holds.
struct RequirementResult {
  Requirement requirement;
  // The method's F1 × 100 on the metric; nullopt when it did not run.
  std::optional<double> value;
  bool met = false;
};

struct SetResult {
  EvalSet set;
  std::size_t documents = 0;
  double seconds = 0;
  std::vector<MethodResult> methods;
  // The baseline with the highest mean F1 (the first of equal ones).
  std::optional<std::string> best_baseline;
  std::optional<RequirementResult> requirement;
  // With EvalSettings::detect_language: the share of documents whose
  // language the library detected as the set's, and how many documents got
  // each language (from the first library method that ran).
  std::optional<double> detection_accuracy;
  std::map<std::string, std::size_t> detected_languages;
};

// The statistics of `outcome`. The bootstrap draws `resamples` resamples
// from a seed made of `seed` and the set's name, shared by every method and
// metric (so comparisons are paired); the same outcome and seed give the
// same result.
SetResult Aggregate(const SetOutcome& outcome, std::uint64_t seed,
                    std::size_t resamples = Bootstrap::kDefaultResamples);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_AGGREGATE_H_
