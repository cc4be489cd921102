// CLI11 validators for plain decimal numbers, shared by the command-line
// tools (examples/summarize and bench/eval).
#ifndef SUMMARIZE_EXAMPLES_COMMON_NUMBER_VALIDATORS_H_
#define SUMMARIZE_EXAMPLES_COMMON_NUMBER_VALIDATORS_H_

#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdint>
#include <sstream>
#include <string>
#include <system_error>

namespace summarize::cli {

// Transform for a whole number >= `min`: decimal digits only (no sign, so
// "-1" is refused rather than wrapped around), rewritten without leading
// zeros because CLI11's own conversion would read "010" as octal.
inline CLI::Validator WholeNumber(std::uint64_t min) {
  return {[min](std::string& value) -> std::string {
            std::uint64_t number = 0;
            const char* first = value.data();
            const char* last = first + value.size();
            const auto [end, error] = std::from_chars(first, last, number);
            if (value.empty() || error != std::errc() || end != last ||
                number < min) {
              return "expected a whole number >= " + std::to_string(min) +
                     ", got '" + value + "'";
            }
            value = std::to_string(number);
            return "";
          },
          // No description: each option's help text states its range.
          ""};
}

// Check for a plain decimal number (digits with an optional fraction and
// exponent; no sign, hex form, "inf" or "nan") in [low, high], or with an
// open end where `open_low` / `open_high` say. Default: (low, high].
inline CLI::Validator NumberIn(double low, double high, bool open_low = true,
                               bool open_high = false) {
  std::ostringstream description;
  description << (open_low ? "(" : "[") << low << ", " << high
              << (open_high ? ")" : "]");
  const std::string range = description.str();
  return {
      [=](std::string& value) -> std::string {
        double number = 0;
        const char* first = value.data();
        const char* last = first + value.size();
        const bool plain = !value.empty() && value.front() != '-' &&
                           value.front() != '+' &&
                           value.find_first_of("xXnNiI") == std::string::npos;
        const auto [end, error] =
            std::from_chars(first, last, number, std::chars_format::general);
        const bool above = open_low ? number > low : number >= low;
        const bool below = open_high ? number < high : number <= high;
        if (!plain || error != std::errc() || end != last || !above || !below) {
          return "expected a number in " + range + ", got '" + value + "'";
        }
        return "";
      },
      ""};
}

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_COMMON_NUMBER_VALIDATORS_H_
