// Arbitrary bytes as --jsonl input: every line through the batch reader's
// parser, and each document it yields summarized and written back as JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_options.h"
#include "jsonl_line.h"
#include "output.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  summarize::Options options;
  options.length = summarize::Length::Sentences(2);
  options.max_input_bytes = std::size_t{1} << 20;
  const summarize::Summarizer summarizer(options);
  std::size_t line_number = 0;
  for (std::size_t begin = 0; begin <= input.size();) {
    std::size_t end = input.find('\n', begin);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(begin, end - begin);
    ++line_number;
    if (!summarize::cli::IsBlank(line)) {
      summarize::cli::ParsedLine parsed =
          summarize::cli::ParseLine(line, line_number);
      if (parsed.pending.error_record) {
        (void)summarize::cli::DumpJson(*parsed.pending.error_record);
      } else {
        summarize::fuzz::SummarizeChecked(summarizer, parsed.document.text);
      }
    }
    begin = end + 1;
  }
  return 0;
}
