#include "select/selector.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "select/chosen_index.h"
#include "select/mmr.h"
#include "select/repeats.h"
#include "select/score_order.h"
#include "summarize/error.hpp"

namespace summarize::internal {

bool Eligible(const Candidate& c, const SelectionParams& params) {
  if (c.repeat) return false;
  if (params.min_words > 0 && c.words < params.min_words) return false;
  if (params.max_bytes > 0 && c.bytes > params.max_bytes) return false;
  return true;
}

std::size_t TargetSentenceCount(const Length& length, std::size_t candidates) {
  switch (length.unit) {
    case Length::Unit::kSentences:
      return static_cast<std::size_t>(length.value);
    case Length::Unit::kRatio: {
      const auto n = static_cast<std::size_t>(
          std::ceil(length.value * static_cast<double>(candidates)));
      return std::max<std::size_t>(n, 1);
    }
    case Length::Unit::kWords:
      break;
  }
  return candidates;
}

std::vector<std::size_t> SelectSentences(
    const std::vector<Candidate>& candidates, const SparseMatrix& tfidf,
    const SelectionParams& params) {
  if (params.mmr_lambda > 0) return SelectMmr(candidates, tfidf, params);
  return SelectSentences(candidates, tfidf, params,
                         OrderByScore(candidates.size(), [&](std::size_t i) {
                           return candidates[i].score;
                         }));
}

std::vector<std::size_t> SelectSentences(
    const std::vector<Candidate>& candidates, const SparseMatrix& tfidf,
    const SelectionParams& params, std::span<const std::size_t> order,
    RepeatFilter* repeats) {
  if (params.mmr_lambda > 0) return SelectMmr(candidates, tfidf, params);
  if (order.size() != candidates.size()) {
    throw Error(ErrorCode::kInternal,
                "a score order of " + std::to_string(order.size()) +
                    " entries for " + std::to_string(candidates.size()) +
                    " candidates");
  }

  const bool by_words = params.length.unit == Length::Unit::kWords;
  const std::size_t word_budget =
      by_words ? static_cast<std::size_t>(params.length.value) : 0;
  const std::size_t target =
      TargetSentenceCount(params.length, candidates.size());

  std::vector<std::size_t> chosen;
  std::vector<std::size_t> redundant;
  std::size_t words_used = 0;
  ChosenIndex chosen_terms(tfidf);
  auto too_similar = [&](std::size_t i) {
    return params.filter_redundant &&
           chosen_terms.AnyDotAtLeast(static_cast<Eigen::Index>(i),
                                      params.redundancy_threshold);
  };
  auto fits = [&](std::size_t i) {
    return !by_words || words_used + candidates[i].words <= word_budget;
  };
  auto take = [&](std::size_t i) {
    chosen.push_back(i);
    if (params.filter_redundant) {
      chosen_terms.Add(static_cast<Eigen::Index>(i));
    }
    words_used += candidates[i].words;
  };

  for (std::size_t i : order) {
    if (chosen.size() >= target) break;
    // Offered whether or not it is eligible: a copy of a better-ranked
    // sentence is a repeat even when that one was too short to take.
    if (repeats != nullptr && repeats->Offer(i)) continue;
    if (!Eligible(candidates[i], params) || !fits(i)) continue;
    if (too_similar(i)) {
      redundant.push_back(i);
      continue;
    }
    take(i);
  }
  // Backfill from the redundant ones (already in score order) when the
  // filter left the summary short.
  for (std::size_t i : redundant) {
    if (chosen.size() >= target) break;
    if (fits(i)) take(i);
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace summarize::internal
