// Arbitrary bytes as an HTML page (gumbo, the nesting guard, extraction),
// through every algorithm and length mode.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_options.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  summarize::Options options = summarize::fuzz::PickOptions(text);
  options.input_format = summarize::InputFormat::kHtml;
  summarize::fuzz::SummarizeChecked(summarize::Summarizer(options), text);
  return 0;
}
