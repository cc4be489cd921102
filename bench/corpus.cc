// Loading, caching and registering the benchmark corpus.
#include "corpus.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "summarize/summary.hpp"
#include "text/input.h"
#include "text/language.h"
#include "text/sentence_splitter.h"
#include "text/structure.h"

namespace summarize::bench {
namespace {

// Segments `text` as the pipeline does and counts the units.
std::size_t CountUnits(std::string_view text, const std::string& language) {
  const internal::Structure structure =
      internal::AnalyzeStructure(text, internal::ByteOrderMarkLength(text));
  internal::SentenceSplitter splitter(internal::ResolveLanguage(language));
  std::size_t units = 0;
  for (const internal::Block& block : structure.blocks) {
    if (block.kind == internal::BlockKind::kFragment) {
      ++units;
    } else {
      units += splitter.Split(text, {block.begin, block.end}).size();
    }
  }
  return units;
}

}  // namespace

const std::vector<CorpusInfo>& Corpora() {
  static const std::vector<CorpusInfo> kCorpora = {
      {"en-5k", "en", false}, {"en-100k", "en", false}, {"en-1m", "en", false},
      {"en-10m", "en", true}, {"de-1m", "de", false},
  };
  return kCorpora;
}

std::optional<std::filesystem::path> SharedDir() {
  if (const char* env = std::getenv("SUMMARIZE_SHARED_DIR"); env && *env) {
    if (std::filesystem::is_directory(env)) return std::filesystem::path(env);
    return std::nullopt;
  }
  std::filesystem::path beside =
      std::filesystem::path(SUMMARIZE_SOURCE_DIR).parent_path() / "shared";
  if (std::filesystem::is_directory(beside / "data")) return beside;
  return std::nullopt;
}

const Corpus* LoadCorpus(benchmark::State& state, const CorpusInfo& info) {
  static std::mutex mutex;
  static std::map<std::string, Corpus> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto found = cache.find(info.name); found != cache.end()) {
    return &found->second;
  }
  const std::optional<std::filesystem::path> shared = SharedDir();
  if (!shared) {
    const char* env = std::getenv("SUMMARIZE_SHARED_DIR");
    const std::string where =
        env && *env
            ? std::string("SUMMARIZE_SHARED_DIR=") + env
            : (std::filesystem::path(SUMMARIZE_SOURCE_DIR).parent_path() /
               "shared")
                  .string();
    state.SkipWithError(("shared data folder " + where +
                         " not found: set SUMMARIZE_SHARED_DIR to the folder "
                         "holding data/corpus")
                            .c_str());
    return nullptr;
  }
  const std::filesystem::path path =
      *shared / "data" / "corpus" / (info.name + ".txt");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    state.SkipWithError(("corpus text " + path.string() +
                         " not found: set SUMMARIZE_SHARED_DIR")
                            .c_str());
    return nullptr;
  }
  std::ostringstream out;
  out << in.rdbuf();
  Corpus corpus;
  corpus.text = std::move(out).str();
  corpus.sentences = CountUnits(corpus.text, info.language);
  return &cache.emplace(info.name, std::move(corpus)).first->second;
}

void ReportThroughput(benchmark::State& state, const Corpus& corpus) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(corpus.text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(corpus.sentences),
                         benchmark::Counter::kIsIterationInvariantRate);
}

void RegisterForEachCorpus(
    const std::string& prefix,
    const std::function<void(benchmark::State&, const CorpusInfo&)>& run) {
  for (const CorpusInfo& info : Corpora()) {
    benchmark::internal::Benchmark* registered = benchmark::RegisterBenchmark(
        (prefix + "/" + info.name).c_str(),
        [run, info](benchmark::State& state) { run(state, info); });
    if (info.huge) {
      registered->Iterations(1)->Unit(benchmark::kMillisecond);
    } else {
      registered->Unit(benchmark::kMicrosecond);
    }
  }
}

}  // namespace summarize::bench
