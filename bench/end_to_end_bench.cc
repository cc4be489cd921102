// End-to-end throughput of Summarizer::Summarize (the public API) for every
// algorithm on every corpus text, and of the default with language detection.
#include <string>

#include "corpus.h"
#include "summarize/summarize.hpp"

namespace summarize::bench {
namespace {

void BM_Summarize(benchmark::State& state, const CorpusInfo& info,
                  Algorithm algorithm) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  Options options;
  options.algorithm = algorithm;
  options.language = info.language;
  const Summarizer summarizer(options);
  for (auto _ : state) {
    Summary summary = summarizer.Summarize(corpus->text);
    benchmark::DoNotOptimize(summary);
  }
  ReportThroughput(state, *corpus);
}

// The default algorithm with the default language, "auto": the same work
// plus language detection on the first 64 KiB.
void BM_SummarizeDetected(benchmark::State& state, const CorpusInfo& info) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  const Summarizer summarizer{Options{}};
  for (auto _ : state) {
    Summary summary = summarizer.Summarize(corpus->text);
    benchmark::DoNotOptimize(summary);
  }
  ReportThroughput(state, *corpus);
}

const bool kRegistered = [] {
  RegisterForEachCorpus("SummarizeAuto/default", BM_SummarizeDetected);
  for (const AlgorithmInfo& algorithm : Algorithms()) {
    RegisterForEachCorpus("Summarize/" + algorithm.name,
                          [algorithm = algorithm.algorithm](
                              benchmark::State& state, const CorpusInfo& info) {
                            BM_Summarize(state, info, algorithm);
                          });
  }
  return true;
}();

}  // namespace
}  // namespace summarize::bench
