// A folder of cached results, one small file per key.
#ifndef SUMMARIZE_BENCH_EVAL_FILE_CACHE_H_
#define SUMMARIZE_BENCH_EVAL_FILE_CACHE_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace summarize::eval {

// Values stored as files named by their key in one folder. Writes are atomic
// (a temporary file renamed into place), so many threads and processes may
// share a folder and a reader never sees half a value. The cache is best
// effort: a value that cannot be written is simply not cached.
class FileCache {
 public:
  // Uses folder `dir`, created (with its parents) when missing. Throws
  // EvalError(kExitFailure) when it cannot be created.
  explicit FileCache(std::filesystem::path dir);

  const std::filesystem::path& dir() const { return dir_; }

  // The value stored under `key` (a file name: [0-9a-z._-] only), or
  // nullopt when there is none.
  std::optional<std::string> Get(std::string_view key) const;

  // Stores `value` under `key`; false when it could not be written.
  bool Put(std::string_view key, std::string_view value) const;

 private:
  std::filesystem::path dir_;
};

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_FILE_CACHE_H_
