// AdaptiveTextRank: two TextRank passes blended by the summary's share.
#include "rank/adaptive_textrank.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>

#include "model/similarity_graph.h"

namespace summarize::internal {
namespace {

// The constants below were tuned together on the evaluation sets; QUALITY.md
// has the measurements.

// The summary share at and above which the overlap graph alone decides and
// the lead prior is off.
constexpr double kFullShare = 0.25;

// Below this overlap weight the overlap pass is skipped (weight 0): it could
// move a score by at most (max / min overlap rank)^0.01 — a few percent —
// and costs as much as the rest of the pipeline on a book summarized in a
// few sentences.
constexpr double kMinOverlapWeight = 0.01;

// Exponent of the lead prior (1 + i)^-a at the short-summary end.
constexpr double kLeadExponent = 0.3;

// Score factor of the first candidate sentence.
constexpr double kFirstSentenceFactor = 2.0;

// How strongly short summaries prefer shorter sentences: the exponent of the
// relative length is kShortSummaryLength × (s - kFullShare) below kFullShare.
constexpr double kShortSummaryLength = 1.5;
// Relative lengths are clamped to [1 / kLengthClamp, kLengthClamp].
constexpr double kLengthClamp = 4.0;

// Teleport weight of a sentence is 1 + kTitleTeleport × title_overlap.
constexpr double kTitleTeleport = 0.5;

// Cosine edges at or below this weight are dropped: they mostly come from
// one shared common word and only add noise.
constexpr float kMinCosineEdge = 0.05F;

// x^w, without a call to pow() for the weights a blend mostly has, 0 and 1
// (the same values: pow(x, 0) is 1 and pow(x, 1) is x, exactly). On a book
// summarized in a few sentences every score takes both.
double WeightedPow(double x, double w) {
  if (w == 0) return 1;
  if (w == 1) return x;
  return std::pow(x, w);
}

}  // namespace

Scores AdaptiveTextRank(const RankInput& input) {
  const auto n = static_cast<std::size_t>(input.matrix.tfidf.rows());
  if (n == 0) return {};
  const double share =
      std::min(1.0, static_cast<double>(input.target) / static_cast<double>(n));
  double overlap_weight = std::min(1.0, share / kFullShare);
  if (overlap_weight < kMinOverlapWeight) overlap_weight = 0;

  std::vector<double> teleport;  // empty: uniform
  if (input.title_overlap.size() == n) {
    teleport.reserve(n);
    for (double overlap : input.title_overlap) {
      teleport.push_back(1 + kTitleTeleport * overlap);
    }
  }
  // One graph at a time, each freed once walked: building both in one pass
  // over the sentence pairs saves only about 5% of their time, and holding
  // both at once raised the peak memory on a 10 MB text by half.
  const bool use_overlap = overlap_weight > 0;
  const bool use_cosine = overlap_weight < 1;
  Scores overlap_rank(n, 1.0);
  Scores cosine_rank(n, 1.0);
  if (use_overlap) {
    overlap_rank = PowerIteration(OverlapGraph(input.matrix), input.iteration,
                                  teleport, input.cancel)
                       .scores;
  }
  if (use_cosine) {
    cosine_rank = PowerIteration(CosineGraph(input.matrix, kMinCosineEdge),
                                 input.iteration, teleport, input.cancel)
                      .scores;
  }

  double mean_words = 0;
  if (input.words.size() == n) {
    mean_words = static_cast<double>(std::accumulate(
                     input.words.begin(), input.words.end(), std::size_t{0})) /
                 static_cast<double>(n);
  }
  const double lead_exponent = kLeadExponent * (1 - overlap_weight);
  const double length_exponent =
      kShortSummaryLength * std::min(0.0, share - kFullShare);

  Scores scores(n);
  for (std::size_t i = 0; i < n; ++i) {
    // PageRank scores are > 0 (every node keeps its teleport mass).
    double score = WeightedPow(overlap_rank[i], overlap_weight) *
                   WeightedPow(cosine_rank[i], 1 - overlap_weight);
    score *= std::pow(1.0 + static_cast<double>(i), -lead_exponent);
    if (i == 0) score *= kFirstSentenceFactor;
    if (mean_words > 0 && length_exponent != 0) {
      const double relative =
          std::clamp((static_cast<double>(input.words[i]) + 1) / mean_words,
                     1 / kLengthClamp, kLengthClamp);
      score *= std::pow(relative, length_exponent);
    }
    scores[i] = score;
  }
  const double total = std::accumulate(scores.begin(), scores.end(), 0.0);
  for (double& score : scores) score /= total;
  return scores;
}

}  // namespace summarize::internal
