// The baseline: ICU's word and sentence BreakIterators alone over the whole
// text (a UTF-8 UText, no UTF-16 copy), counting boundaries. Every other
// benchmark reads as a ratio to ICU/WordBreak on the same text.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>

#include "corpus.h"

namespace summarize::bench {
namespace {

// Closes a UText on scope exit.
struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

void BM_IcuBreak(benchmark::State& state, const CorpusInfo& info,
                 bool sentences) {
  const Corpus* corpus = LoadCorpus(state, info);
  if (corpus == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(info.language.c_str());
  std::unique_ptr<icu::BreakIterator> iterator(
      sentences ? icu::BreakIterator::createSentenceInstance(locale, status)
                : icu::BreakIterator::createWordInstance(locale, status));
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, corpus->text.data(),
                     static_cast<std::int64_t>(corpus->text.size()), &status));
  if (U_FAILURE(status)) {
    state.SkipWithError(
        (std::string("ICU break iterator failed: ") + u_errorName(status))
            .c_str());
    return;
  }
  std::int64_t boundaries = 0;
  for (auto _ : state) {
    iterator->setText(text.get(), status);
    boundaries = 0;
    while (iterator->next() != icu::BreakIterator::DONE) ++boundaries;
    benchmark::DoNotOptimize(boundaries);
  }
  if (U_FAILURE(status)) {
    state.SkipWithError(
        (std::string("ICU setText failed: ") + u_errorName(status)).c_str());
    return;
  }
  state.counters["boundaries"] = static_cast<double>(boundaries);
  ReportThroughput(state, *corpus);
}

const bool kRegistered = [] {
  RegisterForEachCorpus("ICU/WordBreak",
                        [](benchmark::State& state, const CorpusInfo& info) {
                          BM_IcuBreak(state, info, false);
                        });
  RegisterForEachCorpus("ICU/SentenceBreak",
                        [](benchmark::State& state, const CorpusInfo& info) {
                          BM_IcuBreak(state, info, true);
                        });
  return true;
}();

}  // namespace
}  // namespace summarize::bench
