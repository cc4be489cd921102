#include "util/cancellation.h"

#include "summarize/error.hpp"

namespace summarize::internal {

void Cancellation::Check() const {
  if (deadline_ != std::chrono::steady_clock::time_point::max() &&
      std::chrono::steady_clock::now() >= deadline_) {
    throw Error(ErrorCode::kCancelled, "deadline exceeded");
  }
  if (callback_ != nullptr && *callback_ && (*callback_)()) {
    throw Error(ErrorCode::kCancelled, "cancelled by the caller");
  }
}

}  // namespace summarize::internal
