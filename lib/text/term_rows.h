// What word analysis hands to weighting: each sentence's terms as integer
// ids, all sentences in one flat array.
#ifndef SUMMARIZE_LIB_TEXT_TERM_ROWS_H_
#define SUMMARIZE_LIB_TEXT_TERM_ROWS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

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
  std::vector<TermId> ids_;
  std::vector<std::size_t> ends_;  // row r is [ends_[r - 1], ends_[r])
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_TERM_ROWS_H_
