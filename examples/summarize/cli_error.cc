#include "cli_error.h"

#include <iomanip>
#include <sstream>
#include <string>

#include "one_line.h"

namespace summarize::cli {

CliError::CliError(int exit_code, const std::string& message)
    : std::runtime_error(message), exit_code_(exit_code) {}

std::string FailureLine(std::string_view message) {
  return "summarize: " + OneLine(message) + "\n";
}

int ExitCodeFor(ErrorCode code) {
  return code == ErrorCode::kInvalidOptions ? kExitUsage : kExitBadInput;
}

std::string DescribeError(const Error& error, std::string_view input) {
  const std::size_t offset = error.byte_offset();
  const std::string at = offset == Error::kNoOffset
                             ? ""
                             : " at byte offset " + std::to_string(offset);
  switch (error.code()) {
    case ErrorCode::kInvalidUtf8: {
      // The library names what it decoded: "invalid UTF-8 at byte 9", or for
      // --encoding "truncated shift_jis sequence at byte 6". Kept, with the
      // place in the tool's wording.
      std::string what = OneLine(error.what());
      if (const std::size_t place = what.rfind(" at byte ");
          place != std::string::npos) {
        what.resize(place);
      }
      return what + at;
    }
    case ErrorCode::kBinaryInput: {
      if (offset < input.size()) {
        std::ostringstream byte;
        byte << "0x" << std::hex << std::uppercase << std::setw(2)
             << std::setfill('0')
             << static_cast<int>(static_cast<unsigned char>(input[offset]));
        return "binary data (byte " + byte.str() + ")" + at;
      }
      return "binary data" + at;
    }
    case ErrorCode::kCancelled:
      return "timed out (--timeout): " + std::string(error.what());
    case ErrorCode::kInvalidOptions:
    case ErrorCode::kInputTooLarge:
    case ErrorCode::kInvalidSpans:
    case ErrorCode::kInternal:
      break;
  }
  return std::string(error.what()) + at;
}

}  // namespace summarize::cli
