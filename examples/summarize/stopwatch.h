// Wall-clock timing for --verbose.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_STOPWATCH_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_STOPWATCH_H_

#include <chrono>

namespace summarize::cli {

// Measures time since construction or the last Lap() (steady clock).
class Stopwatch {
 public:
  using Clock = std::chrono::steady_clock;

  Stopwatch() : start_(Clock::now()), lap_(start_) {}

  Clock::time_point start() const { return start_; }

  // Milliseconds since the last Lap() (or construction); starts a new lap.
  double Lap() {
    const Clock::time_point now = Clock::now();
    const double ms =
        std::chrono::duration<double, std::milli>(now - lap_).count();
    lap_ = now;
    return ms;
  }

  // Milliseconds since construction.
  double Total() const {
    return std::chrono::duration<double, std::milli>(Clock::now() - start_)
        .count();
  }

 private:
  Clock::time_point start_;
  Clock::time_point lap_;
};

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_STOPWATCH_H_
