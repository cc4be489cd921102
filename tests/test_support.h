// Helpers shared by the tests.
#ifndef SUMMARIZE_TESTS_TEST_SUPPORT_H_
#define SUMMARIZE_TESTS_TEST_SUPPORT_H_

#include <stdlib.h>  // mkdtemp (POSIX)

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace summarize::testing {

// The repository's root folder.
inline std::filesystem::path SourceDir() { return SUMMARIZE_SOURCE_DIR; }

// The shared evaluation data folder: $SUMMARIZE_SHARED_DIR, else ../shared
// beside the source folder. nullopt when neither exists (tests that need it
// call GTEST_SKIP).
inline std::optional<std::filesystem::path> SharedDir() {
  if (const char* env = std::getenv("SUMMARIZE_SHARED_DIR"); env && *env) {
    if (std::filesystem::is_directory(env)) return std::filesystem::path(env);
    return std::nullopt;
  }
  std::filesystem::path beside = SourceDir().parent_path() / "shared";
  if (std::filesystem::is_directory(beside / "data")) return beside;
  return std::nullopt;
}

// A benchmark corpus text of ../shared/data/corpus: "en-1m.txt" is named
// "en-1m", in language "en".
struct CorpusText {
  std::string name;
  std::string language;
  std::filesystem::path path;
};

// Every corpus text, in the folder's order; empty when ../shared is absent.
inline std::vector<CorpusText> CorpusTexts() {
  std::vector<CorpusText> texts;
  const std::optional<std::filesystem::path> shared = SharedDir();
  if (!shared) return texts;
  for (const auto& entry :
       std::filesystem::directory_iterator(*shared / "data" / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    std::string name = entry.path().stem().string();
    std::string language = name.substr(0, 2);
    texts.push_back({std::move(name), std::move(language), entry.path()});
  }
  return texts;
}

// Calls visit(piece, offset) for every paragraph (split at "\n\n") and
// then every line (split at "\n") of `text`: the pieces a fast path's proof
// compares with ICU on each corpus text.
template <typename Visit>
void ForEachParagraphAndLine(std::string_view text, Visit visit) {
  for (const std::string_view separator : {"\n\n", "\n"}) {
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find(separator, begin);
      if (end == std::string_view::npos) end = text.size();
      visit(text.substr(begin, end - begin), begin);
      begin = end + separator.size();
    }
  }
}

// The whole file as bytes; empty string when it cannot be read.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A fresh temporary folder, removed with everything in it on destruction.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "summarize_test.XXXXXX")
            .string();
    if (::mkdtemp(pattern.data()) == nullptr) std::abort();
    path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace summarize::testing

#endif  // SUMMARIZE_TESTS_TEST_SUPPORT_H_
