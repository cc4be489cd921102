// Failures of the summarize tool and the exit codes they map to.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_CLI_ERROR_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_CLI_ERROR_H_

#include <stdexcept>
#include <string>
#include <string_view>
#include <summarize/error.hpp>

namespace summarize::cli {

// Exit codes of the tool (also listed in --help).
inline constexpr int kExitOk = 0;
// Bad input: unreadable file, invalid UTF-8, binary data, input too large,
// timeout, a failed --jsonl line.
inline constexpr int kExitBadInput = 1;
// Bad usage: unknown or malformed option, value out of range, conflicting
// options, unknown algorithm or language.
inline constexpr int kExitUsage = 2;

// A failure that ends the run: a message (without the "summarize: " prefix)
// and the exit code the process returns.
class CliError : public std::runtime_error {
 public:
  CliError(int exit_code, const std::string& message);

  int exit_code() const noexcept { return exit_code_; }

 private:
  int exit_code_;
};

// The line a failure prints to stderr: "summarize: " + OneLine(message) +
// "\n".
std::string FailureLine(std::string_view message);

// The exit code for a library error: kExitUsage for kInvalidOptions,
// kExitBadInput for everything else.
int ExitCodeFor(ErrorCode code);

// A one-line description of `error`, raised while summarizing `input` (used
// to show the offending byte of binary input; may be empty). Input errors
// name the byte offset into `input`.
std::string DescribeError(const Error& error, std::string_view input);

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_CLI_ERROR_H_
