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
#include <system_error>

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
