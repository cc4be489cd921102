// Sentence boundaries of the corpus's ASCII paragraphs (line breaks turned
// into spaces, as the splitter receives them): AsciiSentenceBreaks against
// ICU's iterator on the same paragraphs, with the same results. bytes/s
// counts the ASCII paragraphs' bytes only.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus.h"
#include "text/ascii_sentence_breaks.h"
#include "text/language.h"
#include "text/sentence_splitter.h"
#include "util/ascii.h"

namespace summarize::bench {
namespace {

// The paragraphs of `text` (split at "\n\n") that are all ASCII, with every
// CR and LF turned into a space.
std::vector<std::string> AsciiParagraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find("\n\n", begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view paragraph = text.substr(begin, end - begin);
    if (!paragraph.empty() && internal::IsAscii(paragraph)) {
      std::string joined(paragraph);
      for (char& c : joined) c = (c == '\n' || c == '\r') ? ' ' : c;
      paragraphs.push_back(std::move(joined));
    }
    begin = end + 2;
  }
  return paragraphs;
}

void BM_AsciiSentenceBreaks(benchmark::State& state, const CorpusInfo& info,
                            bool fast) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  const internal::Language language = internal::ResolveLanguage(info.language);
  internal::AsciiSentenceBreaks breaks(language.icu_locale);
  internal::SentenceSplitter splitter(language);
  if (fast && !breaks.enabled()) {
    state.SkipWithError("the ASCII fast path is off for this language");
    return;
  }
  const std::vector<std::string> paragraphs = AsciiParagraphs(corpus->text);
  std::int64_t bytes = 0;
  for (const std::string& paragraph : paragraphs) {
    bytes += static_cast<std::int64_t>(paragraph.size());
  }
  std::int64_t boundaries = 0;
  for (auto _ : state) {
    boundaries = 0;
    for (const std::string& paragraph : paragraphs) {
      boundaries += static_cast<std::int64_t>(
          fast ? breaks.Breaks(paragraph).size()
               : splitter.IcuBreaks(paragraph).size());
    }
    benchmark::DoNotOptimize(boundaries);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          bytes);
  state.counters["boundaries"] = static_cast<double>(boundaries);
}

const bool kRegistered = [] {
  RegisterForEachCorpus("SentenceBreak/ascii-fast",
                        [](benchmark::State& state, const CorpusInfo& info) {
                          BM_AsciiSentenceBreaks(state, info, true);
                        });
  RegisterForEachCorpus("SentenceBreak/ascii-icu",
                        [](benchmark::State& state, const CorpusInfo& info) {
                          BM_AsciiSentenceBreaks(state, info, false);
                        });
  return true;
}();

}  // namespace
}  // namespace summarize::bench
