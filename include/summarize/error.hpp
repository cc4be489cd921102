// Error reporting for libsummarize.
//
// The library never aborts, prints or logs. Every failure is thrown as one
// type, summarize::Error, which carries a machine-readable ErrorCode and, for
// errors in the input text, the byte offset where the problem starts.
#ifndef SUMMARIZE_ERROR_HPP_
#define SUMMARIZE_ERROR_HPP_

#include <cstddef>
#include <stdexcept>
#include <string>

#include "summarize/export.h"

namespace summarize {

// What went wrong. The numeric values are stable (they cross the C interface).
enum class ErrorCode : int {
  // An Options field is out of its documented range, or options conflict.
  kInvalidOptions = 1,
  // The input is not valid UTF-8; Error::byte_offset() is the first bad byte.
  kInvalidUtf8 = 2,
  // The input looks like binary data (NUL or other control bytes);
  // Error::byte_offset() is the first offending byte.
  kBinaryInput = 3,
  // The input is larger than Options::max_input_bytes.
  kInputTooLarge = 4,
  // Caller-supplied sentence spans are out of range, overlapping or unsorted,
  // or caller-supplied sentence vectors do not fit them
  // (Summarizer::SummarizeWithVectors).
  kInvalidSpans = 5,
  // The deadline passed or the cancel callback returned true.
  kCancelled = 6,
  // A dependency (ICU, libstemmer) failed unexpectedly.
  kInternal = 7,
};

// Returns a short stable name for `code`, e.g. "invalid_utf8".
SUMMARIZE_EXPORT const char* ErrorCodeName(ErrorCode code) noexcept;

// The one exception type thrown by libsummarize.
class SUMMARIZE_EXPORT Error : public std::runtime_error {
 public:
  // Value of byte_offset() when the error is not tied to a place in the input.
  static constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

  Error(ErrorCode code, const std::string& message,
        std::size_t byte_offset = kNoOffset);

  ErrorCode code() const noexcept { return code_; }
  // Byte offset into the caller's input, or kNoOffset.
  std::size_t byte_offset() const noexcept { return byte_offset_; }

 private:
  ErrorCode code_;
  std::size_t byte_offset_;
};

}  // namespace summarize

#endif  // SUMMARIZE_ERROR_HPP_
