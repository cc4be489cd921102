#include "text/word_list.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "util/embedded_data.h"

namespace summarize::internal {
namespace {

// ASCII whitespace only: the data files are UTF-8 and a multi-byte sequence
// never contains these bytes.
constexpr std::string_view kWhitespace = " \t\r\n\f\v";

std::string_view Trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(kWhitespace);
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(kWhitespace);
  return text.substr(first, last - first + 1);
}

}  // namespace

WordList::WordList(std::string_view data) {
  while (!data.empty()) {
    const std::size_t newline = data.find('\n');
    const std::string_view line = Trim(data.substr(0, newline));
    data.remove_prefix(newline == std::string_view::npos ? data.size()
                                                         : newline + 1);
    if (line.empty() || line.front() == '#') continue;
    words_.emplace(line);
  }
}

bool WordList::Contains(std::string_view word) const {
  return words_.find(word) != words_.end();
}

const WordList& Stopwords(std::string_view language) {
  // Parsed lists by language code. Entries are never removed, and the lists
  // live behind unique_ptr, so returned references stay valid while the map
  // grows. The mutex guards only the map; a list is immutable once built.
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const WordList>, std::less<>>
      lists;

  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = lists.find(language); it != lists.end()) return *it->second;
  std::string name = "stopwords/";
  name.append(language);
  name.append(".txt");
  // EmbeddedData() is empty for unknown names, which parses to an empty list.
  auto list = std::make_unique<const WordList>(EmbeddedData(name));
  return *lists.emplace(std::string(language), std::move(list)).first->second;
}

}  // namespace summarize::internal
