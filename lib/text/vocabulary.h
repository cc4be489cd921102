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
#include "util/string_hash.h"

namespace summarize::internal {

// Gives each distinct term an id, 0, 1, 2, ... in order of first Intern(),
// so ids never depend on hashing. Stores each term once.
class Vocabulary {
 public:
  // The id of `term`, adding it if new. Throws Error(kInputTooLarge) past
  // 2^32 - 1 distinct terms.
  TermId Intern(std::string_view term) {
    if (const auto found = ids_.find(term); found != ids_.end()) {
      return found->second;
    }
    if (terms_.size() >= std::numeric_limits<TermId>::max()) {
      throw Error(ErrorCode::kInputTooLarge,
                  "more than 2^32 - 1 distinct terms");
    }
    const auto id = static_cast<TermId>(terms_.size());
    terms_.push_back(&ids_.emplace(std::string(term), id).first->first);
    return id;
  }
  // The term with id `id` (< size()); valid as long as the Vocabulary.
  std::string_view Term(TermId id) const { return *terms_[id]; }
  std::size_t size() const { return terms_.size(); }

 private:
  // Map nodes never move, so terms_ can point at their keys.
  StringMap<TermId> ids_;
  std::vector<const std::string*> terms_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_VOCABULARY_H_
