// Aggregate: means, bootstrap intervals and comparisons per set.
#include "eval/aggregate.h"

#include <functional>

#include "eval/seeded_random.h"

namespace summarize::eval {
namespace {

using PrfOf = std::function<const Prf&(const RougeScores&)>;

// The per-document mean of ROUGE-1, ROUGE-2 and ROUGE-Lsum F1.
double MeanF1(const RougeScores& scores) {
  return (scores.rouge1.f1 + scores.rouge2.f1 + scores.rouge_lsum.f1) / 3;
}

MetricResult SummarizeMetric(const std::vector<MethodOutcome>& outcomes,
                             const Bootstrap& bootstrap, const PrfOf& prf_of) {
  std::vector<double> precision;
  std::vector<double> recall;
  std::vector<double> f1;
  for (const MethodOutcome& outcome : outcomes) {
    const Prf& prf = prf_of(outcome.scores);
    precision.push_back(prf.precision);
    recall.push_back(prf.recall);
    f1.push_back(prf.f1);
  }
  return {Mean(precision), Mean(recall), Mean(f1), bootstrap.MeanInterval(f1)};
}

std::vector<double> MeanF1s(const std::vector<MethodOutcome>& outcomes) {
  std::vector<double> values;
  values.reserve(outcomes.size());
  for (const MethodOutcome& outcome : outcomes) {
    values.push_back(MeanF1(outcome.scores));
  }
  return values;
}

MethodResult SummarizeMethod(const MethodRun& run,
                             const std::vector<MethodOutcome>& outcomes,
                             const Bootstrap& bootstrap) {
  MethodResult result;
  result.run = run;
  if (run.skipped) return result;
  double sentences = 0;
  for (const MethodOutcome& outcome : outcomes) {
    sentences += static_cast<double>(outcome.sentences);
    result.seconds += outcome.seconds;
    if (!outcome.error.empty() && result.failed++ == 0) {
      result.first_error = outcome.error;
    }
  }
  result.mean_sentences =
      outcomes.empty() ? 0 : sentences / static_cast<double>(outcomes.size());
  result.rouge1 = SummarizeMetric(
      outcomes, bootstrap,
      [](const RougeScores& s) -> const Prf& { return s.rouge1; });
  result.rouge2 = SummarizeMetric(
      outcomes, bootstrap,
      [](const RougeScores& s) -> const Prf& { return s.rouge2; });
  result.rouge_l = SummarizeMetric(
      outcomes, bootstrap,
      [](const RougeScores& s) -> const Prf& { return s.rouge_l; });
  result.rouge_lsum = SummarizeMetric(
      outcomes, bootstrap,
      [](const RougeScores& s) -> const Prf& { return s.rouge_lsum; });
  const std::vector<double> mean_f1s = MeanF1s(outcomes);
  result.mean_f1 = Mean(mean_f1s);
  result.mean_f1_ci = bootstrap.MeanInterval(mean_f1s);
  return result;
}

const MetricResult& MetricByName(const MethodResult& result,
                                 const std::string& metric) {
  if (metric == "rouge1") return result.rouge1;
  if (metric == "rouge2") return result.rouge2;
  if (metric == "rougeL") return result.rouge_l;
  return result.rouge_lsum;
}

}  // namespace

SetResult Aggregate(const SetOutcome& outcome, std::uint64_t seed,
                    std::size_t resamples) {
  SetResult result;
  result.set = outcome.set;
  result.documents = outcome.documents.size();
  result.seconds = outcome.seconds;
  const Bootstrap bootstrap(outcome.documents.size(),
                            MixSeed(seed, HashBytes(outcome.set.name)),
                            resamples);

  std::optional<std::size_t> best;
  for (std::size_t m = 0; m < outcome.methods.size(); ++m) {
    result.methods.push_back(
        SummarizeMethod(outcome.methods[m], outcome.outcomes[m], bootstrap));
    const MethodResult& method = result.methods.back();
    if (method.run.method.is_baseline() && !method.run.skipped &&
        (!best || method.mean_f1 > result.methods[*best].mean_f1)) {
      best = m;
    }
  }
  if (best) result.best_baseline = result.methods[*best].run.method.name;

  if (outcome.detect_language) {
    for (std::size_t m = 0; m < outcome.methods.size(); ++m) {
      const MethodRun& run = outcome.methods[m];
      if (run.skipped || run.method.is_baseline()) continue;
      std::size_t right = 0;
      for (const MethodOutcome& document : outcome.outcomes[m]) {
        ++result.detected_languages[document.language];
        right += document.language == outcome.set.language ? 1 : 0;
      }
      if (!outcome.outcomes[m].empty()) {
        result.detection_accuracy =
            static_cast<double>(right) /
            static_cast<double>(outcome.outcomes[m].size());
      }
      break;
    }
  }

  for (std::size_t m = 0; m < result.methods.size(); ++m) {
    MethodResult& method = result.methods[m];
    if (method.run.skipped || method.run.method.is_baseline()) continue;
    const std::vector<double> mean_f1s = MeanF1s(outcome.outcomes[m]);
    if (outcome.set.target) {
      const std::vector<double> target(mean_f1s.size(),
                                       *outcome.set.target / 100);
      method.vs_target =
          Comparison{"target", method.mean_f1 - *outcome.set.target / 100,
                     bootstrap.DifferenceInterval(mean_f1s, target)};
    }
    if (best) {
      const MethodResult& baseline = result.methods[*best];
      method.vs_best_baseline = Comparison{
          baseline.run.method.name, method.mean_f1 - baseline.mean_f1,
          bootstrap.DifferenceInterval(mean_f1s,
                                       MeanF1s(outcome.outcomes[*best]))};
    }
  }

  if (const std::optional<Requirement>& requirement = outcome.set.requirement) {
    RequirementResult check{*requirement, std::nullopt, false};
    for (const MethodResult& method : result.methods) {
      if (method.run.method.name == requirement->method &&
          !method.run.skipped) {
        check.value = MetricByName(method, requirement->metric).f1 * 100;
        check.met = *check.value >= requirement->min_f1;
      }
    }
    result.requirement = check;
  }
  return result;
}

}  // namespace summarize::eval
