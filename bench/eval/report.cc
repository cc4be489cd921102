// Rendering SetResults as tables and JSON, and outcomes as JSON Lines.
#include "eval/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <summarize/version.hpp>

namespace summarize::eval {
namespace {

constexpr double kScale = 100;

// `value` × 100 with one decimal ("n/a" for NaN); with `sign`, a leading
// "+" for values >= 0.
std::string Percent(double value, bool sign = false) {
  if (std::isnan(value)) return "n/a";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, sign ? "%+.1f" : "%.1f", value * kScale);
  return buffer;
}

// "71.3 [70.1, 72.4]".
std::string WithInterval(double value, const Interval& ci, bool sign = false) {
  return Percent(value, sign) + " [" + Percent(ci.low, sign) + ", " +
         Percent(ci.high, sign) + "]";
}

std::string Decimal(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// Rows of cells printed as left-aligned columns two spaces apart.
std::string RenderColumns(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const std::vector<std::string>& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (std::size_t c = 0; c < row.size(); ++c) {
      widths[c] = std::max(widths[c], row[c].size());
    }
  }
  std::string text;
  for (const std::vector<std::string>& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line.append(widths[c] - row[c].size() + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    text += line + "\n";
  }
  return text;
}

Json IntervalJson(const Interval& ci) {
  return Json::array({ci.low * kScale, ci.high * kScale});
}

Json MetricJson(const MetricResult& metric) {
  return Json{{"precision", metric.precision * kScale},
              {"recall", metric.recall * kScale},
              {"f1", metric.f1 * kScale},
              {"f1_ci", IntervalJson(metric.f1_ci)}};
}

Json ComparisonJson(const std::optional<Comparison>& comparison) {
  if (!comparison) return nullptr;
  return Json{{"against", comparison->against},
              {"difference", comparison->difference * kScale},
              {"ci", IntervalJson(comparison->ci)}};
}

const char* KindName(MethodKind kind) {
  switch (kind) {
    case MethodKind::kLibrary:
      return "library";
    case MethodKind::kLead:
      return "lead";
    case MethodKind::kRandom:
      return "random";
    case MethodKind::kOts:
      return "ots";
  }
  return "library";
}

Json OptionsJson(const Options& options) {
  return Json{{"redundancy", options.redundancy_threshold},
              {"mmr", options.mmr_lambda},
              {"position_prior", options.position_prior},
              {"min_words", options.min_sentence_words},
              {"max_bytes", options.max_sentence_bytes},
              {"stem", options.stem},
              {"damping", options.damping},
              {"tolerance", options.tolerance},
              {"max_iterations", options.max_iterations},
              {"max_input_bytes", options.max_input_bytes}};
}

Json MethodJson(const MethodResult& method) {
  Json json = {{"name", method.run.method.name},
               {"kind", KindName(method.run.method.kind)},
               {"skipped", method.run.skipped}};
  if (!method.run.note.empty()) json["note"] = method.run.note;
  if (method.run.skipped) return json;
  if (method.run.method.kind == MethodKind::kLibrary) {
    json["algorithm"] = std::string(AlgorithmName(method.run.method.algorithm));
  }
  json["failed"] = method.failed;
  if (method.failed > 0) json["first_error"] = method.first_error;
  json["mean_sentences"] = method.mean_sentences;
  json["elapsed_seconds"] = method.seconds;
  json["rouge1"] = MetricJson(method.rouge1);
  json["rouge2"] = MetricJson(method.rouge2);
  json["rougeL"] = MetricJson(method.rouge_l);
  json["rougeLsum"] = MetricJson(method.rouge_lsum);
  json["mean_f1"] = method.mean_f1 * kScale;
  json["mean_f1_ci"] = IntervalJson(method.mean_f1_ci);
  json["vs_target"] = ComparisonJson(method.vs_target);
  json["vs_best_baseline"] = ComparisonJson(method.vs_best_baseline);
  return json;
}

std::string RequirementLine(const RequirementResult& check) {
  const Requirement& requirement = check.requirement;
  std::string line = "requirement: " + requirement.method + " " +
                     requirement.metric +
                     " F1 >= " + Decimal(requirement.min_f1, 1) + ": ";
  if (!check.value) return line + "NOT RUN (" + requirement.method + ")";
  return line + Decimal(*check.value, 1) + (check.met ? " met" : " NOT MET");
}

}  // namespace

std::string RenderTable(const SetResult& result) {
  const EvalSet& set = result.set;
  std::string text = "== " + set.name + ": " +
                     std::to_string(result.documents) +
                     " documents, k = " + std::to_string(set.k) +
                     ", language " + set.language + ", target " +
                     (set.target ? Decimal(*set.target, 1) : "none") + " (" +
                     Decimal(result.seconds, 1) + " s)\n";

  const std::string baseline_heading =
      result.best_baseline ? "vs " + *result.best_baseline + " (best baseline)"
                           : "vs best baseline";
  std::vector<std::vector<std::string>> rows = {
      {"method", "sents", "R1 F1", "R2 F1", "RLsum F1", "Mean", "vs target",
       baseline_heading}};
  std::vector<std::string> notes;
  for (const MethodResult& method : result.methods) {
    const std::string& name = method.run.method.name;
    if (method.run.skipped) {
      notes.push_back(name + ": skipped: " + method.run.note);
      continue;
    }
    std::vector<std::string> row = {
        name,
        Decimal(method.mean_sentences, 1),
        WithInterval(method.rouge1.f1, method.rouge1.f1_ci),
        WithInterval(method.rouge2.f1, method.rouge2.f1_ci),
        WithInterval(method.rouge_lsum.f1, method.rouge_lsum.f1_ci),
        WithInterval(method.mean_f1, method.mean_f1_ci)};
    row.push_back(method.vs_target ? WithInterval(method.vs_target->difference,
                                                  method.vs_target->ci, true)
                                   : "");
    row.push_back(method.vs_best_baseline
                      ? WithInterval(method.vs_best_baseline->difference,
                                     method.vs_best_baseline->ci, true)
                      : "");
    rows.push_back(std::move(row));
    if (!method.run.note.empty())
      notes.push_back(name + ": " + method.run.note);
    if (method.failed > 0) {
      notes.push_back(name + ": failed on " + std::to_string(method.failed) +
                      " document(s), scored 0; first: " + method.first_error);
    }
  }
  text += RenderColumns(rows);
  if (result.detection_accuracy) {
    std::string line =
        "language detection: " + Decimal(*result.detection_accuracy * 100, 1) +
        "% of documents detected as " + set.language + " (";
    bool first = true;
    for (const auto& [language, count] : result.detected_languages) {
      line += (first ? "" : ", ") + (language.empty() ? "none" : language) +
              " " + std::to_string(count);
      first = false;
    }
    notes.push_back(line + ")");
  }
  if (result.requirement) notes.push_back(RequirementLine(*result.requirement));
  for (const std::string& note : notes) text += "  " + note + "\n";
  return text;
}

Json SetResultJson(const SetResult& result, const Options& options) {
  const EvalSet& set = result.set;
  Json set_options = {
      {"language",
       result.detection_accuracy ? std::string("auto") : set.language},
      {"length", {{"unit", "sentences"}, {"value", set.k}}}};
  set_options.update(OptionsJson(options));
  Json json = {
      {"name", set.name},
      {"file", set.path.string()},
      {"language", set.language},
      {"k", set.k},
      {"target", set.target ? Json(*set.target) : Json(nullptr)},
      {"n_docs", result.documents},
      {"options", std::move(set_options)},
      {"elapsed_seconds", result.seconds},
      {"best_baseline",
       result.best_baseline ? Json(*result.best_baseline) : Json(nullptr)}};
  if (result.detection_accuracy) {
    json["language_detection"] = {
        {"accuracy", *result.detection_accuracy},
        {"languages", Json(result.detected_languages)}};
  }
  if (result.requirement) {
    const RequirementResult& check = *result.requirement;
    json["requirement"] = {
        {"method", check.requirement.method},
        {"metric", check.requirement.metric},
        {"min_f1", check.requirement.min_f1},
        {"value", check.value ? Json(*check.value) : Json(nullptr)},
        {"met", check.met}};
  } else {
    json["requirement"] = nullptr;
  }
  Json methods = Json::array();
  for (const MethodResult& method : result.methods) {
    methods.push_back(MethodJson(method));
  }
  json["methods"] = std::move(methods);
  return json;
}

Json RunJson(const std::vector<SetResult>& results, const RunInfo& info) {
  Json methods = Json::array();
  for (const Method& method : info.methods) methods.push_back(method.name);
  Json ots = nullptr;
  if (!info.ots_version.empty()) {
    ots = {{"version", info.ots_version},
           {"runs", info.ots_runs},
           {"cache_hits", info.ots_cache_hits}};
  }
  Json sets = Json::array();
  for (const SetResult& result : results) {
    sets.push_back(SetResultJson(result, info.options));
  }
  return Json{{"tool", "summarize-eval"},
              {"version", summarize::Version()},
              {"scale", kScale},
              {"seed", info.seed},
              {"resamples", info.resamples},
              {"threads", info.threads},
              {"limit", info.limit},
              {"methods", std::move(methods)},
              {"options", OptionsJson(info.options)},
              {"ots", std::move(ots)},
              {"elapsed_seconds", info.seconds},
              {"sets", std::move(sets)}};
}

std::string PerDocumentLines(const SetOutcome& outcome) {
  std::string lines;
  for (std::size_t d = 0; d < outcome.documents.size(); ++d) {
    for (std::size_t m = 0; m < outcome.methods.size(); ++m) {
      if (outcome.methods[m].skipped) continue;
      const MethodOutcome& result = outcome.outcomes[m][d];
      Json line = {{"set", outcome.set.name},
                   {"id", outcome.documents[d].id},
                   {"method", outcome.methods[m].method.name},
                   {"rouge1_f1", result.scores.rouge1.f1 * kScale},
                   {"rouge2_f1", result.scores.rouge2.f1 * kScale},
                   {"rougeLsum_f1", result.scores.rouge_lsum.f1 * kScale},
                   {"sentences", result.sentences},
                   {"summary", result.summary}};
      if (!result.error.empty()) line["error"] = result.error;
      lines += DumpJson(line) + "\n";
    }
  }
  return lines;
}

std::string DumpJson(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace summarize::eval
