#include "rank/algorithm.h"

#include "rank/adaptive_textrank.h"
#include "rank/centroid.h"
#include "rank/degree.h"
#include "rank/edmundson.h"
#include "rank/kl_sum.h"
#include "rank/lexrank.h"
#include "rank/lsa.h"
#include "rank/luhn.h"
#include "rank/pacsum.h"
#include "rank/sumbasic.h"
#include "rank/textrank.h"
#include "rank/textrank_bm25.h"
#include "rank/textrank_cosine.h"

namespace summarize::internal {

Scores RankSentences(Algorithm algorithm, const RankInput& input) {
  switch (algorithm) {
    case Algorithm::kTextRank:
      return TextRank(input);
    case Algorithm::kCentroid:
      return Centroid(input);
    case Algorithm::kLexRank:
      return LexRank(input);
    case Algorithm::kLexRankContinuous:
      return LexRankContinuous(input);
    case Algorithm::kTextRankCosine:
      return TextRankCosine(input);
    case Algorithm::kTextRankBm25:
      return TextRankBm25(input);
    case Algorithm::kLsa:
      return Lsa(input);
    case Algorithm::kLuhn:
      return Luhn(input);
    case Algorithm::kEdmundson:
      return Edmundson(input);
    case Algorithm::kSumBasic:
      return SumBasic(input);
    case Algorithm::kKlSum:
      return KlSum(input);
    case Algorithm::kDegree:
      return Degree(input);
    case Algorithm::kPacSum:
      return PacSum(input);
    case Algorithm::kDefault:
      break;
  }
  return AdaptiveTextRank(input);
}

bool ControlsRedundancy(Algorithm algorithm) {
  return algorithm == Algorithm::kSumBasic || algorithm == Algorithm::kKlSum;
}

}  // namespace summarize::internal
