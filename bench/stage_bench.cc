// Each pipeline stage alone, on the output of the stages before it (prepared
// once, outside the timed loop): setup, input check, structure, segmentation,
// word analysis, weighting, graph, ranking and selection.
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "corpus.h"
#include "model/similarity_graph.h"
#include "model/term_matrix.h"
#include "rank/algorithm.h"
#include "rank/power_iteration.h"
#include "rank/ranker.h"
#include "rank/textrank_bm25.h"
#include "select/selector.h"
#include "summarize/options.hpp"
#include "summarize/summary.hpp"
#include "text/analyzer.h"
#include "text/input.h"
#include "text/language.h"
#include "text/language_detector.h"
#include "text/sentence_splitter.h"
#include "text/structure.h"

namespace summarize::bench {
namespace {

// The library's defaults, as the pipeline passes them to each stage.
const Options kOptions;
// AdaptiveTextRank's cosine edge threshold (rank/adaptive_textrank.cc).
constexpr float kMinCosineEdge = 0.05F;

// One unit of the segmented text.
struct Unit {
  Span span;
  bool candidate = false;  // a sentence, not a fragment
};

// Structure and sentence splitting, as Summarizer does them.
std::vector<Unit> Segment(std::string_view text,
                          const internal::Language& language) {
  const internal::Structure structure =
      internal::AnalyzeStructure(text, internal::ByteOrderMarkLength(text));
  internal::SentenceSplitter splitter(language);
  std::vector<Unit> units;
  for (const internal::Block& block : structure.blocks) {
    if (block.kind == internal::BlockKind::kFragment) {
      units.push_back({{block.begin, block.end}, false});
      continue;
    }
    for (const Span& span : splitter.Split(text, {block.begin, block.end})) {
      units.push_back({span, true});
    }
  }
  return units;
}

// A text taken through every stage up to ranking.
struct Prepared {
  internal::Language language;
  std::vector<Unit> units;
  // Per candidate (sentences, not fragments), in document order.
  internal::TermRows terms;  // candidates only
  std::vector<std::size_t> words;
  std::vector<std::size_t> bytes;
  internal::TermMatrix matrix;
  // Centroid scores (cheap at every size) for the selection benchmark.
  internal::Scores scores;
};

internal::RankInput MakeRankInput(const Prepared& prepared) {
  return {prepared.matrix,
          {kOptions.damping, kOptions.tolerance, kOptions.max_iterations},
          internal::Cancellation(),
          internal::TargetSentenceCount(kOptions.length, prepared.words.size()),
          prepared.words,
          {}};
}

// The corpus text taken through the stages, once per run.
const Prepared& Prepare(const CorpusInfo& info, const Corpus& corpus) {
  static std::mutex mutex;
  static std::map<std::string, Prepared> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto found = cache.find(info.name); found != cache.end()) {
    return found->second;
  }
  Prepared prepared;
  prepared.language = internal::ResolveLanguage(info.language);
  prepared.units = Segment(corpus.text, prepared.language);
  internal::Analyzer analyzer(prepared.language, kOptions.stem);
  std::vector<internal::TermId> dropped;
  for (const Unit& unit : prepared.units) {
    const std::size_t words = analyzer.Analyze(
        corpus.text, unit.span,
        unit.candidate ? prepared.terms.open_row() : dropped);
    if (!unit.candidate) continue;
    prepared.terms.EndRow();
    prepared.words.push_back(words);
    prepared.bytes.push_back(unit.span.end - unit.span.begin);
  }
  prepared.matrix = internal::BuildTermMatrix(prepared.terms);
  prepared.scores =
      internal::RankSentences(Algorithm::kCentroid, MakeRankInput(prepared));
  return cache.emplace(info.name, std::move(prepared)).first->second;
}

// Runs `body(corpus, prepared)` as the timed loop of a stage benchmark.
template <typename Body>
void RunStage(benchmark::State& state, const CorpusInfo& info, Body body) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  const Prepared& prepared = Prepare(info, *corpus);
  for (auto _ : state) body(*corpus, prepared);
  ReportThroughput(state, *corpus);
}

// The fixed cost per document of the ICU-backed stages: making their
// iterators, stopword list and stemmer. Its bytes/s is what a document of
// this size would get if setup were the only cost.
void BM_SetupSplitter(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus&, const Prepared& prepared) {
    internal::SentenceSplitter splitter(prepared.language);
    benchmark::DoNotOptimize(&splitter);
  });
}

void BM_SetupAnalyzer(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus&, const Prepared& prepared) {
    internal::Analyzer analyzer(prepared.language, kOptions.stem);
    benchmark::DoNotOptimize(&analyzer);
  });
}

// Language detection (Options::language "auto"): CLD2 on the first 64 KiB,
// so its cost stops growing past that size.
void BM_Detect(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus& corpus, const Prepared&) {
    benchmark::DoNotOptimize(internal::DetectLanguage(corpus.text));
  });
}

void BM_Input(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus& corpus, const Prepared&) {
    benchmark::DoNotOptimize(
        internal::CheckInput(corpus.text, kOptions.max_input_bytes));
  });
}

void BM_Structure(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus& corpus, const Prepared&) {
    internal::Structure structure = internal::AnalyzeStructure(
        corpus.text, internal::ByteOrderMarkLength(corpus.text));
    benchmark::DoNotOptimize(structure);
  });
}

void BM_Segment(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus& corpus, const Prepared& prepared) {
    std::vector<Unit> units = Segment(corpus.text, prepared.language);
    benchmark::DoNotOptimize(units);
  });
}

void BM_Analyze(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus& corpus, const Prepared& prepared) {
    // A fresh analyzer per pass, as the pipeline makes one per document.
    internal::Analyzer analyzer(prepared.language, kOptions.stem);
    std::vector<internal::TermId> terms;
    for (const Unit& unit : prepared.units) {
      benchmark::DoNotOptimize(analyzer.Analyze(corpus.text, unit.span, terms));
    }
    benchmark::DoNotOptimize(terms);
  });
}

void BM_Weight(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus&, const Prepared& prepared) {
    internal::TermMatrix matrix = internal::BuildTermMatrix(prepared.terms);
    benchmark::DoNotOptimize(matrix);
  });
}

void BM_CosineGraph(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus&, const Prepared& prepared) {
    internal::UndirectedGraph graph =
        internal::CosineGraph(prepared.matrix, kMinCosineEdge);
    benchmark::DoNotOptimize(graph);
  });
}

void BM_OverlapGraph(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus&, const Prepared& prepared) {
    internal::UndirectedGraph graph = internal::OverlapGraph(prepared.matrix);
    benchmark::DoNotOptimize(graph);
  });
}

// The BM25 graph: its per-entry weights, then the shared sweep.
void BM_Bm25Graph(benchmark::State& state, const CorpusInfo& info) {
  RunStage(state, info, [](const Corpus&, const Prepared& prepared) {
    internal::UndirectedGraph graph = internal::Bm25Graph(prepared.matrix);
    benchmark::DoNotOptimize(graph);
  });
}

// The damped power iteration alone, over the cosine graph the default
// builds, with a uniform teleport; reports the graph's stored edges and the
// steps taken (each step one pass over the edges).
void BM_PageRank(benchmark::State& state, const CorpusInfo& info) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  const Prepared& prepared = Prepare(info, *corpus);
  const internal::UndirectedGraph graph =
      internal::CosineGraph(prepared.matrix, kMinCosineEdge);
  const internal::PowerIterationParams params{
      kOptions.damping, kOptions.tolerance, kOptions.max_iterations};
  int iterations = 0;
  for (auto _ : state) {
    internal::PowerIterationResult result =
        internal::PowerIteration(graph, params, {}, internal::Cancellation());
    iterations = result.iterations;
    benchmark::DoNotOptimize(result);
  }
  ReportThroughput(state, *corpus);
  state.counters["edges"] = static_cast<double>(graph.edges());
  state.counters["steps"] = iterations;
}

void BM_Rank(benchmark::State& state, const CorpusInfo& info,
             Algorithm algorithm) {
  RunStage(state, info, [algorithm](const Corpus&, const Prepared& prepared) {
    internal::Scores scores =
        internal::RankSentences(algorithm, MakeRankInput(prepared));
    benchmark::DoNotOptimize(scores);
  });
}

void BM_Select(benchmark::State& state, const CorpusInfo& info) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  const Prepared& prepared = Prepare(info, *corpus);
  std::vector<internal::Candidate> candidates;
  candidates.reserve(prepared.scores.size());
  for (std::size_t c = 0; c < prepared.scores.size(); ++c) {
    candidates.push_back(
        {prepared.scores[c], prepared.words[c], prepared.bytes[c]});
  }
  const internal::SelectionParams params{
      kOptions.length, kOptions.redundancy_threshold,
      kOptions.min_sentence_words, kOptions.max_sentence_bytes};
  for (auto _ : state) {
    std::vector<std::size_t> chosen =
        internal::SelectSentences(candidates, prepared.matrix.tfidf, params);
    benchmark::DoNotOptimize(chosen);
  }
  ReportThroughput(state, *corpus);
}

const bool kRegistered = [] {
  RegisterForEachCorpus("Stage/Setup/splitter", BM_SetupSplitter);
  RegisterForEachCorpus("Stage/Setup/analyzer", BM_SetupAnalyzer);
  RegisterForEachCorpus("Stage/Detect", BM_Detect);
  RegisterForEachCorpus("Stage/Input", BM_Input);
  RegisterForEachCorpus("Stage/Structure", BM_Structure);
  RegisterForEachCorpus("Stage/Segment", BM_Segment);
  RegisterForEachCorpus("Stage/Analyze", BM_Analyze);
  RegisterForEachCorpus("Stage/Weight", BM_Weight);
  RegisterForEachCorpus("Stage/Graph/cosine", BM_CosineGraph);
  RegisterForEachCorpus("Stage/Graph/overlap", BM_OverlapGraph);
  RegisterForEachCorpus("Stage/Graph/bm25", BM_Bm25Graph);
  RegisterForEachCorpus("Stage/PageRank", BM_PageRank);
  for (const AlgorithmInfo& algorithm : Algorithms()) {
    RegisterForEachCorpus("Stage/Rank/" + algorithm.name,
                          [algorithm = algorithm.algorithm](
                              benchmark::State& state, const CorpusInfo& info) {
                            BM_Rank(state, info, algorithm);
                          });
  }
  RegisterForEachCorpus("Stage/Select", BM_Select);
  return true;
}();

}  // namespace
}  // namespace summarize::bench
