// Running OTS through a temporary file, with a disk cache of its outputs.
#include "eval/ots.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <system_error>
#include <vector>

#include "eval/eval_error.h"
#include "eval/seeded_random.h"
#include "eval/subprocess.h"

namespace summarize::eval {
namespace {

// Bumped when the cached format or the way OTS is called changes.
constexpr std::string_view kCacheFormat = "ots-cache-2";

// A new empty file in the temporary folder, removed on destruction.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "summarize-eval-ots.XXXXXX")
            .string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      throw EvalError(
          kExitFailure,
          "cannot create a temporary file for OTS: " +
              std::error_code(errno, std::generic_category()).message());
    }
    ::close(fd);
    path_ = pattern;
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string FirstLine(std::string_view text) {
  const std::size_t end = text.find('\n');
  return std::string(text.substr(0, end));
}

std::string Hex(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx",
                static_cast<unsigned long long>(value));
  return buffer;
}

}  // namespace

int OtsRatioPercent(std::size_t k, std::size_t candidates) {
  if (candidates == 0) return 100;
  const double percent = std::round(100.0 * static_cast<double>(k) /
                                    static_cast<double>(candidates));
  return static_cast<int>(std::clamp(percent, 1.0, 100.0));
}

std::optional<std::filesystem::path> Ots::Find() {
  const char* path = std::getenv("PATH");
  std::string_view folders = path != nullptr ? path : "/usr/bin:/bin";
  while (!folders.empty()) {
    const std::size_t end = folders.find(':');
    const std::string_view folder = folders.substr(0, end);
    if (!folder.empty()) {
      const std::filesystem::path candidate =
          std::filesystem::path(folder) / "ots";
      if (::access(candidate.c_str(), X_OK) == 0 &&
          std::filesystem::is_regular_file(candidate)) {
        return candidate;
      }
    }
    if (end == std::string_view::npos) break;
    folders.remove_prefix(end + 1);
  }
  return std::nullopt;
}

Ots::Ots(std::filesystem::path binary, std::filesystem::path dictionary_dir,
         const std::filesystem::path& cache_dir)
    : binary_(std::move(binary)), dictionary_dir_(std::move(dictionary_dir)) {
  ProcessResult result;
  try {
    result = RunProcess({binary_.string(), "--version"});
  } catch (const std::system_error& error) {
    throw EvalError(kExitFailure, "cannot run OTS (" + binary_.string() +
                                      "): " + error.what());
  }
  if (result.exit_code != 0) {
    throw EvalError(kExitFailure, binary_.string() + " --version failed: " +
                                      FirstLine(result.err));
  }
  version_ = FirstLine(result.out);
  if (!cache_dir.empty()) cache_.emplace(cache_dir);
}

bool Ots::HasDictionary(std::string_view language) const {
  if (language.empty() ||
      language.find_first_of("/.") != std::string_view::npos) {
    return false;
  }
  std::error_code ignored;
  return std::filesystem::is_regular_file(
      dictionary_dir_ / (std::string(language) + ".xml"), ignored);
}

std::string Ots::Summarize(std::string_view text, int ratio_percent,
                           std::string_view dictionary) const {
  if (!cache_) return RunOts(text, ratio_percent, dictionary);

  // The header repeats what the key hashes, so a hash collision is caught
  // (it would also need the same text length).
  const std::string header = std::string(kCacheFormat) + " " + version_ +
                             " ratio=" + std::to_string(ratio_percent) +
                             " dic=" + std::string(dictionary) +
                             " bytes=" + std::to_string(text.size()) + "\n";
  const std::string key = Hex(HashBytes(text, HashBytes(header)));
  if (std::optional<std::string> cached = cache_->Get(key)) {
    if (cached->starts_with(header)) {
      ++cache_hits_;
      return cached->substr(header.size());
    }
  }
  std::string output = RunOts(text, ratio_percent, dictionary);
  cache_->Put(key, header + output);
  return output;
}

std::string Ots::RunOts(std::string_view text, int ratio_percent,
                        std::string_view dictionary) const {
  const TemporaryFile input;
  {
    std::ofstream out(input.path(), std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    // OTS 0.4.2's parser compares a count of characters with a count of
    // bytes, so on non-ASCII text it reads past the end of its buffer until
    // it meets a NUL; past 8 KiB that memory is uninitialised and the
    // output ends with random bytes (invalid UTF-8, different every run).
    // The NUL ends its parse exactly at the end of the text.
    out.put('\0');
    if (!out.flush()) {
      throw EvalError(kExitFailure,
                      "cannot write OTS input " + input.path().string());
    }
  }
  ++runs_;
  ProcessResult result;
  try {
    result = RunProcess(
        {binary_.string(), "--ratio=" + std::to_string(ratio_percent),
         "--dic=" + std::string(dictionary), input.path().string()});
  } catch (const std::system_error& error) {
    throw EvalError(kExitFailure,
                    "cannot run OTS: " + std::string(error.what()));
  }
  if (result.exit_code != 0) {
    throw EvalError(
        kExitFailure,
        "OTS exited with status " + std::to_string(result.exit_code) + ": " +
            FirstLine(result.err.empty() ? result.out : result.err));
  }
  return result.out;
}

}  // namespace summarize::eval
