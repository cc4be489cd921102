// summarize-eval's flags, parsed with CLI11.
#include "eval/command_line.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <string_view>
#include <thread>

#include "eval/eval_error.h"
#include "library_options.h"
#include "number_validators.h"
#include "parse_outcome.h"

#ifndef SUMMARIZE_SHARED_DIR
#define SUMMARIZE_SHARED_DIR "../shared"
#endif
#ifndef SUMMARIZE_EVAL_SETS_FILE
#define SUMMARIZE_EVAL_SETS_FILE "bench/eval/sets.json"
#endif
#ifndef SUMMARIZE_EVAL_CACHE_DIR
#define SUMMARIZE_EVAL_CACHE_DIR ""
#endif

namespace summarize::eval {
namespace {

using summarize::cli::AddLibraryOptions;
using summarize::cli::NumberIn;
using summarize::cli::ParseStopped;
using summarize::cli::ReportFailuresInOneLine;
using summarize::cli::WholeNumber;

constexpr std::string_view kDescription =
    "Evaluates libsummarize with ROUGE: runs the library's algorithms and "
    "baselines (lead, random, OTS) on JSON Lines sets and prints ROUGE-1/2/"
    "Lsum F1 x 100 with 95% bootstrap intervals per set.";

constexpr std::string_view kFooter =
    "Either --sweep (every set of --sets, from --data-dir) or --set FILE "
    "with -n and -l. A set file has one JSON object per line: {\"id\", "
    "\"text\", \"summary\"} or {\"id\", \"text\", \"references\": [...]}, "
    "references one sentence per line; optional \"lang\", and \"title\" "
    "(given to the library's methods only).\n"
    "Exit status: 0 success, 1 bad data or failure, 2 bad usage.";

std::vector<std::string> SplitCommas(const std::string& list) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    parts.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

}  // namespace

std::filesystem::path DefaultDataDir() {
  const char* env = std::getenv("SUMMARIZE_SHARED_DIR");
  const std::filesystem::path shared =
      env != nullptr && *env != '\0' ? env : SUMMARIZE_SHARED_DIR;
  return shared / "data";
}

ParsedCommandLine ParseCommandLine(int argc, const char* const* argv) {
  CommandLine cli;
  std::string data_dir = DefaultDataDir().string();
  std::string sets_file = SUMMARIZE_EVAL_SETS_FILE;
  std::string set_file;
  std::string only;
  std::string methods;
  std::string json_path;
  std::string per_doc_path;
  std::string ots_path;
  std::string cache_dir = SUMMARIZE_EVAL_CACHE_DIR;
  double target = 0;
  bool no_cache = false;
  summarize::cli::OffSwitches off;
  cli.threads = std::max(1U, std::thread::hardware_concurrency());

  CLI::App app(std::string(kDescription), "summarize-eval");
  app.footer(std::string(kFooter));
  ReportFailuresInOneLine(app, "summarize-eval");

  app.add_flag("--sweep", cli.sweep,
               "Run every set listed in --sets (sets.json)");
  app.add_option("--data-dir", data_dir,
                 "Folder holding the sets' folders (default: "
                 "$SUMMARIZE_SHARED_DIR/data, else the checkout's "
                 "../shared/data)")
      ->type_name("DIR")
      ->capture_default_str();
  app.add_option("--sets", sets_file, "The list of sets for --sweep")
      ->type_name("FILE")
      ->capture_default_str();
  CLI::Option* only_option =
      app.add_option("--only", only,
                     "With --sweep: only these sets (comma-separated folder "
                     "names)")
          ->type_name("NAMES");
  CLI::Option* set_option =
      app.add_option("--set", set_file, "One set: a docs.jsonl file")
          ->type_name("FILE");
  CLI::Option* k_option =
      app.add_option("-n,--sentences", cli.k,
                     "With --set: summary length in sentences (>= 1)")
          ->type_name("K")
          ->transform(WholeNumber(1));
  CLI::Option* language_option =
      app.add_option("-l,--language", cli.language,
                     "With --set: ISO 639-1 language code")
          ->type_name("CODE");
  CLI::Option* target_option =
      app.add_option("--target", target,
                     "With --set: mean of ROUGE-1/2/Lsum F1 x 100 to compare "
                     "with")
          ->type_name("T")
          ->check(NumberIn(0, 100, false, false));

  app.add_option("--methods", methods,
                 "Comma-separated methods: library algorithms (default, "
                 "textrank, centroid, ...) and baselines lead, random, ots "
                 "(default: all)")
      ->type_name("LIST");
  app.add_option("--threads", cli.threads,
                 "Documents processed at once (results do not depend on it)")
      ->type_name("N")
      ->transform(WholeNumber(1))
      ->capture_default_str();
  app.add_option("--limit", cli.limit,
                 "Use only the first N documents of each set (0: all)")
      ->type_name("N")
      ->transform(WholeNumber(0))
      ->capture_default_str();
  app.add_option("--seed", cli.seed,
                 "Seed of the random baseline and the bootstrap")
      ->type_name("S")
      ->transform(WholeNumber(0))
      ->capture_default_str();
  app.add_option("--resamples", cli.resamples, "Bootstrap resamples")
      ->type_name("N")
      ->transform(WholeNumber(1))
      ->capture_default_str();
  app.add_option("--json", json_path, "Write every result as JSON to PATH")
      ->type_name("PATH");
  app.add_option("--per-doc", per_doc_path,
                 "Write one JSON line per document and method to PATH")
      ->type_name("PATH");
  app.add_option("--ots", ots_path,
                 "The OTS program (default: ots in PATH; the method is "
                 "skipped when there is none)")
      ->type_name("PATH");
  app.add_option("--cache-dir", cache_dir, "Where OTS outputs are cached")
      ->type_name("DIR")
      ->capture_default_str();
  app.add_flag("--no-cache", no_cache, "Always run OTS; cache nothing");
  app.add_flag("--quiet", cli.quiet, "No progress lines on stderr");
  app.add_flag("--detect-language", cli.detect_language,
               "Run the library's methods with language auto (detected per "
               "document) instead of the set's language; ROUGE, the "
               "baselines' sentences and OTS keep the set's language, and "
               "each table notes the detection accuracy");

  CLI::App& library = *app.add_option_group(
      "Library", "Options passed to the library for its own methods");
  AddLibraryOptions(library, cli.options, off,
                    "Refuse a document larger than this many bytes");
  library
      .add_option("--damping", cli.options.damping,
                  "PageRank damping factor, in (0, 1)")
      ->type_name("D")
      ->check(NumberIn(0, 1, true, true))
      ->capture_default_str();
  library
      .add_option("--tolerance", cli.options.tolerance,
                  "Power iteration L1 tolerance, in (0, 1)")
      ->type_name("E")
      ->check(NumberIn(0, 1, true, true))
      ->capture_default_str();
  library
      .add_option("--max-iterations", cli.options.max_iterations,
                  "Power iteration cap, in [1, 100000]")
      ->type_name("N")
      ->transform(WholeNumber(1))
      ->capture_default_str();

  ParsedCommandLine result;
  try {
    app.parse(argc, argv);
    const bool one_set = set_option->count() > 0;
    if (cli.sweep == one_set) {
      throw CLI::ValidationError("--sweep/--set",
                                 "give exactly one of --sweep and --set");
    }
    for (const CLI::Option* option : {k_option, language_option}) {
      if (one_set && option->count() == 0) {
        throw CLI::RequiredError(option->get_name() + " (needed by --set)");
      }
    }
    for (const CLI::Option* option :
         {k_option, language_option, target_option}) {
      if (cli.sweep && option->count() > 0) {
        throw CLI::ValidationError(option->get_name(),
                                   "only with --set (--sweep takes k, "
                                   "language and target from --sets)");
      }
    }
    if (one_set && only_option->count() > 0) {
      throw CLI::ValidationError("--only", "only with --sweep");
    }
    if (app.count("--methods") > 0) {
      try {
        cli.methods = ParseMethods(methods);
      } catch (const EvalError& error) {
        throw CLI::ValidationError(error.what());
      }
    }
  } catch (const CLI::ParseError& error) {
    return ParseStopped<ParsedCommandLine>(app, error, kExitUsage);
  }

  cli.data_dir = data_dir;
  cli.sets_file = sets_file;
  if (!only.empty()) cli.only = SplitCommas(only);
  cli.set_file = set_file;
  if (target_option->count() > 0) cli.target = target;
  cli.json_path = json_path;
  cli.per_doc_path = per_doc_path;
  cli.ots_path = ots_path;
  if (!no_cache) cli.cache_dir = cache_dir;
  off.ApplyTo(cli.options);
  result.command_line = std::move(cli);
  return result;
}

}  // namespace summarize::eval
