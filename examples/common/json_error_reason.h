// The useful part of a nlohmann::json parse error, shared by the command-line
// tools (examples/summarize and bench/eval).
#ifndef SUMMARIZE_EXAMPLES_COMMON_JSON_ERROR_REASON_H_
#define SUMMARIZE_EXAMPLES_COMMON_JSON_ERROR_REASON_H_

#include <string>

namespace summarize::cli {

// The reason in a nlohmann parse error message, e.g. "invalid string:
// ill-formed UTF-8 byte" out of "[json.exception.parse_error.101] parse error
// at line 1, column 9: syntax error while parsing value - invalid string:
// ill-formed UTF-8 byte; last read: '...'" (whose last part may echo raw
// bytes). The whole message when it has another shape.
inline std::string ParseErrorReason(const std::string& what) {
  const std::size_t start = what.find(" - ");
  if (start == std::string::npos) return what;
  const std::size_t end = what.find("; last read", start);
  return what.substr(start + 3,
                     end == std::string::npos ? end : end - start - 3);
}

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_COMMON_JSON_ERROR_REASON_H_
