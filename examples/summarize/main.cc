// summarize: the command-line tool of libsummarize.
//
//   summarize [OPTIONS] [FILE|-]
//
// Flags are in cli_options.cc, rendering in output.cc, --jsonl in batch.cc.
// Every failure prints exactly one line, "summarize: ...", to stderr; on
// success stderr stays empty except for --verbose, the --jsonl totals and
// the --jsonl progress line (--progress, or stderr is a terminal).
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cctype>
#include <exception>
#include <iomanip>
#include <iostream>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <summarize/summarize.hpp>

#include "batch.h"
#include "cli_error.h"
#include "cli_options.h"
#include "input.h"
#include "output.h"
#include "output_file.h"
#include "stopwatch.h"

namespace summarize::cli {
namespace {

std::string Milliseconds(double ms) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(3) << ms << " ms";
  return text.str();
}

// True when `language` asks the library to detect the language ("auto" in
// any case).
bool IsAuto(const std::string& language) {
  std::string lower = language;
  for (char& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower == "auto";
}

// Where the output goes: standard output, or -o FILE (see output_file.h).
class Output {
 public:
  explicit Output(const std::string& path) {
    if (path != "-") file_.emplace(path);
  }

  std::ostream& stream() { return file_ ? file_->stream() : std::cout; }

  // Flushes the output and, with -o, makes FILE. A failed write (full disk,
  // closed pipe) is a failure.
  void Finish() {
    if (file_) {
      file_->Commit();
      return;
    }
    std::cout.flush();
    if (!std::cout) throw CliError(kExitBadInput, "cannot write output");
  }

  // With -o, throws the failed write's own error ("cannot write FILE:
  // reason") if a write has failed; returns otherwise.
  void ThrowIfWriteFailed() {
    if (file_) file_->ThrowIfWriteFailed();
  }

 private:
  std::optional<OutputFile> file_;
};

Summarizer MakeSummarizer(const CliOptions& cli, const Stopwatch& clock) {
  try {
    return Summarizer(LibraryOptions(cli, clock.start()));
  } catch (const Error& error) {
    throw CliError(ExitCodeFor(error.code()), DescribeError(error, ""));
  }
}

// Summarizes the whole input as one document.
int RunDocument(const CliOptions& cli, const Summarizer& summarizer,
                Output& output, Stopwatch& clock) {
  Input input(cli.input_path);
  const Input::Text read = input.ReadAll(summarizer.options().max_input_bytes);
  const std::string_view text = read.view();
  const double read_ms = clock.Lap();

  if (!cli.title.empty()) {
    // Checked on its own first (ranking an empty text validates only the
    // title), so that a bad title is reported as the title's fault.
    try {
      summarizer.Rank({}, cli.title);
    } catch (const Error& error) {
      throw CliError(ExitCodeFor(error.code()),
                     "--title: " + DescribeError(error, cli.title));
    }
  }
  Summary summary;
  try {
    summary = summarizer.Summarize(text, cli.title);
  } catch (const Error& error) {
    throw CliError(ExitCodeFor(error.code()),
                   input.name() + ": " + DescribeError(error, text));
  }
  const double summarize_ms = clock.Lap();

  std::ostream& out = output.stream();
  if (cli.format == OutputFormat::kJson) {
    out << RenderJson(summary, text, summarizer.options(),
                      {cli.timeout_seconds, cli.all_scores, cli.include_text});
  } else if (cli.format == OutputFormat::kHtml) {
    out << RenderView(summary, text, summarizer.options(), input.name());
  } else {
    out << RenderText(summary);
  }
  output.Finish();

  if (cli.verbose) {
    const Options& options = summarizer.options();
    std::cerr << "summarize: read " << text.size() << " bytes from "
              << input.name() << " in " << Milliseconds(read_ms) << '\n'
              << "summarize: " << summary.ranking.sentences.size() << " units, "
              << summary.ranking.candidates << " candidates, "
              << summary.sentences.size() << " chosen (algorithm "
              << AlgorithmName(options.algorithm) << ", language "
              << summary.ranking.document.language
              << (IsAuto(options.language) ? " detected" : "") << ") in "
              << Milliseconds(summarize_ms) << '\n'
              << "summarize: wrote output in " << Milliseconds(clock.Lap())
              << ", total " << Milliseconds(clock.Total()) << '\n';
  }
  return kExitOk;
}

// --jsonl: one document per input line.
int RunJsonl(const CliOptions& cli, const Summarizer& summarizer,
             Output& output, const Stopwatch& clock) {
  Input input(cli.input_path);
  BatchSettings settings;
  settings.all_scores = cli.all_scores;
  settings.include_text = cli.include_text;
  settings.keywords = summarizer.options().keywords > 0;
  settings.view_dir = cli.output_dir;
  settings.language = summarizer.options().language;
  settings.threads = cli.threads;
  settings.max_line_bytes = MaxLineBytes(summarizer.options().max_input_bytes);
  // The progress line only when asked for or when someone watches stderr.
  const bool show_progress = cli.progress || ::isatty(STDERR_FILENO) == 1;
  if (show_progress) settings.progress = &std::cerr;
  BatchTotals totals;
  try {
    totals = RunBatch(summarizer, input, output.stream(), settings);
  } catch (const CliError&) {
    // RunBatch names no file when a write fails; -o FILE's error does.
    output.ThrowIfWriteFailed();
    throw;
  }
  // Every input line has its output line, failed or not: a complete output.
  output.Finish();
  std::cerr << TotalsLine(totals);
  if (cli.verbose) {
    const double total_ms = clock.Total();
    std::cerr << "summarize: " << totals.documents << " documents in "
              << Milliseconds(total_ms) << " ("
              << (total_ms > 0 ? static_cast<double>(totals.documents) *
                                     1000.0 / total_ms
                               : 0)
              << " documents/s)\n";
  }
  return totals.failed() > 0 ? kExitBadInput : kExitOk;
}

int Run(const CliOptions& cli, Stopwatch& clock) {
  if (cli.list_algorithms) {
    Output output(cli.output_path);
    output.stream() << RenderAlgorithmList();
    output.Finish();
    return kExitOk;
  }
  // Built before any input is read, so bad options fail fast (and before
  // -o creates its temporary file).
  const Summarizer summarizer = MakeSummarizer(cli, clock);
  Output output(cli.output_path);
  return cli.jsonl ? RunJsonl(cli, summarizer, output, clock)
                   : RunDocument(cli, summarizer, output, clock);
}

// A run allocates and frees arrays of a few to tens of MB: the text, its
// term matrix, the inverted index and each similarity graph. glibc maps each
// such array afresh and unmaps it when freed, so every one pays its page
// faults anew (about 10% of a run on a 10 MB text). Served from the heap,
// and kept there once freed, a later array reuses pages already touched.
// What is kept is at most the run's peak, which a one-shot run or a batch of
// documents reaches anyway.
void ReuseFreedMemory() {
#ifdef __GLIBC__
  constexpr int kLargestHeapAllocation = 32 << 20;  // glibc's maximum
  constexpr int kKeptFreeMemory = 1 << 30;
  mallopt(M_MMAP_THRESHOLD, kLargestHeapAllocation);
  mallopt(M_TRIM_THRESHOLD, kKeptFreeMemory);
#endif
}

int Main(int argc, char** argv) {
  ReuseFreedMemory();
  Stopwatch clock;
  const ParsedCommandLine parsed = ParseCommandLine(argc, argv);
  std::cout << parsed.out;
  std::cerr << parsed.err;
  if (!parsed.options) {
    std::cout.flush();
    return parsed.exit_code;
  }
  try {
    return Run(*parsed.options, clock);
  } catch (const CliError& error) {
    std::cerr << FailureLine(error.what());
    return error.exit_code();
  } catch (const Error& error) {
    std::cerr << FailureLine(DescribeError(error, ""));
    return ExitCodeFor(error.code());
  } catch (const std::exception& error) {
    std::cerr << FailureLine(std::string("internal error: ") + error.what());
    return kExitBadInput;
  }
}

}  // namespace
}  // namespace summarize::cli

int main(int argc, char** argv) { return summarize::cli::Main(argc, argv); }
