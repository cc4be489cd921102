// FileCache: one file per key, written to a temporary name and renamed.
#include "eval/file_cache.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <system_error>

#include "eval/eval_error.h"

namespace summarize::eval {

FileCache::FileCache(std::filesystem::path dir) : dir_(std::move(dir)) {
  std::error_code error;
  std::filesystem::create_directories(dir_, error);
  if (error) {
    throw EvalError(kExitFailure, "cannot create cache folder " +
                                      dir_.string() + ": " + error.message());
  }
}

std::optional<std::string> FileCache::Get(std::string_view key) const {
  std::ifstream in(dir_ / key, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream value;
  value << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return value.str();
}

bool FileCache::Put(std::string_view key, std::string_view value) const {
  // Unique among this process's threads (counter) and other processes (pid).
  static std::atomic<unsigned long> counter{0};
  const std::filesystem::path temporary =
      dir_ / (std::string(key) + ".tmp." + std::to_string(::getpid()) + "." +
              std::to_string(counter++));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(value.data(), static_cast<std::streamsize>(value.size()));
    if (!out.flush()) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return false;
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, dir_ / key, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    return false;
  }
  return true;
}

}  // namespace summarize::eval
