// Deadline and cancel-callback checks shared by the pipeline stages.
#ifndef SUMMARIZE_LIB_UTIL_CANCELLATION_H_
#define SUMMARIZE_LIB_UTIL_CANCELLATION_H_

#include <chrono>
#include <functional>

namespace summarize::internal {

// Answers "should the work stop now?" from a deadline and a callback.
// Cheap to copy; holds a pointer to the callback, which must outlive it.
class Cancellation {
 public:
  Cancellation() = default;
  Cancellation(std::chrono::steady_clock::time_point deadline,
               const std::function<bool()>* callback)
      : deadline_(deadline), callback_(callback) {}

  // Throws Error(kCancelled) when the deadline has passed or the callback
  // returns true.
  void Check() const;

 private:
  std::chrono::steady_clock::time_point deadline_ =
      std::chrono::steady_clock::time_point::max();
  const std::function<bool()>* callback_ = nullptr;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_UTIL_CANCELLATION_H_
