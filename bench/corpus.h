// The benchmark corpus: the texts in ../shared/data/corpus, loaded once.
#ifndef SUMMARIZE_BENCH_CORPUS_H_
#define SUMMARIZE_BENCH_CORPUS_H_

#include <benchmark/benchmark.h>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summarize::bench {

// One text of the corpus.
struct CorpusInfo {
  std::string name;      // file name without ".txt", e.g. "en-1m"
  std::string language;  // ISO 639-1 code to analyze it with
  bool huge = false;     // run once, timed in milliseconds
};

// en-5k, en-100k, en-1m, en-10m and de-1m, smallest first.
const std::vector<CorpusInfo>& Corpora();

// A loaded text and what every benchmark reports about it.
struct Corpus {
  std::string text;
  // Units (sentences and fragments) the pipeline segments the text into:
  // the "sentences" of every benchmark's sentences/s, whatever the stage, so
  // that sentences/s ratios equal bytes/s ratios.
  std::size_t sentences = 0;
};

// The shared evaluation data folder: $SUMMARIZE_SHARED_DIR, else ../shared
// beside the source folder; nullopt when neither exists.
std::optional<std::filesystem::path> SharedDir();

// The corpus text `info.name`, read and segmented on first use and cached
// for the rest of the run. When it cannot be read, calls
// state.SkipWithError with the reason and returns nullptr.
const Corpus* LoadCorpus(benchmark::State& state, const CorpusInfo& info);

// Reports bytes/s and sentences/s for `state.iterations()` passes over
// `corpus`.
void ReportThroughput(benchmark::State& state, const Corpus& corpus);

// Registers "<prefix>/<corpus name>" for every corpus, running
// `run(state, info)`; huge texts run for exactly one iteration.
void RegisterForEachCorpus(
    const std::string& prefix,
    const std::function<void(benchmark::State&, const CorpusInfo&)>& run);

}  // namespace summarize::bench

#endif  // SUMMARIZE_BENCH_CORPUS_H_
