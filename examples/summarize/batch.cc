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
                                           settings);
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
