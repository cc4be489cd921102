// Term strings ↔ dense integer ids (header-only: weighting uses it too).
#ifndef SUMMARIZE_LIB_TEXT_VOCABULARY_H_
#define SUMMARIZE_LIB_TEXT_VOCABULARY_H_

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/error.hpp"
#include "text/term_rows.h"
#include "util/flat_string_map.h"

namespace summarize::internal {

// Gives each distinct term an id, 0, 1, 2, ... in order of first Intern(),
// so ids never depend on hashing. Terms are kept back to back in one
// buffer (and once more among the flat map's keys): no node or string per
// term.
class Vocabulary {
 public:
  // The id of `term`, adding it if new. Throws Error(kInputTooLarge) past
  // 2^32 - 1 distinct terms or 4 GiB of them.
  TermId Intern(std::string_view term) {
    if (const TermId* found = ids_.Find(term)) return *found;
    if (ends_.size() >= std::numeric_limits<TermId>::max()) {
      throw Error(ErrorCode::kInputTooLarge,
                  "more than 2^32 - 1 distinct terms");
    }
    const auto id = static_cast<TermId>(ends_.size());
    if (!ids_.Insert(term, id)) {
      throw Error(ErrorCode::kInputTooLarge, "more than 4 GiB of terms");
    }
    text_.append(term);
    ends_.push_back(text_.size());
    return id;
  }
  // The term with id `id` (< size()); valid until the next Intern().
  std::string_view Term(TermId id) const {
    const std::size_t begin = id == 0 ? 0 : ends_[id - 1];
    return std::string_view(text_).substr(begin, ends_[id] - begin);
  }
  std::size_t size() const { return ends_.size(); }

 private:
  FlatStringMap<TermId> ids_;
  std::string text_;               // every term, back to back
  std::vector<std::size_t> ends_;  // term i is text_[ends_[i - 1], ends_[i])
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_VOCABULARY_H_
