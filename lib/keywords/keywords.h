// Keywords and keyphrases: TextRank over the word co-occurrence graph
// (Mihalcea & Tarau 2004, section 3), from the summarizer's own analysis.
#ifndef SUMMARIZE_LIB_KEYWORDS_KEYWORDS_H_
#define SUMMARIZE_LIB_KEYWORDS_KEYWORDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "rank/power_iteration.h"
#include "summarize/summary.hpp"
#include "text/term_rows.h"
#include "util/cancellation.h"

namespace summarize::internal {

// The `k` best keywords and keyphrases of `text`, best first.
//
// `terms` holds each sentence's terms (stopwords removed, stemmed) and
// `term_spans` the byte range in `text` of each term's word, one per id of
// terms.ids(), in the same order.
//  1. Words: one node per distinct term; an unweighted edge joins two terms
//     that follow each other within a sentence (the paper's co-occurrence
//     window of 2, over the kept words). Damped PageRank (`params`).
//  2. The top third of the terms by score, but at most 4k and at least k
//     (ties to the earlier term), are kept.
//  3. Candidates: every kept word, and every maximal run of 2 to 4 kept
//     terms whose words are adjacent in the text (only white space between
//     them: no stopword, no punctuation) that occurs at least twice. A
//     candidate scores the sum of its terms' scores.
//  4. Distinct phrases (by term sequence) best first, ties to the earlier
//     first occurrence; each is shown in its most frequent spelling.
// O(terms + edges × iterations). Checks `cancel` in the power iteration.
std::vector<Keyword> ExtractKeywords(std::string_view text,
                                     const TermRows& terms,
                                     const std::vector<Span>& term_spans,
                                     std::size_t k,
                                     const PowerIterationParams& params,
                                     const Cancellation& cancel);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_KEYWORDS_KEYWORDS_H_
