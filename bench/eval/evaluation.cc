// EvaluateSet: every method on every document, in parallel over documents.
#include "eval/evaluation.h"

#include <chrono>
#include <exception>
#include <memory>
#include <optional>
#include <summarize/summarizer.hpp>

#include "eval/eval_error.h"
#include "eval/parallel_for.h"
#include "eval/seeded_random.h"

namespace summarize::eval {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

Summarizer MakeSummarizer(const EvalSettings& settings, const EvalSet& set,
                          Algorithm algorithm, bool detect = false) {
  Options options = settings.options;
  options.length = Length::Sentences(set.k);
  options.language = detect ? "auto" : set.language;
  options.algorithm = algorithm;
  try {
    return Summarizer(std::move(options));
  } catch (const Error& error) {
    throw EvalError(kExitUsage, set.name + ": " + error.what());
  }
}

// Everything one set's documents share, built once before the threads
// start; read-only afterwards.
class SetRunner {
 public:
  SetRunner(const EvalSet& set, const EvalSettings& settings)
      : set_(set),
        settings_(settings),
        scorer_(settings.rouge),
        // Candidates do not depend on the algorithm; centroid ranks
        // fastest.
        segmenter_(MakeSummarizer(settings, set, Algorithm::kCentroid)) {
    for (const Method& method : settings.methods) {
      MethodRun run{method, false, ""};
      std::unique_ptr<Summarizer> summarizer;
      if (method.kind == MethodKind::kLibrary) {
        summarizer = std::make_unique<Summarizer>(MakeSummarizer(
            settings, set, method.algorithm, settings.detect_language));
      } else if (method.kind == MethodKind::kOts) {
        if (settings.ots == nullptr) {
          run.skipped = true;
          run.note = "OTS is not installed (Debian package ots)";
        } else if (!settings.ots->HasDictionary(set.language)) {
          run.skipped = true;
          run.note = "OTS has no dictionary for \"" + set.language + "\"";
        }
      }
      needs_ranking_ = needs_ranking_ || (method.is_baseline() && !run.skipped);
      runs_.push_back(std::move(run));
      summarizers_.push_back(std::move(summarizer));
    }
  }

  const std::vector<MethodRun>& runs() const { return runs_; }

  // Every method's outcome on document `index` (empty for skipped methods).
  std::vector<MethodOutcome> Run(std::size_t index,
                                 const Document& document) const {
    // The candidates the baselines choose from.
    std::optional<Ranking> ranking;
    std::string ranking_error;
    const Clock::time_point rank_start = Clock::now();
    if (needs_ranking_) {
      try {
        ranking = segmenter_.Rank(document.text);
      } catch (const Error& error) {
        ranking_error = error.what();
      }
    }
    const double rank_seconds = SecondsSince(rank_start);

    std::vector<MethodOutcome> outcomes(runs_.size());
    for (std::size_t m = 0; m < runs_.size(); ++m) {
      if (runs_[m].skipped) continue;
      MethodOutcome& outcome = outcomes[m];
      const Clock::time_point start = Clock::now();
      try {
        if (summarizers_[m] != nullptr) {
          const summarize::Summary summary =
              summarizers_[m]->Summarize(document.text, document.title);
          outcome.language = summary.ranking.document.language;
          outcome.summary = SummaryText(summary.sentences);
        } else {
          outcome.summary =
              Summarize(m, index, document, ranking, ranking_error);
        }
      } catch (const std::exception& error) {
        outcome.error = error.what();
        outcome.summary.clear();
      }
      outcome.seconds = SecondsSince(start);
      if (runs_[m].method.is_baseline()) outcome.seconds += rank_seconds;
      outcome.sentences = CountLines(outcome.summary);
      try {
        outcome.scores = Score(document, outcome.summary);
      } catch (const std::exception& error) {
        outcome.error = std::string("ROUGE: ") + error.what();
        outcome.scores = {};
      }
    }
    return outcomes;
  }

 private:
  static std::size_t CountLines(const std::string& text) {
    if (text.empty()) return 0;
    std::size_t lines = 1;
    for (const char c : text) lines += c == '\n' ? 1 : 0;
    return lines;
  }

  // Method m's summary of `document`, one sentence per line. Throws
  // summarize::Error or EvalError when the method fails.
  std::string Summarize(std::size_t m, std::size_t index,
                        const Document& document,
                        const std::optional<Ranking>& ranking,
                        const std::string& ranking_error) const {
    const Method& method = runs_[m].method;
    if (method.kind == MethodKind::kLibrary) {
      return SummaryText(
          summarizers_[m]->Summarize(document.text, document.title).sentences);
    }
    if (!ranking) throw EvalError(kExitFailure, ranking_error);
    switch (method.kind) {
      case MethodKind::kLead:
        return SummaryText(LeadSentences(*ranking, set_.k));
      case MethodKind::kRandom:
        return SummaryText(
            RandomSentences(*ranking, set_.k, MixSeed(settings_.seed, index)));
      case MethodKind::kOts:
        return OtsSummary(document, *ranking);
      case MethodKind::kLibrary:
        break;
    }
    return "";
  }

  // OTS at the ratio closest to k sentences; its output split into lines
  // with the library's own sentence splitter (every unit it finds, titles
  // included, since OTS chose them).
  std::string OtsSummary(const Document& document,
                         const Ranking& ranking) const {
    if (ranking.candidates == 0) return "";
    const int ratio = OtsRatioPercent(set_.k, ranking.candidates);
    const std::string output =
        settings_.ots->Summarize(document.text, ratio, set_.language);
    return SummaryText(segmenter_.Rank(output).sentences);
  }

  RougeScores Score(const Document& document,
                    const std::string& candidate) const {
    if (document.multi_reference) {
      return scorer_.ScoreMulti(document.references, candidate, set_.language);
    }
    return scorer_.Score(document.references.front(), candidate, set_.language);
  }

  const EvalSet& set_;
  const EvalSettings& settings_;
  RougeScorer scorer_;
  Summarizer segmenter_;
  std::vector<MethodRun> runs_;
  // True when a baseline runs (and so needs the document's candidates).
  bool needs_ranking_ = false;
  // summarizers_[m] for library methods, null for baselines.
  std::vector<std::unique_ptr<Summarizer>> summarizers_;
};

}  // namespace

SetOutcome EvaluateSet(const EvalSet& set, std::vector<Document> documents,
                       const EvalSettings& settings) {
  const Clock::time_point start = Clock::now();
  const SetRunner runner(set, settings);

  std::vector<std::vector<MethodOutcome>> by_document(documents.size());
  ParallelFor(documents.size(), settings.threads, [&](std::size_t d) {
    by_document[d] = runner.Run(d, documents[d]);
  });

  SetOutcome outcome;
  outcome.set = set;
  outcome.methods = runner.runs();
  outcome.outcomes.resize(outcome.methods.size());
  for (std::size_t m = 0; m < outcome.methods.size(); ++m) {
    if (outcome.methods[m].skipped) continue;
    outcome.outcomes[m].reserve(documents.size());
    for (std::vector<MethodOutcome>& per_method : by_document) {
      outcome.outcomes[m].push_back(std::move(per_method[m]));
    }
  }
  outcome.documents = std::move(documents);
  outcome.seconds = SecondsSince(start);
  outcome.detect_language = settings.detect_language;
  return outcome;
}

}  // namespace summarize::eval
