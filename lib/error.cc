#include "summarize/error.hpp"

namespace summarize {

const char* ErrorCodeName(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::kInvalidOptions:
      return "invalid_options";
    case ErrorCode::kInvalidUtf8:
      return "invalid_utf8";
    case ErrorCode::kBinaryInput:
      return "binary_input";
    case ErrorCode::kInputTooLarge:
      return "input_too_large";
    case ErrorCode::kInvalidSpans:
      return "invalid_spans";
    case ErrorCode::kCancelled:
      return "cancelled";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "unknown";
}

Error::Error(ErrorCode code, const std::string& message,
             std::size_t byte_offset)
    : std::runtime_error(message), code_(code), byte_offset_(byte_offset) {}

}  // namespace summarize
