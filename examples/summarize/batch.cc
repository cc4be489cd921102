#include "batch.h"

#include <ostream>
#include <string>

#include "cli_error.h"
#include "json_error_reason.h"

namespace summarize::cli {
namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos;
}

Json ErrorRecord(Json id, std::size_t line_number, std::string_view message) {
  return Json{{"id", std::move(id)},
              {"error", "line " + std::to_string(line_number) + ": " +
                            OneLine(message)}};
}

}  // namespace

Json SummarizeLine(const Summarizer& summarizer, std::string_view line,
                   std::size_t line_number, bool all_scores) {
  Json document;
  try {
    document = Json::parse(line);
  } catch (const Json::parse_error& error) {
    return ErrorRecord(nullptr, line_number,
                       "invalid JSON at byte " + std::to_string(error.byte) +
                           " of the line: " + ParseErrorReason(error.what()));
  }
  if (!document.is_object()) {
    return ErrorRecord(nullptr, line_number, "not a JSON object");
  }
  Json id = document.contains("id") ? document["id"] : Json(nullptr);
  const auto text = document.find("text");
  if (text == document.end() || !text->is_string()) {
    return ErrorRecord(std::move(id), line_number,
                       "\"text\" is missing or not a string");
  }
  const auto& text_bytes = text->get_ref<const std::string&>();
  try {
    const auto title = document.find("title");
    const std::string_view title_bytes =
        title != document.end() && title->is_string()
            ? std::string_view(title->get_ref<const std::string&>())
            : std::string_view();
    const Summary summary = summarizer.Summarize(text_bytes, title_bytes);
    Json record = {{"id", std::move(id)},
                   {"summary", SummaryLines(summary)},
                   {"sentences", ChosenSentencesJson(summary)}};
    if (all_scores) record["ranking"] = RankingJson(summary.ranking);
    return record;
  } catch (const Error& error) {
    return ErrorRecord(std::move(id), line_number,
                       DescribeError(error, text_bytes));
  }
}

BatchTotals RunBatch(const Summarizer& summarizer, Input& input,
                     std::ostream& out, bool all_scores) {
  BatchTotals totals;
  std::size_t line_number = 0;
  while (std::optional<std::string> line = input.ReadLine()) {
    ++line_number;
    if (IsBlank(*line)) continue;
    const Json record =
        SummarizeLine(summarizer, *line, line_number, all_scores);
    ++totals.documents;
    if (record.contains("error")) ++totals.failed;
    // Flushed line by line so that a program feeding lines through a pipe
    // gets each answer before sending the next.
    out << DumpJson(record) << '\n' << std::flush;
  }
  return totals;
}

std::string TotalsLine(const BatchTotals& totals) {
  return "summarize: " + std::to_string(totals.documents) +
         (totals.documents == 1 ? " document, " : " documents, ") +
         std::to_string(totals.failed) + " failed\n";
}

}  // namespace summarize::cli
