// The one failure type of summarize-eval and the exit codes it maps to.
#ifndef SUMMARIZE_BENCH_EVAL_EVAL_ERROR_H_
#define SUMMARIZE_BENCH_EVAL_EVAL_ERROR_H_

#include <stdexcept>
#include <string>

namespace summarize::eval {

// Exit codes of summarize-eval (also listed in --help).
inline constexpr int kExitOk = 0;
// Bad input or environment: unreadable or malformed data or config, a
// library failure on a whole set, an output file that cannot be written.
inline constexpr int kExitFailure = 1;
// Bad usage: unknown or malformed option, unknown method, algorithm or
// language, conflicting options.
inline constexpr int kExitUsage = 2;

// A failure that ends the run: a one-line message (without the
// "summarize-eval: " prefix) and the exit code the process returns.
class EvalError : public std::runtime_error {
 public:
  EvalError(int exit_code, const std::string& message)
      : std::runtime_error(message), exit_code_(exit_code) {}

  int exit_code() const noexcept { return exit_code_; }

 private:
  int exit_code_;
};

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_EVAL_ERROR_H_
