// Rendering summaries as text and JSON.
//
// JSON shapes (keys in this order; compact, one line):
//   sentence: {"index", "begin", "end", "score", "text"} where text is the
//     exact input bytes [begin, end) and index counts all units of the
//     document (fragments included) from 0.
//   ranked unit: a sentence plus "rank" (0 for fragments) and "kind"
//     ("sentence", "fragment" or "boilerplate").
//   input: {"format": "text" or "html", "encoding": the encoding read,
//     "converted": whether offsets refer to "text" below rather than to the
//     input bytes, "language": the language the text was read as (detected
//     with -l auto, for HTML with the page's declared language as hint and
//     fallback; "und" when undetermined), "language_confidence": the
//     detection's confidence in [0, 1], 1 for an explicit -l}.
//   document (--format json): {"sentences": [sentence...] (the chosen ones,
//     document order), "summary": the text-format lines joined by "\n",
//     "title" (only when known: given, or the HTML page's), "input": {...},
//     "text" (the text offsets refer to; only with --include-text),
//     "options": {...}, "ranking": [ranked unit...] (all units, only with
//     --all-scores), "keywords": [{"text", "score"}...] (only with
//     --keywords)}.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_OUTPUT_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <summarize/options.hpp>
#include <summarize/summary.hpp>

namespace summarize::cli {

using Json = nlohmann::ordered_json;

// The chosen sentences, collapsed, joined by "\n" (no final newline).
std::string SummaryLines(const Summary& summary);

// Text format: each chosen sentence collapsed, on its own line; "" when
// nothing was chosen. With keywords, then one line "Keywords: a, b, c".
std::string RenderText(const Summary& summary);

// The keywords as a JSON array of {"text", "score"}, best first.
Json KeywordsJson(const Summary& summary);

// The chosen sentences as a JSON array of sentence objects.
Json ChosenSentencesJson(const Summary& summary);

// Every unit of `ranking` as a JSON array of ranked-unit objects.
Json RankingJson(const Ranking& ranking);

// Adds "title" (when known), "input" and, with `include_text`, "text" (the
// text offsets refer to: the converted text, else `input` itself) from
// `summary`'s Document to `object`.
void AddDocumentJson(Json& object, const Summary& summary,
                     std::string_view input, bool include_text);

// The options a summary was made with: algorithm, language, length {unit,
// value}, redundancy, min_words, max_bytes, stem, max_input_bytes and
// timeout (seconds, null when none).
Json OptionsJson(const Options& options, std::optional<double> timeout_seconds);

// What the JSON format shows besides the summary.
struct JsonExtras {
  std::optional<double> timeout_seconds;  // as given, for "options"
  bool all_scores = false;                // add "ranking"
  bool include_text = false;              // add "text"
};

// JSON format: the document object for `summary` of `input`, dumped with a
// final newline.
std::string RenderJson(const Summary& summary, std::string_view input,
                       const Options& options, const JsonExtras& extras);

// HTML format: the view of `summary` of `input` (summarize/html_view.hpp),
// titled after the document, else `name` (the input's file name).
std::string RenderView(const Summary& summary, std::string_view input,
                       const Options& options, const std::string& name);

// `json` as one line of JSON text (no newline). Never throws: bytes that
// are not valid UTF-8 become U+FFFD.
std::string DumpJson(const Json& json);

// --list-algorithms: one line per algorithm, "NAME  DESCRIPTION", names
// padded to one column.
std::string RenderAlgorithmList();

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_OUTPUT_H_
