// Options for a fuzz run, chosen by the first bytes of the input so that the
// fuzzer explores every algorithm and length mode.
#ifndef SUMMARIZE_TESTS_FUZZ_FUZZ_OPTIONS_H_
#define SUMMARIZE_TESTS_FUZZ_FUZZ_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <summarize/summarize.hpp>

namespace summarize::fuzz {

// Takes up to two bytes off the front of `data` to pick the algorithm, the
// length mode and value, and a few flags.
inline Options PickOptions(std::string_view& data) {
  Options options;
  if (data.size() < 2) return options;
  const auto a = static_cast<std::uint8_t>(data[0]);
  const auto b = static_cast<std::uint8_t>(data[1]);
  data.remove_prefix(2);
  const auto& algorithms = Algorithms();
  options.algorithm = algorithms[a % algorithms.size()].algorithm;
  switch ((a >> 4) % 3) {
    case 0:
      options.length = Length::Sentences(1 + b % 8);
      break;
    case 1:
      options.length = Length::Ratio((1 + b % 100) / 100.0);
      break;
    default:
      options.length = Length::Words(1 + b * 2);
  }
  options.stem = (b & 0x80) == 0;
  options.remove_boilerplate = (b & 0x40) == 0;
  options.replace_invalid = (b & 0x20) != 0;
  // Bounded work per input: the fuzzer's inputs are small anyway.
  options.max_input_bytes = std::size_t{1} << 20;
  return options;
}

// Runs `summarizer` on `text`; library errors are expected results, anything
// else (a crash, a sanitizer report, another exception) is a bug.
inline void SummarizeChecked(const Summarizer& summarizer,
                             std::string_view text) {
  try {
    const Summary summary = summarizer.Summarize(text);
    const Document& document = summary.ranking.document;
    const std::string_view shown = document.converted ? document.text : text;
    for (const Sentence& unit : summary.ranking.sentences) {
      // Offsets must slice the text they refer to.
      if (unit.end > shown.size() || unit.begin > unit.end ||
          shown.substr(unit.begin, unit.end - unit.begin) != unit.text) {
        __builtin_trap();
      }
    }
    (void)RenderHtmlView(summary, text);
  } catch (const Error&) {
    // Invalid UTF-8, binary input, too large: reported, not a bug.
  }
}

}  // namespace summarize::fuzz

#endif  // SUMMARIZE_TESTS_FUZZ_FUZZ_OPTIONS_H_
