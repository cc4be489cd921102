// The command line of summarize-eval: flags parsed with CLI11.
#ifndef SUMMARIZE_BENCH_EVAL_COMMAND_LINE_H_
#define SUMMARIZE_BENCH_EVAL_COMMAND_LINE_H_

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <summarize/options.hpp>
#include <vector>

#include "eval/methods.h"

namespace summarize::eval {

// Everything the command line asks for.
struct CommandLine {
  // --sweep: every set of `sets_file` (or those named by `only`), read from
  // `data_dir`.
  bool sweep = false;
  std::filesystem::path data_dir;
  std::filesystem::path sets_file;
  std::vector<std::string> only;
  // --set FILE -n K -l LANG [--target T]: one file.
  std::filesystem::path set_file;
  std::size_t k = 0;
  std::string language;
  std::optional<double> target;

  std::vector<Method> methods = DefaultMethods();
  std::size_t threads = 1;
  // Documents per set; 0: all.
  std::size_t limit = 0;
  std::uint64_t seed = 1;
  std::size_t resamples = 1000;
  // Output files; empty when not asked for.
  std::filesystem::path json_path;
  std::filesystem::path per_doc_path;
  // The OTS program; empty: look for "ots" in PATH.
  std::filesystem::path ots_path;
  // Where OTS outputs are cached; empty: no cache.
  std::filesystem::path cache_dir;
  // Library options (length, language and algorithm are set per set and
  // method).
  Options options;
  // --quiet: no progress lines on stderr.
  bool quiet = false;
  // --detect-language: the library's methods run with language "auto"
  // (detected per document) instead of the set's language.
  bool detect_language = false;
};

// The outcome of parsing a command line.
struct ParsedCommandLine {
  // Set when the tool should run; unset when it should exit now with
  // `exit_code` after printing `out` (help) and `err` (one error line).
  std::optional<CommandLine> command_line;
  int exit_code = 0;
  std::string out;
  std::string err;
};

// The shared data folder's "data" subfolder: $SUMMARIZE_SHARED_DIR/data
// when that variable is set and not empty, else the compiled-in
// SUMMARIZE_SHARED_DIR (the checkout's ../shared) + "/data".
std::filesystem::path DefaultDataDir();

// Parses `argv` (argv[0] is the program name). Never throws for bad usage:
// a parse failure gives exit code kExitUsage and one line in `err`; --help
// gives exit code 0 and the help text in `out`.
ParsedCommandLine ParseCommandLine(int argc, const char* const* argv);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_COMMAND_LINE_H_
