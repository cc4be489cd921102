// What a call throws, for the tests of the library's errors.
#ifndef SUMMARIZE_TESTS_THROWN_CODE_H_
#define SUMMARIZE_TESTS_THROWN_CODE_H_

#include <optional>
#include <utility>

#include "summarize/error.hpp"

namespace summarize::testing {

// The code of the summarize::Error that `run()` throws; nullopt when it
// throws none.
template <typename Run>
std::optional<ErrorCode> ThrownCode(Run&& run) {
  try {
    std::forward<Run>(run)();
  } catch (const Error& error) {
    return error.code();
  }
  return std::nullopt;
}

}  // namespace summarize::testing

#endif  // SUMMARIZE_TESTS_THROWN_CODE_H_
