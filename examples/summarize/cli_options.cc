#include "cli_options.h"

#include <CLI/CLI.hpp>
#include <utility>
#include <string>
#include <string_view>
#include <summarize/version.hpp>
#include <vector>

#include "cli_error.h"
#include "library_options.h"
#include "number_validators.h"
#include "parse_outcome.h"

namespace summarize::cli {
namespace {

constexpr std::string_view kDescription =
    "Extractive summarization: prints the most central sentences of FILE "
    "(or standard input), one per line, in document order.";

constexpr std::string_view kFooter =
    "Input is UTF-8 text or an HTML page (see --format-in, --encoding), read "
    "as raw bytes. With --jsonl each input line is a JSON object {\"id\": "
    "any, \"text\": \"...\", \"title\": \"...\"} and each output line is "
    "{\"id\", \"summary\", \"sentences\", ...} or {\"id\", \"error\"}, in "
    "input order, one per input line (a blank line gets an error record). "
    "--threads and --progress need --jsonl.\n"
    "Exit status: 0 success, 1 bad input (unreadable, invalid UTF-8, binary, "
    "too large, timed out, output not writable, a --jsonl line that failed "
    "other than a blank one), 2 bad usage.\n"
    "Examples:\n"
    "  summarize -n 3 article.txt             three sentences of a text file\n"
    "  summarize -r 0.1 --html page.html      a tenth of a saved web page\n"
    "  curl -s URL | summarize -w 100         about 100 words of a page\n"
    "  summarize --format json -n 5 book.txt  five sentences with offsets\n"
    "  summarize --format html -n 3 a.txt > view.html   see it highlighted\n"
    "  summarize --jsonl --threads 8 -o summaries.jsonl < docs.jsonl\n"
    "See summarize(1) for every option.";

// The names accepted by --algorithm, in catalogue order.
std::vector<std::string> AlgorithmNames() {
  std::vector<std::string> names;
  for (const AlgorithmInfo& info : Algorithms()) names.push_back(info.name);
  return names;
}

// Longest accepted --timeout: about 31 years, far below what
// steady_clock::duration can hold, so the deadline arithmetic cannot overflow.
constexpr double kMaxTimeoutSeconds = 1e9;

// Most accepted --threads.
constexpr unsigned kMaxThreads = 1024;

}  // namespace

ParsedCommandLine ParseCommandLine(int argc, const char* const* argv) {
  const Options defaults;
  CliOptions cli;
  std::size_t sentences = 3;
  double ratio = 0;
  std::size_t words = 0;
  std::string algorithm(AlgorithmName(defaults.algorithm));
  std::string format = "text";
  double timeout_seconds = 0;
  OffSwitches off;

  CLI::App app(std::string(kDescription), "summarize");
  app.footer(std::string(kFooter));
  app.set_version_flag("--version",
                       std::string("summarize ") + summarize::Version());
  ReportFailuresInOneLine(app, "summarize");

  app.add_option("FILE", cli.input_path,
                 "Input file; '-' or none reads standard input")
      ->type_name("");
  app.add_option("-o,--output", cli.output_path,
                 "Write the output to FILE instead of standard output: to a "
                 "temporary file beside it, renamed to FILE only when the "
                 "run completes (a failed run leaves FILE as it was)")
      ->type_name("FILE")
      ->check([](const std::string& path) -> std::string {
        return path.empty() ? "expected a file name, got ''" : "";
      });

  CLI::Option* sentences_option =
      app.add_option("-n,--sentences", sentences,
                     "Summary length in sentences (>= 1)")
          ->type_name("N")
          ->transform(WholeNumber(1))
          ->capture_default_str();
  CLI::Option* ratio_option =
      app.add_option("-r,--ratio", ratio,
                     "Summary length as a fraction of the candidate "
                     "sentences, in (0, 1]")
          ->type_name("R")
          ->check(NumberIn(0, 1));
  CLI::Option* words_option =
      app.add_option("-w,--words", words,
                     "Summary length in words (>= 1; sentences are never cut)")
          ->type_name("W")
          ->transform(WholeNumber(1));
  sentences_option->excludes(ratio_option)->excludes(words_option);
  ratio_option->excludes(sentences_option)->excludes(words_option);
  words_option->excludes(sentences_option)->excludes(ratio_option);

  app.add_option("-a,--algorithm", algorithm,
                 "Scoring method (see --list-algorithms)")
      ->type_name("NAME")
      ->check(CLI::IsMember(AlgorithmNames()))
      ->capture_default_str();
  app.add_option("-l,--language", cli.library.language,
                 "Language of the text: an ISO 639-1 code (or BCP-47 tag "
                 "such as pt-BR), or auto to detect it per document")
      ->type_name("CODE")
      ->capture_default_str();
  AddLibraryOptions(app, cli.library, off,
                    "Refuse input (with --jsonl: a document's text) larger "
                    "than this many bytes, in [1, 1 GiB]");
  std::string format_in = "auto";
  CLI::Option* format_in_option =
      app.add_option("--format-in", format_in,
                     "Input format: plain text, an HTML page (its main "
                     "article is summarized), or auto (HTML when the input "
                     "starts like an HTML document)")
          ->type_name("FORMAT")
          ->check(CLI::IsMember({"text", "html", "auto"}))
          ->capture_default_str();
  bool html = false;
  app.add_flag("--html", html, "The same as --format-in html")
      ->excludes(format_in_option);
  app.add_option("--encoding", cli.library.encoding,
                 "Character encoding of the input (latin1, windows-1252, "
                 "Shift_JIS, KOI8-R, GB18030, UTF-16LE, ...; default: "
                 "UTF-8, a UTF-16 byte-order mark, or an HTML page's "
                 "<meta charset>)")
      ->type_name("NAME");
  app.add_flag("--replace-invalid", cli.library.replace_invalid,
               "Replace invalid bytes with U+FFFD instead of failing");
  app.add_option("--keywords", cli.library.keywords,
                 "Also print the K best keywords and keyphrases (text: a "
                 "last line \"Keywords: ...\"; JSON: \"keywords\")")
      ->type_name("K")
      ->transform(WholeNumber(0))
      ->check(CLI::Range(std::size_t{0}, std::size_t{1000}).description(""))
      ->capture_default_str();
  CLI::Option* title_option =
      app.add_option("--title", cli.title,
                     "The document's headline: sentences that repeat its "
                     "words rank higher; never part of the summary")
          ->type_name("TEXT");
  CLI::Option* timeout_option =
      app.add_option("--timeout", timeout_seconds,
                     "Give up after this many seconds (exit 1)")
          ->type_name("SECONDS")
          ->check(NumberIn(0, kMaxTimeoutSeconds));

  CLI::Option* format_option =
      app.add_option("--format", format,
                     "Output format: the chosen sentences one per line, one "
                     "JSON object, or a self-contained HTML page that shows "
                     "the summary highlighted in its text")
          ->type_name("FORMAT")
          ->check(CLI::IsMember({"text", "json", "html"}))
          ->capture_default_str();
  CLI::Option* jsonl_option = app.add_flag(
      "--jsonl", cli.jsonl,
      "Batch mode: one JSON document per input line, one JSON result per "
      "output line");
  jsonl_option->excludes(format_option)->excludes(title_option);
  app.add_option("--threads", cli.threads,
                 "With --jsonl: documents summarized in parallel, in [0, " +
                     std::to_string(kMaxThreads) + "] (0: all cores)")
      ->type_name("N")
      ->transform(WholeNumber(0))
      ->check(CLI::Range(0u, kMaxThreads).description(""))
      ->needs(jsonl_option)
      ->capture_default_str();
  app.add_option("--output-dir", cli.output_dir,
                 "With --jsonl: also write each document's HTML view (as "
                 "--format html) to DIR/<line number>.html")
      ->type_name("DIR")
      ->needs(jsonl_option);
  app.add_flag("--progress", cli.progress,
               "With --jsonl: a progress line on stderr (documents, docs/s, "
               "ETA); shown anyway when stderr is a terminal")
      ->needs(jsonl_option);
  title_option->excludes(jsonl_option);
  format_option->excludes(jsonl_option);
  app.add_flag("--all-scores", cli.all_scores,
               "Add every sentence's score and rank under \"ranking\" (JSON "
               "output only)");
  app.add_flag("--include-text", cli.include_text,
               "Add the text that offsets refer to under \"text\" (the "
               "article extracted from HTML, or the transcoded input; JSON "
               "output only)");
  app.add_flag("--verbose", cli.verbose, "Print timing and counts to stderr");
  app.add_flag("--list-algorithms", cli.list_algorithms,
               "Print the algorithm names and descriptions, then exit");

  ParsedCommandLine result;
  try {
    app.parse(argc, argv);
    for (const auto& [flag, set] : {std::pair{"--all-scores", cli.all_scores},
                                    std::pair{"--include-text",
                                              cli.include_text}}) {
      if (set && !cli.jsonl && format != "json") {
        throw CLI::ValidationError(flag, "needs --format json or --jsonl");
      }
    }
  } catch (const CLI::ParseError& error) {
    return ParseStopped<ParsedCommandLine>(app, error, kExitUsage);
  }

  if (ratio_option->count() > 0) {
    cli.library.length = Length::Ratio(ratio);
  } else if (words_option->count() > 0) {
    cli.library.length = Length::Words(words);
  } else {
    cli.library.length = Length::Sentences(sentences);
  }
  cli.library.algorithm = AlgorithmFromName(algorithm);
  cli.library.input_format = InputFormatFromName(html ? "html" : format_in);
  off.ApplyTo(cli.library);
  if (timeout_option->count() > 0) cli.timeout_seconds = timeout_seconds;
  cli.format = format == "json"   ? OutputFormat::kJson
               : format == "html" ? OutputFormat::kHtml
                                  : OutputFormat::kText;
  result.options = std::move(cli);
  return result;
}

Options LibraryOptions(const CliOptions& cli,
                       std::chrono::steady_clock::time_point start) {
  Options options = cli.library;
  // Every unit's text is printed only in the ranking and the HTML views;
  // otherwise the library need not copy the whole text into them.
  options.ranking_text = cli.all_scores || cli.format == OutputFormat::kHtml ||
                         !cli.output_dir.empty();
  if (cli.timeout_seconds) {
    options.deadline =
        start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(*cli.timeout_seconds));
  }
  return options;
}

}  // namespace summarize::cli
