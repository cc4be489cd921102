// The --jsonl progress line on stderr: documents done, rate and ETA.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_PROGRESS_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace summarize::cli {

// Redraws one line, "summarize: N documents, X docs/s, ETA M:SS", in place
// with '\r', at most kRedrawsPerSecond times a second. The ETA is shown
// only when the input size is known (bytes done / total bytes). Not
// thread-safe: call from one thread.
class Progress {
 public:
  static constexpr int kRedrawsPerSecond = 4;

  // `total_bytes`: the size of the input when known (a regular file).
  Progress(std::ostream& out, std::optional<std::uint64_t> total_bytes);

  // Reports that `documents` are done, covering the first `bytes` bytes of
  // the input; redraws when the last redraw is old enough.
  void Update(std::size_t documents, std::uint64_t bytes);

  // Draws the final count (without ETA) and ends the line.
  void Finish(std::size_t documents);

  // The line's text for `documents` done, `bytes` read, `seconds` elapsed.
  static std::string Line(std::size_t documents, std::uint64_t bytes,
                          double seconds,
                          std::optional<std::uint64_t> total_bytes);

 private:
  void Draw(const std::string& line);

  std::ostream& out_;
  const std::optional<std::uint64_t> total_bytes_;
  const std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  // Length of the line drawn last, to blank out what a shorter one leaves.
  std::size_t drawn_length_ = 0;
};

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_PROGRESS_H_
