// Edmundson's method (JACM, 1969): cue, key, title and location evidence.
#ifndef SUMMARIZE_LIB_RANK_EDMUNDSON_H_
#define SUMMARIZE_LIB_RANK_EDMUNDSON_H_

#include "rank/ranker.h"

namespace summarize::internal {

// The weighted sum of Edmundson's four methods, each scaled to a range of
// one so that the weights compare:
//   cue      C(i) = RankInput::cue_balance (bonus − stigma cue words, from
//            the dictionary data/cues/<language>.txt) / its largest
//            magnitude in the document, in [-1, 1];
//   key      K(i) = Σ over its occurrences of key words (SignificantTerms:
//            the document's most frequent terms) of the word's document
//            count, over the largest such sum, in [0, 1];
//   title    T(i) = RankInput::title_overlap, the share of the title's terms
//            it contains, in [0, 1] (0 without a title);
//   location L(i) = ([first or last candidate of the document] + [first or
//            last candidate of its paragraph]) / 2, in [0, 1]
//            (RankInput::paragraphs; without them, the document part only).
//   score(i) = 1 × (1 + C) + 1 × K + 1 × T + 1 × L   (>= 0)
// Equal weights, as in Edmundson's combined runs; C is shifted by 1 so that
// scores stay >= 0 (the order is unchanged).
Scores Edmundson(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_EDMUNDSON_H_
