#include "keywords/keywords.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include "model/undirected_graph.h"
#include "util/ascii.h"

namespace summarize::internal {
namespace {

// Terms this many positions apart or closer are linked (the paper's best
// window, 2: neighbours).
constexpr std::size_t kWindow = 2;
// The share of the terms, best first, that may form keywords (the paper's
// "top third").
constexpr double kKeptShare = 1.0 / 3.0;
// At most this many terms per keyword asked for are kept: in a book the top
// third is thousands of terms and every run of them would be a "phrase".
constexpr std::size_t kKeptPerKeyword = 4;
// Longest keyphrase, in words.
constexpr std::size_t kMaxPhraseWords = 4;
// A phrase of several words must occur this often: one that occurs once is
// an accident of the text, not a name or a term.
constexpr std::size_t kMinPhraseOccurrences = 2;

// text[begin, end) with white-space runs collapsed to one space.
std::string Collapsed(std::string_view text, std::size_t begin,
                      std::size_t end) {
  std::string out;
  bool space = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (IsAsciiSpace(text[i])) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(text[i]);
  }
  return out;
}

bool OnlySpaceBetween(std::string_view text, std::size_t begin,
                      std::size_t end) {
  if (begin > end) return false;
  for (std::size_t i = begin; i < end; ++i) {
    if (!IsAsciiSpace(text[i])) return false;
  }
  return true;
}

struct Phrase {
  double score = 0;
  std::size_t first = 0;  // position of its first occurrence
  std::size_t words = 0;
  std::size_t occurrences = 0;
  // Spellings and how often each occurs, with the first occurrence of each.
  std::map<std::string, std::pair<std::size_t, std::size_t>> spellings;
};

}  // namespace

std::vector<Keyword> ExtractKeywords(std::string_view text,
                                     const TermRows& terms,
                                     const std::vector<Span>& term_spans,
                                     std::size_t k,
                                     const PowerIterationParams& params,
                                     const Cancellation& cancel) {
  std::vector<Keyword> keywords;
  const std::span<const TermId> ids = terms.ids();
  if (k == 0 || ids.empty() || term_spans.size() != ids.size()) {
    return keywords;
  }

  // Nodes: terms in order of first appearance.
  TermId largest = *std::max_element(ids.begin(), ids.end());
  std::vector<int> node_of(largest + std::size_t{1}, -1);
  std::size_t nodes = 0;
  for (const TermId id : ids) {
    if (node_of[id] < 0) node_of[id] = static_cast<int>(nodes++);
  }
  std::vector<Eigen::Triplet<float>> triplets;
  std::size_t start = 0;  // position of the row's first term in ids
  for (std::size_t r = 0; r < terms.rows(); ++r) {
    const std::size_t length = terms.Row(r).size();
    for (std::size_t p = start; p < start + length; ++p) {
      for (std::size_t q = p + 1; q < start + length && q - p < kWindow; ++q) {
        const int a = node_of[ids[p]];
        const int b = node_of[ids[q]];
        if (a == b) continue;
        // Each pair once, above the diagonal: all FromMatrix reads.
        triplets.emplace_back(std::min(a, b), std::max(a, b), 1.0F);
      }
    }
    start += length;
  }
  const auto n = static_cast<Eigen::Index>(nodes);
  AdjacencyMatrix upper(n, n);
  // Unweighted: a pair met many times is still one edge.
  upper.setFromTriplets(triplets.begin(), triplets.end(),
                        [](float a, float) { return a; });
  triplets = {};
  const std::vector<double> score =
      PowerIteration(UndirectedGraph::FromMatrix(upper), params, {}, cancel)
          .scores;

  // The kept terms.
  std::vector<std::size_t> by_score(nodes);
  std::iota(by_score.begin(), by_score.end(), 0);
  std::stable_sort(
      by_score.begin(), by_score.end(),
      [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  const auto third = static_cast<std::size_t>(
      std::ceil(kKeptShare * static_cast<double>(nodes)));
  const std::size_t kept_count =
      std::min(nodes, std::max(k, std::min(third, kKeptPerKeyword * k)));
  std::vector<bool> kept(nodes, false);
  for (std::size_t i = 0; i < kept_count; ++i) kept[by_score[i]] = true;

  // Phrases, keyed by their term sequence.
  std::map<std::vector<TermId>, Phrase> phrases;
  auto add_phrase = [&](std::size_t from, std::size_t to) {  // [from, to)
    if (to - from > kMaxPhraseWords) return;
    std::vector<TermId> key(ids.begin() + static_cast<std::ptrdiff_t>(from),
                            ids.begin() + static_cast<std::ptrdiff_t>(to));
    auto [it, fresh] = phrases.try_emplace(std::move(key));
    Phrase& phrase = it->second;
    ++phrase.occurrences;
    if (fresh) {
      phrase.first = from;
      phrase.words = to - from;
      for (std::size_t p = from; p < to; ++p) {
        phrase.score += score[static_cast<std::size_t>(node_of[ids[p]])];
      }
    }
    const auto spelling =
        phrase.spellings
            .try_emplace(
                Collapsed(text, term_spans[from].begin, term_spans[to - 1].end),
                std::pair<std::size_t, std::size_t>{0, from})
            .first;
    ++spelling->second.first;
  };
  start = 0;
  for (std::size_t r = 0; r < terms.rows(); ++r) {
    const std::size_t end = start + terms.Row(r).size();
    bool open = false;        // a run of kept, adjacent words is open
    std::size_t run = start;  // where it starts
    for (std::size_t p = start; p <= end; ++p) {
      const bool kept_here =
          p < end && kept[static_cast<std::size_t>(node_of[ids[p]])];
      if (open && kept_here &&
          OnlySpaceBetween(text, term_spans[p - 1].end, term_spans[p].begin)) {
        add_phrase(p, p + 1);  // every kept word is a keyword candidate
        continue;
      }
      if (open && p - run >= 2) add_phrase(run, p);
      open = kept_here;
      if (kept_here) {
        run = p;
        add_phrase(p, p + 1);
      }
    }
    start = end;
  }
  cancel.Check();

  std::vector<const Phrase*> ordered;
  ordered.reserve(phrases.size());
  for (const auto& [key, phrase] : phrases) {
    if (phrase.words == 1 || phrase.occurrences >= kMinPhraseOccurrences) {
      ordered.push_back(&phrase);
    }
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const Phrase* a, const Phrase* b) {
              return a->score > b->score ||
                     (a->score == b->score && a->first < b->first);
            });
  for (const Phrase* phrase : ordered) {
    if (keywords.size() == k) break;
    // The most frequent spelling, ties to the first met.
    const auto best =
        std::min_element(phrase->spellings.begin(), phrase->spellings.end(),
                         [](const auto& a, const auto& b) {
                           return a.second.first > b.second.first ||
                                  (a.second.first == b.second.first &&
                                   a.second.second < b.second.second);
                         });
    keywords.push_back({best->first, phrase->score});
  }
  return keywords;
}

}  // namespace summarize::internal
