// Stage 8: choose which candidates make the summary.
#ifndef SUMMARIZE_LIB_SELECT_SELECTOR_H_
#define SUMMARIZE_LIB_SELECT_SELECTOR_H_

#include <cstddef>
#include <span>
#include <vector>

#include "model/term_matrix.h"
#include "summarize/options.hpp"

namespace summarize::internal {

class RepeatFilter;  // select/repeats.h

struct Candidate {
  double score = 0;
  std::size_t words = 0;  // word count, for word budgets and minimums
  std::size_t bytes = 0;  // byte length, for the per-sentence maximum
  // Repeats the text of a better-ranked candidate (select/repeats.h): never
  // chosen.
  bool repeat = false;
};

struct SelectionParams {
  Length length;
  double redundancy_threshold = 1.0;  // cosine at or above which to skip
  std::size_t min_words = 0;          // 0 = no minimum
  std::size_t max_bytes = 0;          // 0 = no maximum
  // false: no redundancy filter (for methods that control redundancy
  // themselves); redundancy_threshold is then ignored.
  bool filter_redundant = true;
  // > 0: choose by maximal marginal relevance (select/mmr.h) instead of by
  // score alone; in [0, 1].
  double mmr_lambda = 0;
};

// False when `c` is a repeat or breaks params.min_words or params.max_bytes.
bool Eligible(const Candidate& c, const SelectionParams& params);

// Returns the indices of the chosen candidates, ascending (document order).
//
// Candidates are visited best score first (ties to the lower index). One is
// skipped if it is a repeat, if it breaks min_words / max_bytes, if it would overflow a word
// budget, or if its cosine similarity (rows of `tfidf`, which are unit
// length) to an already chosen one is >= redundancy_threshold. Stops when
// the length is reached. When the redundancy filter leaves the summary short,
// the skipped redundant candidates fill the remaining places, best first
// (within a word budget, those that fit). Fewer eligible candidates than asked
// gives all of them. With params.mmr_lambda > 0, SelectMmr decides instead.
std::vector<std::size_t> SelectSentences(
    const std::vector<Candidate>& candidates, const SparseMatrix& tfidf,
    const SelectionParams& params);
// The same, given the visiting order: the candidates' indices by descending
// score, ties to the lower index (as OrderByScore gives them), for a caller
// that has it already. With `repeats`, every candidate visited is first
// offered to it and skipped if it is a repeat, in place of Candidate::repeat
// flags set beforehand for all candidates (MarkRepeats): only the
// candidates visited pay for the check. Throws Error(kInternal) if `order`
// is not one entry per candidate. MMR ignores `order` and `repeats` (it
// needs the flags).
std::vector<std::size_t> SelectSentences(
    const std::vector<Candidate>& candidates, const SparseMatrix& tfidf,
    const SelectionParams& params, std::span<const std::size_t> order,
    RepeatFilter* repeats = nullptr);

// The number of sentences a sentence-count or ratio length asks for, given
// `candidates` candidates: n, or ceil(ratio × candidates) and at least 1.
// For a word budget, returns `candidates` (the budget decides).
std::size_t TargetSentenceCount(const Length& length, std::size_t candidates);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SELECT_SELECTOR_H_
