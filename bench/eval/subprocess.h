// Running an external program and collecting what it prints.
#ifndef SUMMARIZE_BENCH_EVAL_SUBPROCESS_H_
#define SUMMARIZE_BENCH_EVAL_SUBPROCESS_H_

#include <string>
#include <vector>

namespace summarize::eval {

struct ProcessResult {
  // The exit status, or 128 + N when signal N ended the process.
  int exit_code = 0;
  // Everything written to standard output and standard error.
  std::string out;
  std::string err;
};

// Runs argv[0] (looked up in PATH when it has no '/') with arguments
// argv[1...], standard input from /dev/null, and waits for it. Safe to call
// from many threads at once: the pipes are close-on-exec, so no other child
// inherits them. Throws std::system_error when the program cannot be
// started (e.g. it does not exist) or a pipe fails.
ProcessResult RunProcess(const std::vector<std::string>& argv);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_SUBPROCESS_H_
