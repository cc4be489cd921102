// End-to-end throughput of Summarizer::Summarize for every algorithm on the
// performance corpus in ../shared/data/corpus (skipped when it is absent).
//
//   build/bench/summarize_bench --benchmark_filter=/1m
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "summarize/summarize.hpp"

namespace {

std::filesystem::path CorpusDir() {
  if (const char* env = std::getenv("SUMMARIZE_SHARED_DIR"); env && *env) {
    return std::filesystem::path(env) / "data" / "corpus";
  }
  return std::filesystem::path(SUMMARIZE_SOURCE_DIR).parent_path() / "shared" /
         "data" / "corpus";
}

std::string ReadCorpus(const std::string& name) {
  std::ifstream in(CorpusDir() / name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void BM_Summarize(benchmark::State& state, summarize::Algorithm algorithm,
                  const std::string& file, const std::string& language) {
  const std::string text = ReadCorpus(file);
  if (text.empty()) {
    state.SkipWithError(
        ("corpus file not found: " + (CorpusDir() / file).string() +
         " (set SUMMARIZE_SHARED_DIR)")
            .c_str());
    return;
  }
  summarize::Options options;
  options.algorithm = algorithm;
  options.language = language;
  const summarize::Summarizer summarizer(options);
  std::size_t sentences = 0;
  for (auto _ : state) {
    summarize::Ranking ranking = summarizer.Rank(text);
    sentences = ranking.sentences.size();
    benchmark::DoNotOptimize(ranking);
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences * state.iterations()),
                         benchmark::Counter::kIsRate);
}

void RegisterAll() {
  const struct {
    const char* label;
    const char* file;
    const char* language;
  } kCorpus[] = {{"5k", "en-5k.txt", "en"},
                 {"100k", "en-100k.txt", "en"},
                 {"1m", "en-1m.txt", "en"},
                 {"de-1m", "de-1m.txt", "de"}};
  for (const auto& info : summarize::Algorithms()) {
    for (const auto& corpus : kCorpus) {
      benchmark::RegisterBenchmark(
          ("Summarize/" + info.name + "/" + corpus.label).c_str(),
          [algorithm = info.algorithm, file = std::string(corpus.file),
           language = std::string(corpus.language)](benchmark::State& state) {
            BM_Summarize(state, algorithm, file, language);
          })
          ->Unit(benchmark::kMillisecond);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  RegisterAll();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
