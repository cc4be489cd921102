// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum with Google rouge-score semantics.
#ifndef SUMMARIZE_BENCH_EVAL_ROUGE_H_
#define SUMMARIZE_BENCH_EVAL_ROUGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "eval/rouge_tokenizer.h"

namespace summarize::eval {

// Precision, recall and F1, each in [0, 1]. F1 = 2PR / (P + R), 0 when
// P + R = 0.
struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct RougeScores {
  Prf rouge1;      // unigram overlap
  Prf rouge2;      // bigram overlap
  Prf rouge_l;     // longest common subsequence of the whole token sequences
  Prf rouge_lsum;  // summary-level union LCS over "\n"-separated sentences
};

// Scores a candidate summary against references exactly as
// ../shared/tools/rouge.py does (Google rouge-score semantics):
//
//  - ROUGE-1/2: clipped n-gram overlap; P = overlap / #candidate n-grams,
//    R = overlap / #reference n-grams (each denominator at least 1).
//  - ROUGE-L: LCS length of the two token sequences; 0 if either is empty.
//  - ROUGE-Lsum (Lin 2004, sec. 3.2): both texts are split on "\n" (empty
//    lines dropped) and each line tokenized; per reference line the union of
//    its LCS positions against every candidate line (one LCS each, chosen by
//    rouge-score's backtracking) is taken, and a position counts as a hit only
//    while its token is still unused in both texts' token counts.
//    P = hits / #candidate tokens, R = hits / #reference tokens.
//
// Cost: O(m·n) time for ROUGE-L and ROUGE-Lsum (m, n the reference and
// candidate token counts), O(n) memory for ROUGE-L and O(m_i·n_j) for the
// largest pair of lines for ROUGE-Lsum; ROUGE-1/2 are linear.
//
// Thread-safe: Score and ScoreMulti may be called on one scorer from any
// number of threads at once (the stemmer is per thread, see
// TokenizeForRouge). Results do not depend on the thread.
class RougeScorer {
 public:
  struct Config {
    // Porter-stem English tokens longer than 3 characters (rouge.py's
    // default; --no-stem turns it off). Never applies to kUnicode.
    bool stem = true;
    // Tokenizer; kAuto picks it by language code as rouge.py does.
    RougeTokenizer tokenizer = RougeTokenizer::kAuto;
  };

  // Config{}: stemming on, tokenizer by language.
  RougeScorer();
  explicit RougeScorer(Config config);

  const Config& config() const { return config_; }

  // Scores `candidate` against `reference`, both UTF-8, in language `lang`
  // (an ISO code such as "en"; see RougeTokenizer::kAuto). Sentences are the
  // "\n"-separated lines (only ROUGE-Lsum uses them). Throws what
  // TokenizeForRouge throws.
  RougeScores Score(std::string_view reference, std::string_view candidate,
                    std::string_view lang) const;

  // For each metric separately, the scores against the reference with the
  // highest F1 (the first of equal ones), as rouge-score's score_multi. All
  // zero when `references` is empty.
  RougeScores ScoreMulti(const std::vector<std::string>& references,
                         std::string_view candidate,
                         std::string_view lang) const;

 private:
  Config config_;
};

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_ROUGE_H_
