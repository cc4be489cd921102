// The command line of the summarize tool: flags parsed with CLI11 into
// CliOptions.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_CLI_OPTIONS_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_CLI_OPTIONS_H_

#include <chrono>
#include <optional>
#include <string>
#include <summarize/options.hpp>

namespace summarize::cli {

// How one document's summary is printed (--format).
enum class OutputFormat {
  kText,  // the chosen sentences, one per line
  kJson,  // one JSON object
  kHtml,  // a self-contained HTML page showing the summary in its text
};

// Everything the command line asks for.
struct CliOptions {
  // The input file; "-" is standard input.
  std::string input_path = "-";
  // -o/--output: the file the output goes to, written whole or not at all
  // (see output_file.h); "-" is standard output.
  std::string output_path = "-";
  // Library options. `deadline` is left unset: see timeout_seconds.
  Options library;
  // --timeout in seconds (> 0); nullopt when not given. Turned into
  // Options::deadline when the work starts.
  std::optional<double> timeout_seconds;
  // --title: the document's headline, used for scoring only ("" = none).
  // With --jsonl each line's "title" field serves instead.
  std::string title;
  OutputFormat format = OutputFormat::kText;
  // --jsonl: one JSON document per input line (see batch.h).
  bool jsonl = false;
  // --threads: worker threads for --jsonl; 0 = all cores.
  unsigned threads = 0;
  // --progress: draw the --jsonl progress line on stderr even when stderr
  // is not a terminal (it is drawn on a terminal anyway).
  bool progress = false;
  // --all-scores: add every unit's score under "ranking" (JSON output only).
  bool all_scores = false;
  // --include-text: add the text offsets refer to (JSON output only).
  bool include_text = false;
  // --output-dir: with --jsonl, write each document's HTML view there.
  std::string output_dir;
  // --verbose: timing and counts on stderr.
  bool verbose = false;
  // --list-algorithms: print the algorithm catalogue and exit.
  bool list_algorithms = false;
};

// The outcome of parsing a command line.
struct ParsedCommandLine {
  // Set when the tool should go on and run; unset when it should exit now
  // with `exit_code` after printing `out` and `err`.
  std::optional<CliOptions> options;
  int exit_code = 0;
  // For stdout: --help or --version text.
  std::string out;
  // For stderr: the one failure line ("summarize: ...\n").
  std::string err;
};

// Parses `argv` (argv[0] is the program name). Never throws for bad usage:
// every parse failure gives exit code kExitUsage and one line in `err`;
// --help and --version give exit code 0 and their text in `out`. Only
// syntax and ranges are checked here; the library validates the language
// code and the remaining Options when the Summarizer is built.
ParsedCommandLine ParseCommandLine(int argc, const char* const* argv);

// The library options `cli` asks for, with the --timeout deadline counted
// from `start`.
Options LibraryOptions(const CliOptions& cli,
                       std::chrono::steady_clock::time_point start);

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_CLI_OPTIONS_H_
