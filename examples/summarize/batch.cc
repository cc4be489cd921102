// --jsonl batch mode (see batch.h): lines parsed on the reader thread,
// documents summarized by summarize::SummarizeBatch, records written in order.
#include "batch.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <summarize/batch.hpp>
#include <utility>

#include "cli_error.h"
#include "json_error_reason.h"
#include "one_line.h"
#include "progress.h"

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

// What the writer needs to know about a document besides its result.
struct PendingLine {
  std::size_t line_number = 0;
  // Input bytes up to and including this line, counted from the previous
  // document (so skipped blank lines count too).
  std::uint64_t bytes = 0;
  Json id;
  // Set when the line itself is bad: the record to write instead of a
  // summary (its document is then empty).
  std::optional<Json> error_record;
};

// A parsed input line: its document for the library and what the writer
// needs.
struct ParsedLine {
  BatchDocument document;
  PendingLine pending;
};

ParsedLine ParseLine(std::string_view line, std::size_t line_number) {
  ParsedLine parsed;
  parsed.pending.line_number = line_number;
  Json document;
  try {
    document = Json::parse(line);
  } catch (const Json::parse_error& error) {
    parsed.pending.error_record =
        ErrorRecord(nullptr, line_number,
                    "invalid JSON at byte " + std::to_string(error.byte) +
                        " of the line: " + ParseErrorReason(error.what()));
    return parsed;
  }
  if (!document.is_object()) {
    parsed.pending.error_record =
        ErrorRecord(nullptr, line_number, "not a JSON object");
    return parsed;
  }
  Json id = document.contains("id") ? document["id"] : Json(nullptr);
  const auto text = document.find("text");
  if (text == document.end() || !text->is_string()) {
    parsed.pending.error_record = ErrorRecord(
        std::move(id), line_number, "\"text\" is missing or not a string");
    return parsed;
  }
  parsed.document.text = std::move(text->get_ref<std::string&>());
  const auto title = document.find("title");
  if (title != document.end() && title->is_string()) {
    parsed.document.title = std::move(title->get_ref<std::string&>());
  }
  parsed.pending.id = std::move(id);
  return parsed;
}

// The output record of a well-formed line.
Json ResultRecord(PendingLine&& pending, const BatchDocument& document,
                  const BatchResult& result, bool all_scores, bool keywords) {
  if (!result.ok()) {
    return ErrorRecord(std::move(pending.id), pending.line_number,
                       DescribeError(*result.error, document.text));
  }
  Json record = {{"id", std::move(pending.id)},
                 {"summary", SummaryLines(*result.summary)},
                 {"sentences", ChosenSentencesJson(*result.summary)}};
  if (all_scores) record["ranking"] = RankingJson(result.summary->ranking);
  if (keywords) record["keywords"] = KeywordsJson(*result.summary);
  return record;
}

}  // namespace

BatchTotals RunBatch(const Summarizer& summarizer, Input& input,
                     std::ostream& out, const BatchSettings& settings) {
  std::optional<Progress> progress;
  if (settings.progress) progress.emplace(*settings.progress, input.Size());

  // Lines pulled but not yet written, oldest first; shared by the reader
  // thread (push) and this thread (pop).
  std::mutex pending_mutex;
  std::deque<PendingLine> pending_lines;
  // Reader thread only.
  std::size_t line_number = 0;
  std::uint64_t skipped_bytes = 0;
  // This thread only.
  BatchTotals totals;
  std::uint64_t bytes_done = 0;

  const auto next = [&]() -> std::optional<BatchDocument> {
    while (std::optional<std::string> line = input.ReadLine()) {
      ++line_number;
      if (IsBlank(*line)) {
        skipped_bytes += line->size() + 1;
        continue;
      }
      ParsedLine parsed = ParseLine(*line, line_number);
      parsed.pending.bytes = skipped_bytes + line->size() + 1;
      skipped_bytes = 0;
      const std::lock_guard lock(pending_mutex);
      pending_lines.push_back(std::move(parsed.pending));
      return std::move(parsed.document);
    }
    return std::nullopt;
  };

  const auto deliver = [&](std::size_t, BatchDocument&& document,
                           BatchResult&& result) {
    PendingLine pending;
    {
      const std::lock_guard lock(pending_mutex);
      pending = std::move(pending_lines.front());
      pending_lines.pop_front();
    }
    bytes_done += pending.bytes;
    const Json record = pending.error_record
                            ? std::move(*pending.error_record)
                            : ResultRecord(std::move(pending), document, result,
                                           settings.all_scores,
                                           summarizer.options().keywords > 0);
    ++totals.documents;
    if (record.contains("error")) ++totals.failed;
    // Flushed line by line so that a program feeding lines through a pipe
    // gets each answer before sending the next.
    out << DumpJson(record) << '\n' << std::flush;
    if (!out) throw CliError(kExitBadInput, "cannot write output");
    if (progress) progress->Update(totals.documents, bytes_done);
  };

  try {
    SummarizeBatch(summarizer, next, deliver,
                   BatchOptions{settings.threads, 0});
  } catch (...) {
    if (progress) progress->Finish(totals.documents);
    throw;
  }
  if (progress) progress->Finish(totals.documents);
  return totals;
}

std::string TotalsLine(const BatchTotals& totals) {
  return "summarize: " + std::to_string(totals.documents) +
         (totals.documents == 1 ? " document, " : " documents, ") +
         std::to_string(totals.failed) + " failed\n";
}

}  // namespace summarize::cli
