// Sentence boundaries of the corpus's paragraphs, line breaks read as
// spaces (as the splitter reads them): FastSentenceBreaks on the original
// paragraphs in LineBreaks::kAsSpaces mode, with ICU (on a copy with spaces
// for the line breaks) for the paragraphs it declines, as
// SentenceSplitter::Split uses it, against ICU's iterator alone on those
// copies, with the same results.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus.h"
#include "text/language.h"
#include "text/sentence_breaks.h"
#include "text/sentence_splitter.h"

namespace summarize::bench {
namespace {

// The non-empty paragraphs of `text` (split at "\n\n").
std::vector<std::string_view> Paragraphs(std::string_view text) {
  std::vector<std::string_view> paragraphs;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find("\n\n", begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view paragraph = text.substr(begin, end - begin);
    if (!paragraph.empty()) paragraphs.push_back(paragraph);
    begin = end + 2;
  }
  return paragraphs;
}

void BM_SentenceBreaks(benchmark::State& state, const CorpusInfo& info,
                       bool fast) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  const internal::Language language = internal::ResolveLanguage(info.language);
  internal::FastSentenceBreaks breaks(language.icu_locale);
  internal::SentenceSplitter splitter(language);
  if (fast && !breaks.enabled(internal::LineBreaks::kAsSpaces)) {
    state.SkipWithError("the fast path is off for this language");
    return;
  }
  const std::vector<std::string_view> paragraphs = Paragraphs(corpus->text);
  std::vector<std::string> joined;
  std::int64_t bytes = 0;
  for (const std::string_view paragraph : paragraphs) {
    joined.push_back(internal::LineBreaksToSpaces(paragraph));
    bytes += static_cast<std::int64_t>(paragraph.size());
  }
  std::int64_t boundaries = 0;
  std::int64_t declined = 0;
  for (auto _ : state) {
    boundaries = 0;
    declined = 0;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      const std::vector<std::int32_t>* found =
          fast ? breaks.Breaks(paragraphs[i], internal::LineBreaks::kAsSpaces)
               : nullptr;
      if (found == nullptr) {
        declined += fast ? 1 : 0;
        found = &splitter.IcuBreaks(joined[i]);
      }
      boundaries += static_cast<std::int64_t>(found->size());
    }
    benchmark::DoNotOptimize(boundaries);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          bytes);
  state.counters["boundaries"] = static_cast<double>(boundaries);
  state.counters["declined"] = static_cast<double>(declined);
}

const bool kRegistered = [] {
  RegisterForEachCorpus("SentenceBreak/fast",
                        [](benchmark::State& state, const CorpusInfo& info) {
                          BM_SentenceBreaks(state, info, true);
                        });
  RegisterForEachCorpus("SentenceBreak/icu",
                        [](benchmark::State& state, const CorpusInfo& info) {
                          BM_SentenceBreaks(state, info, false);
                        });
  return true;
}();

}  // namespace
}  // namespace summarize::bench
