// The Open Text Summarizer (libots 0.4, Debian package `ots`) as a
// baseline: run as an external process, outputs cached on disk.
//
// `ots --ratio=P --dic=LANG FILE` prints the lines of FILE it selects: it
// scores sentences by the frequency of their words (the dictionary gives
// stopwords and stemming rules) and selects the best until P% of the
// document's words are covered, so P controls a word budget, not a sentence
// count. Dictionaries are /usr/share/ots/LANG.xml; there is none for e.g.
// Chinese, whose text OTS cannot split into words anyway. OTS prints the
// selected sentences of one paragraph on one line, so its output has to be
// split into sentences again before ROUGE-Lsum sees it.
#ifndef SUMMARIZE_BENCH_EVAL_OTS_H_
#define SUMMARIZE_BENCH_EVAL_OTS_H_

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "eval/file_cache.h"

namespace summarize::eval {

// Where Debian's ots package keeps its dictionaries.
inline constexpr std::string_view kOtsDictionaryDir = "/usr/share/ots";

// The integer percentage (1..100) closest to giving `k` of `candidates`
// sentences, round(100 k / candidates); 100 when there are no candidates.
int OtsRatioPercent(std::size_t k, std::size_t candidates);

class Ots {
 public:
  // The `ots` program found in PATH, or nullopt.
  static std::optional<std::filesystem::path> Find();

  // Runs `binary` once (--version) to check it. Outputs are cached in
  // `cache_dir` (none when empty) under a hash of (OTS version, text,
  // ratio, dictionary). Throws EvalError(kExitFailure) when the program
  // cannot be run or the cache folder cannot be created.
  Ots(std::filesystem::path binary, std::filesystem::path dictionary_dir,
      const std::filesystem::path& cache_dir);

  // "ots 0.4.2".
  const std::string& version() const { return version_; }
  const std::filesystem::path& binary() const { return binary_; }

  // True when OTS has a dictionary for the ISO 639-1 code `language`.
  bool HasDictionary(std::string_view language) const;

  // The text OTS prints for `text` with --ratio=`ratio_percent` and
  // --dic=`dictionary`, from the cache when it holds it. Safe to call from
  // many threads at once (each run is its own process and temporary file).
  // Throws EvalError(kExitFailure) when OTS cannot be run or fails.
  std::string Summarize(std::string_view text, int ratio_percent,
                        std::string_view dictionary) const;

  // How many Summarize calls ran the program / were answered by the cache.
  std::size_t runs() const { return runs_; }
  std::size_t cache_hits() const { return cache_hits_; }

 private:
  std::string RunOts(std::string_view text, int ratio_percent,
                     std::string_view dictionary) const;

  std::filesystem::path binary_;
  std::filesystem::path dictionary_dir_;
  std::optional<FileCache> cache_;
  std::string version_;
  mutable std::atomic<std::size_t> runs_{0};
  mutable std::atomic<std::size_t> cache_hits_{0};
};

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_OTS_H_
