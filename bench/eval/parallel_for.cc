// ParallelFor: worker threads pulling indices from one atomic counter.
#include "eval/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace summarize::eval {

void ParallelFor(std::size_t count, std::size_t threads,
                 const std::function<void(std::size_t)>& body) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_error;
  std::mutex error_mutex;

  const auto work = [&] {
    while (!failed) {
      const std::size_t i = next++;
      if (i >= count) return;
      try {
        body(i);
      } catch (...) {
        const std::lock_guard lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
        failed = true;
      }
    }
  };

  // The calling thread is one of the threads used.
  const std::size_t used = std::max<std::size_t>(1, std::min(threads, count));
  const std::size_t helpers = used - 1;
  {
    std::vector<std::jthread> workers;
    workers.reserve(helpers);
    for (std::size_t t = 0; t < helpers; ++t) workers.emplace_back(work);
    work();
  }  // joins the workers
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace summarize::eval
