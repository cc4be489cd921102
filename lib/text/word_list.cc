// Word lists compiled into the library, and the stopword lists.
#include "text/word_list.h"

#include <string>

#include "util/data_file.h"

namespace summarize::internal {

WordList::WordList(std::string_view data) {
  for (const std::string_view line : DataLines(data)) words_.emplace(line);
}

bool WordList::Contains(std::string_view word) const {
  return words_.find(word) != words_.end();
}

const WordList& Stopwords(std::string_view language) {
  // Norwegian Bokmål ("nb") uses the Norwegian list ("no"; stopwords-iso
  // has no "nb"). A language without a file gets an empty list.
  if (language == "nb") language = "no";
  return ParsedDataFile<WordList>("stopwords/" + std::string(language) +
                                  ".txt");
}

}  // namespace summarize::internal
