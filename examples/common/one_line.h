// Error messages printed as one line, shared by the command-line tools
// (examples/summarize and bench/eval).
#ifndef SUMMARIZE_EXAMPLES_COMMON_ONE_LINE_H_
#define SUMMARIZE_EXAMPLES_COMMON_ONE_LINE_H_

#include <string>
#include <string_view>

namespace summarize::cli {

// `text` with every CR and LF replaced by a space, so it prints as one line.
inline std::string OneLine(std::string_view text) {
  std::string line(text);
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return line;
}

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_COMMON_ONE_LINE_H_
