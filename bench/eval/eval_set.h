// What one evaluation run of a set is: which file, summary length, language
// and the quality it is held to; and reading the list of them (sets.json).
//
// sets.json: {"sets": [{"folder": "cnndm_val1000", "k": 3, "language": "en",
// "target": 21.7, "require": {"method", "metric", "min_f1"}}...]} where
// "target" (a number or null) is the mean of ROUGE-1, ROUGE-2 and
// ROUGE-Lsum F1 × 100 to reach, and the optional "require" says that
// `method` must reach F1 × 100 >= `min_f1` on `metric` ("rouge1", "rouge2",
// "rougeL" or "rougeLsum"). Other keys are ignored.
#ifndef SUMMARIZE_BENCH_EVAL_EVAL_SET_H_
#define SUMMARIZE_BENCH_EVAL_EVAL_SET_H_

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summarize::eval {

// A floor one method must reach on one metric.
struct Requirement {
  std::string method;
  // "rouge1", "rouge2", "rougeL" or "rougeLsum".
  std::string metric;
  // Minimum F1 × 100.
  double min_f1 = 0;
};

struct EvalSet {
  // Short name for reports: the set's folder name.
  std::string name;
  // The docs.jsonl file.
  std::filesystem::path path;
  // Summary length in sentences, >= 1.
  std::size_t k = 3;
  // ISO 639-1 code for the library, OTS and ROUGE tokenization.
  std::string language = "en";
  // Mean of ROUGE-1/2/Lsum F1 × 100 to reach; none when unset.
  std::optional<double> target;
  std::optional<Requirement> requirement;
};

// True for the metric names a Requirement may use.
bool IsMetricName(std::string_view metric);

// Parses sets.json text (named `name` in messages); each set's path is
// `data_dir`/folder/docs.jsonl. Throws EvalError(kExitFailure) with a
// one-line reason when the text is not valid or a field is missing or out
// of range.
std::vector<EvalSet> ParseEvalSets(std::string_view json_text,
                                   std::string_view name,
                                   const std::filesystem::path& data_dir);

// ParseEvalSets on the file at `path`; also throws when it cannot be read.
std::vector<EvalSet> LoadEvalSets(const std::filesystem::path& path,
                                  const std::filesystem::path& data_dir);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_EVAL_SET_H_
