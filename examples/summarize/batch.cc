// --jsonl batch mode (see batch.h): lines parsed on the reader thread,
// documents summarized by summarize::SummarizeBatch, records written in order.
#include "batch.h"

#include <cstdint>
#include <deque>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <summarize/batch.hpp>
#include <summarize/html_view.hpp>
#include <utility>

#include "cli_error.h"
#include "jsonl_line.h"
#include "progress.h"

namespace summarize::cli {
namespace {

// Writes the HTML view of line `line_number`'s summary to
// <view_dir>/<line_number>.html and returns that path. Throws CliError when
// the file cannot be written.
std::string WriteView(const Summary& summary, const BatchDocument& document,
                      const BatchSettings& settings, std::size_t line_number) {
  const std::filesystem::path path =
      std::filesystem::path(settings.view_dir) /
      (std::to_string(line_number) + ".html");
  std::ofstream file(path, std::ios::binary);
  HtmlViewOptions view;
  view.fallback_title = "Line " + std::to_string(line_number);
  view.language = settings.language;
  file << RenderHtmlView(summary, document.text, view);
  file.close();
  if (!file) {
    throw CliError(kExitBadInput, "cannot write " + path.string());
  }
  return path.string();
}

// The output record of a well-formed line.
Json ResultRecord(PendingLine&& pending, const BatchDocument& document,
                  const BatchResult& result, const BatchSettings& settings) {
  if (!result.ok()) {
    return ErrorRecord(std::move(pending.id), pending.line_number,
                       DescribeError(*result.error, document.text));
  }
  Json record = {{"id", std::move(pending.id)},
                 {"summary", SummaryLines(*result.summary)},
                 {"sentences", ChosenSentencesJson(*result.summary)}};
  AddDocumentJson(record, *result.summary, document.text,
                  settings.include_text);
  if (settings.all_scores) {
    record["ranking"] = RankingJson(result.summary->ranking);
  }
  if (!settings.view_dir.empty()) {
    record["view"] = WriteView(*result.summary, document, settings,
                               pending.line_number);
  }
  if (settings.keywords) {
    record["keywords"] = KeywordsJson(*result.summary);
  }
  return record;
}

}  // namespace

std::size_t MaxLineBytes(std::size_t max_input_bytes) {
  return 6 * max_input_bytes + (std::size_t{1} << 20);
}

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
  // This thread only.
  BatchTotals totals;
  std::uint64_t bytes_done = 0;

  const auto next = [&]() -> std::optional<BatchDocument> {
    std::optional<Input::Line> line = input.ReadLine(settings.max_line_bytes);
    if (!line) return std::nullopt;
    ++line_number;
    ParsedLine parsed;
    if (line->too_long) {
      parsed.pending.line_number = line_number;
      parsed.pending.error_record = ErrorRecord(
          nullptr, line_number,
          "line too long: " + std::to_string(line->size) +
              " bytes, over the limit of " +
              std::to_string(settings.max_line_bytes) +
              " (6 x --max-input-bytes + 1 MiB)");
    } else {
      parsed = ParseLine(line->bytes, line_number);
    }
    parsed.pending.bytes = line->size + 1;
    const std::lock_guard lock(pending_mutex);
    pending_lines.push_back(std::move(parsed.pending));
    return std::move(parsed.document);
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
    const bool blank = pending.blank;
    const Json record = pending.error_record
                            ? std::move(*pending.error_record)
                            : ResultRecord(std::move(pending), document, result,
                                           settings);
    ++totals.documents;
    if (record.contains("error")) {
      ++totals.errors;
      if (blank) ++totals.blank;
    } else {
      ++totals.summaries;
    }
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

namespace {

// "1 document", "2 documents".
std::string Count(std::size_t count, const std::string& one,
                  const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

}  // namespace

std::string TotalsLine(const BatchTotals& totals) {
  std::string line = "summarize: " +
                     Count(totals.documents, "document", "documents") + ", " +
                     Count(totals.summaries, "summary", "summaries") + ", " +
                     Count(totals.errors, "error", "errors");
  if (totals.blank > 0) {
    line += " (" + Count(totals.blank, "blank line", "blank lines") + ")";
  }
  return line + "\n";
}

}  // namespace summarize::cli
