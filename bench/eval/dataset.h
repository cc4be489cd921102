// Evaluation sets: JSON Lines files of documents with reference summaries.
//
// One JSON object per line: {"id", "lang", "text", "summary",
// "references": [...], "title", ...}. "text" (a string) is required, and
// either "summary" (a string) or "references" (a non-empty array of
// strings); when "references" is present the document is scored against
// each and keeps the best (ScoreMulti), and "summary" is not used. A
// reference holds one sentence per line ("\n"), as ROUGE-Lsum expects.
// "id" may be any JSON value; other fields are ignored. Blank lines are
// skipped.
#ifndef SUMMARIZE_BENCH_EVAL_DATASET_H_
#define SUMMARIZE_BENCH_EVAL_DATASET_H_

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace summarize::eval {

struct Document {
  // The "id" value: a string as it is, any other JSON value as compact JSON
  // text, "line N" when there is none or it is "".
  std::string id;
  // The "lang" field, "" when absent.
  std::string language;
  std::string text;
  // The "title" field (the document's headline), "" when absent; given to
  // the library, never to the baselines.
  std::string title;
  // The reference summaries: all of "references", or just "summary".
  std::vector<std::string> references;
  // True when `references` came from a "references" array (score with
  // ScoreMulti).
  bool multi_reference = false;
};

// Parses one non-blank line. Throws EvalError(kExitFailure) naming
// `where` (e.g. "docs.jsonl:12") and what is wrong.
Document ParseDocument(std::string_view line, std::string_view where);

// Reads every document of `in` (named `name` in messages), at most `limit`
// when `limit` > 0. Throws EvalError(kExitFailure) for the first bad line,
// e.g. "docs.jsonl:12: \"text\" is missing or not a string".
std::vector<Document> ReadDataset(std::istream& in, std::string_view name,
                                  std::size_t limit = 0);

// ReadDataset on the file at `path`; also throws EvalError(kExitFailure)
// when the file cannot be read or holds no document.
std::vector<Document> LoadDataset(const std::filesystem::path& path,
                                  std::size_t limit = 0);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_DATASET_H_
