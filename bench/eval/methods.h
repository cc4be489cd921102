// The summarization methods an evaluation compares: the library's
// algorithms and three baselines (lead, random, OTS), and the baselines'
// sentence choices.
#ifndef SUMMARIZE_BENCH_EVAL_METHODS_H_
#define SUMMARIZE_BENCH_EVAL_METHODS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <summarize/options.hpp>
#include <summarize/summary.hpp>
#include <vector>

namespace summarize::eval {

enum class MethodKind {
  // Summarizer::Summarize with Options::algorithm = Method::algorithm.
  kLibrary,
  // The first k candidate sentences.
  kLead,
  // k candidate sentences drawn at random (seeded), in document order.
  kRandom,
  // The Open Text Summarizer, run as an external process (see ots.h).
  kOts,
};

struct Method {
  // "default", "textrank", ..., "lead", "random" or "ots".
  std::string name;
  MethodKind kind = MethodKind::kLibrary;
  // The algorithm of a kLibrary method.
  Algorithm algorithm = Algorithm::kDefault;

  bool is_baseline() const { return kind != MethodKind::kLibrary; }
};

// Every library algorithm (catalogue order), then lead, random and ots.
std::vector<Method> DefaultMethods();

// Parses a comma-separated list such as "default,lead,ots": a name is a
// library algorithm (summarize::Algorithms()) or a baseline. Throws
// EvalError(kExitUsage) for an empty list, an unknown name or a name given
// twice.
std::vector<Method> ParseMethods(std::string_view list);

// The first `k` candidates (SentenceKind::kSentence) of `ranking`, in
// document order; all of them when there are fewer.
std::vector<Sentence> LeadSentences(const Ranking& ranking, std::size_t k);

// `k` candidates of `ranking` drawn uniformly without replacement with a
// std::mt19937_64 seeded with `seed`, in document order; all of them when
// there are fewer. The same ranking and seed always give the same choice.
std::vector<Sentence> RandomSentences(const Ranking& ranking, std::size_t k,
                                      std::uint64_t seed);

// ROUGE input for chosen sentences: each collapsed to one line, empty ones
// dropped, joined by "\n" (no final newline).
std::string SummaryText(const std::vector<Sentence>& sentences);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_METHODS_H_
