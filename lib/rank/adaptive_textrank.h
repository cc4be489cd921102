// The default ranker: TextRank whose graph, lead prior and length preference
// follow the share of the document the summary will hold.
#ifndef SUMMARIZE_LIB_RANK_ADAPTIVE_TEXTRANK_H_
#define SUMMARIZE_LIB_RANK_ADAPTIVE_TEXTRANK_H_

#include "rank/ranker.h"

namespace summarize::internal {

// With s = target / candidates (the summary's share, in [0, 1]) and
// w = min(1, s / 0.25) (taken as 0 below 0.01, where the overlap pass would
// barely matter), candidate i scores
//
//   overlap_rank(i)^w × cosine_rank(i)^(1 - w)           centrality
//   × (1 + i)^(-0.3 (1 - w))                             lead prior
//   × 2 for the first candidate                          lead sentence
//   × clamp(words(i) / mean words, 1/4, 4)^(1.5 min(0, s - 0.25))
//                                                        short sentences
//
// where overlap_rank is TextRank over the paper's overlap graph and
// cosine_rank TextRank over the TF-IDF cosine graph (edges > 0.05); with a
// title, both random walks teleport in proportion to 1 + title_overlap / 2,
// so sentences that repeat the title and their neighbours gain.
//
// A short summary of a long text (s small) leans on the lead, on TF-IDF
// similarity and on shorter sentences (each a larger share of a short
// summary's budget); from s = 0.25 on, the overlap graph alone decides, which
// favours the long, content-rich sentences that a summary keeping much of the
// text is made of. Without a known target, s = 0. Scores sum to 1.
Scores AdaptiveTextRank(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_ADAPTIVE_TEXTRANK_H_
