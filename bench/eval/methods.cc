// Method names and the lead and random baselines.
#include "eval/methods.h"

#include <algorithm>
#include <random>

#include "collapse_whitespace.h"
#include "eval/eval_error.h"
#include "eval/seeded_random.h"

namespace summarize::eval {
namespace {

using summarize::cli::CollapseWhitespace;

struct Baseline {
  std::string_view name;
  MethodKind kind;
};
constexpr Baseline kBaselines[] = {{"lead", MethodKind::kLead},
                                   {"random", MethodKind::kRandom},
                                   {"ots", MethodKind::kOts}};

// Positions in ranking.sentences of its candidates, in document order.
std::vector<std::size_t> CandidatePositions(const Ranking& ranking) {
  std::vector<std::size_t> positions;
  for (std::size_t i = 0; i < ranking.sentences.size(); ++i) {
    if (ranking.sentences[i].kind == SentenceKind::kSentence) {
      positions.push_back(i);
    }
  }
  return positions;
}

std::string KnownNames() {
  std::string names;
  for (const AlgorithmInfo& info : Algorithms()) names += info.name + ", ";
  for (const Baseline& baseline : kBaselines) {
    names += baseline.name;
    names += ", ";
  }
  names.resize(names.size() - 2);
  return names;
}

Method MethodFromName(std::string_view name) {
  for (const Baseline& baseline : kBaselines) {
    if (name == baseline.name) {
      return {std::string(name), baseline.kind, Algorithm::kDefault};
    }
  }
  for (const AlgorithmInfo& info : Algorithms()) {
    if (name == info.name) {
      return {info.name, MethodKind::kLibrary, info.algorithm};
    }
  }
  throw EvalError(kExitUsage, "--methods: unknown method \"" +
                                  std::string(name) +
                                  "\" (known: " + KnownNames() + ")");
}

}  // namespace

std::vector<Method> DefaultMethods() {
  std::vector<Method> methods;
  for (const AlgorithmInfo& info : Algorithms()) {
    methods.push_back({info.name, MethodKind::kLibrary, info.algorithm});
  }
  for (const Baseline& baseline : kBaselines) {
    methods.push_back(
        {std::string(baseline.name), baseline.kind, Algorithm::kDefault});
  }
  return methods;
}

std::vector<Method> ParseMethods(std::string_view list) {
  std::vector<Method> methods;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(',', start);
    if (end == std::string_view::npos) end = list.size();
    const std::string_view name = list.substr(start, end - start);
    if (name.empty()) {
      throw EvalError(kExitUsage, "--methods: empty method name in \"" +
                                      std::string(list) + "\"");
    }
    Method method = MethodFromName(name);
    for (const Method& earlier : methods) {
      if (earlier.name == method.name) {
        throw EvalError(kExitUsage,
                        "--methods: \"" + method.name + "\" is listed twice");
      }
    }
    methods.push_back(std::move(method));
    start = end + 1;
  }
  return methods;
}

std::vector<Sentence> LeadSentences(const Ranking& ranking, std::size_t k) {
  std::vector<Sentence> chosen;
  for (const Sentence& sentence : ranking.sentences) {
    if (chosen.size() == k) break;
    if (sentence.kind == SentenceKind::kSentence) chosen.push_back(sentence);
  }
  return chosen;
}

std::vector<Sentence> RandomSentences(const Ranking& ranking, std::size_t k,
                                      std::uint64_t seed) {
  std::vector<std::size_t> positions = CandidatePositions(ranking);
  const std::size_t count = std::min(k, positions.size());
  // A partial Fisher-Yates shuffle: positions[0, count) become a uniform
  // sample without replacement.
  std::mt19937_64 rng(seed);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t j = i + UniformBelow(rng, positions.size() - i);
    std::swap(positions[i], positions[j]);
  }
  positions.resize(count);
  std::sort(positions.begin(), positions.end());
  std::vector<Sentence> chosen;
  chosen.reserve(count);
  for (const std::size_t position : positions) {
    chosen.push_back(ranking.sentences[position]);
  }
  return chosen;
}

std::string SummaryText(const std::vector<Sentence>& sentences) {
  std::string text;
  for (const Sentence& sentence : sentences) {
    const std::string line = CollapseWhitespace(sentence.text);
    if (line.empty()) continue;
    if (!text.empty()) text.push_back('\n');
    text += line;
  }
  return text;
}

}  // namespace summarize::eval
