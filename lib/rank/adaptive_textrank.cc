// AdaptiveTextRank: two TextRank passes blended by the summary's share.
#include "rank/adaptive_textrank.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>

#include "model/similarity_graph.h"

namespace summarize::internal {
namespace {

// The summary share at and above which the overlap graph alone decides and
// the lead prior is off. Tuned on the evaluation sets (QUALITY.md).
constexpr double kFullShare = 0.2;

// Exponent of the lead prior (1 + i)^-a at the short-summary end.
constexpr double kLeadExponent = 0.6;

// Cosine edges at or below this weight are dropped: they mostly come from
// one shared common word and only add noise.
constexpr float kMinCosineEdge = 0.05F;

}  // namespace

Scores AdaptiveTextRank(const RankInput& input) {
  const auto n = static_cast<std::size_t>(input.matrix.tfidf.rows());
  if (n == 0) return {};
  const double share =
      std::min(1.0, static_cast<double>(input.target) / static_cast<double>(n));
  const double overlap_weight = std::min(1.0, share / kFullShare);

  Scores overlap_rank(n, 1.0);
  Scores cosine_rank(n, 1.0);
  if (overlap_weight > 0) {
    overlap_rank = PowerIteration(OverlapGraph(input.matrix), input.iteration,
                                  {}, input.cancel)
                       .scores;
  }
  if (overlap_weight < 1) {
    cosine_rank = PowerIteration(CosineGraph(input.matrix, kMinCosineEdge),
                                 input.iteration, {}, input.cancel)
                      .scores;
  }

  double mean_words = 0;
  if (input.words.size() == n) {
    mean_words = static_cast<double>(std::accumulate(
                     input.words.begin(), input.words.end(), std::size_t{0})) /
                 static_cast<double>(n);
  }
  const double lead_exponent = kLeadExponent * (1 - overlap_weight);

  Scores scores(n);
  for (std::size_t i = 0; i < n; ++i) {
    // PageRank scores are > 0 (every node keeps its teleport mass).
    double score = std::pow(overlap_rank[i], overlap_weight) *
                   std::pow(cosine_rank[i], 1 - overlap_weight);
    score *= std::pow(1.0 + static_cast<double>(i), -lead_exponent);
    if (mean_words > 0) {
      const double relative =
          (static_cast<double>(input.words[i]) + 1) / mean_words;
      score *= std::pow(std::min(1.0, relative), share);
    }
    if (input.title_overlap.size() == n) score *= 1 + input.title_overlap[i];
    scores[i] = score;
  }
  const double total = std::accumulate(scores.begin(), scores.end(), 0.0);
  for (double& score : scores) score /= total;
  return scores;
}

}  // namespace summarize::internal
