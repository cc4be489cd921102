// Reading the line-based data files compiled into the library.
#ifndef SUMMARIZE_LIB_UTIL_DATA_FILE_H_
#define SUMMARIZE_LIB_UTIL_DATA_FILE_H_

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "util/embedded_data.h"

namespace summarize::internal {

// The meaningful lines of a data file: trimmed of ASCII white space (the
// files are UTF-8, whose multi-byte sequences never contain those bytes),
// without blank lines and "#" comment lines. Views into `data`.
std::vector<std::string_view> DataLines(std::string_view data);

// The embedded file data/`name` parsed into a T (constructed from the file's
// bytes; from an empty view when there is no such file), once per name.
// Thread-safe; the reference stays valid for the life of the program.
template <typename T>
const T& ParsedDataFile(std::string_view name) {
  static std::mutex mutex;
  // unique_ptr keeps each T in place while the map grows.
  static std::map<std::string, std::unique_ptr<const T>, std::less<>> parsed;
  const std::lock_guard<std::mutex> lock(mutex);
  if (const auto it = parsed.find(name); it != parsed.end()) return *it->second;
  auto value = std::make_unique<const T>(EmbeddedData(name));
  return *parsed.emplace(std::string(name), std::move(value)).first->second;
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_UTIL_DATA_FILE_H_
