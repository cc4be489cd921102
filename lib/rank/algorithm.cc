#include "rank/algorithm.h"

#include "rank/adaptive_textrank.h"
#include "rank/centroid.h"
#include "rank/textrank.h"

namespace summarize::internal {

Scores RankSentences(Algorithm algorithm, const RankInput& input) {
  switch (algorithm) {
    case Algorithm::kTextRank:
      return TextRank(input);
    case Algorithm::kCentroid:
      return Centroid(input);
    case Algorithm::kDefault:
      break;
  }
  return AdaptiveTextRank(input);
}

}  // namespace summarize::internal
