// Whitespace collapsing for one-line output, shared by the command-line tools
// (examples/summarize and bench/eval).
#ifndef SUMMARIZE_EXAMPLES_COMMON_COLLAPSE_WHITESPACE_H_
#define SUMMARIZE_EXAMPLES_COMMON_COLLAPSE_WHITESPACE_H_

#include <string>
#include <string_view>

namespace summarize::cli {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

// `text` with every run of ASCII whitespace (space, tab, CR, LF, VT, FF)
// replaced by one space and none at either end; all other bytes unchanged.
inline std::string CollapseWhitespace(std::string_view text) {
  std::string collapsed;
  collapsed.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (IsAsciiSpace(c)) {
      pending_space = !collapsed.empty();
      continue;
    }
    if (pending_space) collapsed.push_back(' ');
    pending_space = false;
    collapsed.push_back(c);
  }
  return collapsed;
}

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_COMMON_COLLAPSE_WHITESPACE_H_
