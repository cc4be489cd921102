// How the command-line tools (examples/summarize and bench/eval) turn the
// end of CLI11's parsing into what they print and return.
#ifndef SUMMARIZE_EXAMPLES_COMMON_PARSE_OUTCOME_H_
#define SUMMARIZE_EXAMPLES_COMMON_PARSE_OUTCOME_H_

#include <CLI/CLI.hpp>
#include <sstream>
#include <string>

#include "one_line.h"

namespace summarize::cli {

// Makes `app` report a parse failure as the one line
// "<program>: <message>\n".
inline void ReportFailuresInOneLine(CLI::App& app, const std::string& program) {
  app.failure_message([program](const CLI::App*, const CLI::Error& error) {
    return program + ": " + OneLine(error.what()) + "\n";
  });
}

// The outcome of a command line CLI11 stopped parsing: exit code 0 with the
// text for stdout (--help, --version), or `usage_code` with the failure line
// for stderr. `Parsed` has `exit_code`, `out` and `err`, and is left
// otherwise default (nothing to run).
template <typename Parsed>
Parsed ParseStopped(const CLI::App& app, const CLI::ParseError& error,
                    int usage_code) {
  std::ostringstream out;
  std::ostringstream err;
  Parsed parsed;
  parsed.exit_code = app.exit(error, out, err) == 0 ? 0 : usage_code;
  parsed.out = out.str();
  parsed.err = err.str();
  return parsed;
}

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_COMMON_PARSE_OUTCOME_H_
