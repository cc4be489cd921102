// The benchmark runner: every suite registers itself at static
// initialization (corpus.h RegisterForEachCorpus).
//
//   build/bench/summarize_bench --benchmark_filter=/en-1m$
#include <benchmark/benchmark.h>

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
