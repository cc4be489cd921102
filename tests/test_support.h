// Helpers shared by the tests.
#ifndef SUMMARIZE_TESTS_TEST_SUPPORT_H_
#define SUMMARIZE_TESTS_TEST_SUPPORT_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

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

}  // namespace summarize::testing

#endif  // SUMMARIZE_TESTS_TEST_SUPPORT_H_
