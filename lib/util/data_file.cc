#include "util/data_file.h"

namespace summarize::internal {

std::vector<std::string_view> DataLines(std::string_view data) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  std::vector<std::string_view> lines;
  while (!data.empty()) {
    const std::size_t newline = data.find('\n');
    std::string_view line = data.substr(0, newline);
    data.remove_prefix(newline == std::string_view::npos ? data.size()
                                                         : newline + 1);
    const std::size_t first = line.find_first_not_of(kSpace);
    if (first == std::string_view::npos) continue;
    line = line.substr(first, line.find_last_not_of(kSpace) - first + 1);
    if (line.front() != '#') lines.push_back(line);
  }
  return lines;
}

}  // namespace summarize::internal
