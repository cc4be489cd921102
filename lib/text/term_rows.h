// What word analysis hands to weighting: each sentence's terms as integer
// ids, all sentences in one flat array.
#ifndef SUMMARIZE_LIB_TEXT_TERM_ROWS_H_
#define SUMMARIZE_LIB_TEXT_TERM_ROWS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "summarize/error.hpp"

namespace summarize::internal {

// A term's id in a Vocabulary: dense, from 0, in order of first appearance.
using TermId = std::uint32_t;

// Rows of term ids (one row per sentence, repeats kept, in order of
// appearance), stored back to back so that a document costs two vectors,
// not one per sentence.
class TermRows {
 public:
  // Ids appended to this vector (after those already there) form the open
  // row until EndRow() closes it. Only appending is allowed.
  std::vector<TermId>& open_row() { return ids_; }
  void EndRow() { ends_.push_back(ids_.size()); }
  // Room for `ids` ids in `rows` rows, so that filling them does not copy.
  void Reserve(std::size_t ids, std::size_t rows) {
    ids_.reserve(ids);
    ends_.reserve(rows);
  }

  // Keeps the closed rows r for which keep(r) is true, in order, and drops
  // the others, moving ids down in place (no second array: the rows of a
  // large text are megabytes). Each of `parallel` (vectors with one element
  // per id, such as the ids' positions in a text) gets the same moves.
  // Drops the open row's ids, if any. Throws Error(kInternal) if a parallel
  // vector's size is not the number of ids.
  template <typename Keep, typename... Parallel>
  void KeepRows(Keep keep, std::vector<Parallel>&... parallel) {
    if (((parallel.size() != ids_.size()) || ...)) {
      throw Error(ErrorCode::kInternal,
                  "a vector kept parallel to term rows differs in size");
    }
    std::size_t kept_ids = 0;
    std::size_t kept_rows = 0;
    std::size_t begin = 0;
    for (std::size_t r = 0; r < ends_.size(); ++r) {
      const std::size_t end = ends_[r];
      if (keep(r)) {
        MoveDown(ids_, begin, end, kept_ids);
        (MoveDown(parallel, begin, end, kept_ids), ...);
        kept_ids += end - begin;
        ends_[kept_rows++] = kept_ids;
      }
      begin = end;
    }
    ids_.resize(kept_ids);
    (parallel.resize(kept_ids), ...);
    ends_.resize(kept_rows);
  }

  std::size_t rows() const { return ends_.size(); }
  std::span<const TermId> Row(std::size_t row) const {
    const std::size_t begin = row == 0 ? 0 : ends_[row - 1];
    return {ids_.data() + begin, ends_[row] - begin};
  }
  // Every closed row's ids, back to back.
  std::span<const TermId> ids() const {
    return {ids_.data(), ends_.empty() ? 0 : ends_.back()};
  }

 private:
  // Moves v[begin, end) to v[to, ...); to <= begin.
  template <typename T>
  static void MoveDown(std::vector<T>& v, std::size_t begin, std::size_t end,
                       std::size_t to) {
    if (to == begin) return;
    std::move(v.begin() + static_cast<std::ptrdiff_t>(begin),
              v.begin() + static_cast<std::ptrdiff_t>(end),
              v.begin() + static_cast<std::ptrdiff_t>(to));
  }

  std::vector<TermId> ids_;
  std::vector<std::size_t> ends_;  // row r is [ends_[r - 1], ends_[r])
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_TERM_ROWS_H_
