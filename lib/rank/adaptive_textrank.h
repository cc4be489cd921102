// The default ranker: TextRank whose graph, lead prior and length preference
// follow the share of the document the summary will hold.
#ifndef SUMMARIZE_LIB_RANK_ADAPTIVE_TEXTRANK_H_
#define SUMMARIZE_LIB_RANK_ADAPTIVE_TEXTRANK_H_

#include "rank/ranker.h"

namespace summarize::internal {

// With s = target / candidates (the summary's share, in [0, 1]) and
// w = min(1, s / 0.2), candidate i scores
//
//   overlap_rank(i)^w × cosine_rank(i)^(1 - w)      centrality
//   × (1 + i)^(-0.6 × (1 - w))                      lead prior
//   × min(1, words(i) / mean words)^s                 short-sentence penalty
//   × (1 + title_overlap(i))                        title
//
// where overlap_rank is TextRank over the paper's overlap graph and
// cosine_rank TextRank over the TF-IDF cosine graph (edges > 0.05). A short
// summary of a long text (s small) leans on the lead and on TF-IDF; a summary
// that keeps a large share of the text leans on plain word overlap, which
// favours the long, content-rich sentences such a summary is made of. Without
// a known target (s = 0) it is the short-summary end. Scores sum to 1.
Scores AdaptiveTextRank(const RankInput& input);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_RANK_ADAPTIVE_TEXTRANK_H_
