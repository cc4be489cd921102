// Stage 3: ICU sentence breaks and the merge pass that undoes false ones.
#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/break_iterators.h"
#include "text/code_points.h"
#include "text/sentence_breaks.h"
#include "text/thai_sentences.h"

namespace summarize::internal {
namespace {

// True when `before` ends in "?" or "!" (possibly followed by closing
// quotes or brackets) and `after` starts with a lowercase letter: the
// sentence goes on ("\"Why?\" he asked."; "Yahoo! shares rose."). UAX #29
// breaks there because, unlike after ".", it never looks at the next word.
bool ContinuesAfterQuestionOrExclamation(std::string_view before,
                                         std::string_view after) {
  std::size_t end = before.size();
  UChar32 last = U_SENTINEL;
  while (end > 0) {
    last = PreviousCodePoint(before, end);
    if (IsSpace(last)) continue;
    if (!IsClosingPunctuation(last)) break;
  }
  if (last == U_SENTINEL || !IsQuestionOrExclamation(last)) return false;
  for (std::size_t i = 0; i < after.size();) {
    const UChar32 c = NextCodePoint(after, i);
    if (!IsSpace(c)) return u_islower(c);
  }
  return false;
}

// True when `before` ends in a number of at most kMaxEnumeratorDigits digits
// and a period, with nothing between it and `after`, which starts with a
// character of a script written without spaces: "：1.为人们解决…；2.从人开始"
// numbers the items of a list. Chinese and Japanese end sentences with "。",
// so such a "." never ends one, though UAX #29 breaks after it.
bool IsEnumeratorBeforeUnspacedScript(std::string_view before,
                                      std::string_view after) {
  constexpr std::size_t kMaxEnumeratorDigits = 3;
  if (before.empty() || before.back() != '.' || after.empty()) return false;
  std::size_t digits = 0;
  std::size_t i = before.size() - 1;
  while (i > 0 && before[i - 1] >= '0' && before[i - 1] <= '9') {
    --i;
    ++digits;
  }
  if (digits == 0 || digits > kMaxEnumeratorDigits) return false;
  if (i > 0) {  // "v2." or "3.1." are not enumerators
    std::size_t k = i;
    const UChar32 previous = PreviousCodePoint(before, k);
    if (previous == '.' || u_isalnum(previous)) return false;
  }
  std::size_t k = 0;
  const auto line_break = static_cast<ULineBreak>(
      u_getIntPropertyValue(NextCodePoint(after, k), UCHAR_LINE_BREAK));
  return line_break == U_LB_IDEOGRAPHIC ||
         line_break == U_LB_CONDITIONAL_JAPANESE_STARTER;
}

}  // namespace

struct SentenceSplitter::Impl {
  explicit Impl(const Language& language) : fast(language.icu_locale) {}

  // ICU's boundaries for `piece`, in `icu_breaks`.
  const std::vector<std::int32_t>& IcuBreaks(std::string_view piece);

  std::unique_ptr<icu::BreakIterator> iterator;
  // Reused by every Split() (utext_openUTF8 re-initialises it in place).
  UTextPtr text;
  std::vector<std::int32_t> icu_breaks;
  // ICU's boundaries without ICU, for the pieces it accepts.
  FastSentenceBreaks fast;
  // Reused by every Split() that needs a block with its line breaks turned
  // into spaces: for ICU, and for the Thai splitter.
  std::string spaced;
  const Abbreviations* abbreviations = nullptr;
  // For Thai: which spaces end a sentence; null for other languages.
  std::unique_ptr<ThaiSentences> thai;
};

const std::vector<std::int32_t>& SentenceSplitter::Impl::IcuBreaks(
    std::string_view piece) {
  CollectBreaks(*iterator, text, piece, icu_breaks);
  return icu_breaks;
}

SentenceSplitter::SentenceSplitter(const Language& language)
    : impl_(std::make_unique<Impl>(language)) {
  impl_->iterator = NewBreakIterator(BreakKind::kSentence, language.icu_locale);
  impl_->text = NewUtf8Text();
  impl_->abbreviations = &AbbreviationsFor(language.code);
  if (language.code == "th") impl_->thai = std::make_unique<ThaiSentences>();
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<Span> SentenceSplitter::Split(std::string_view text, Span block) {
  std::vector<Span> sentences;
  const std::string_view original =
      text.substr(block.begin, block.end - block.begin);
  if (original.empty()) return sentences;
  CheckPieceSize(original);  // boundaries are 32-bit, ICU's and the fast path's

  // Line breaks inside a block are hard wrapping, not sentence ends: the
  // block is split as if each '\n' and '\r' were ' '. The fast path reads
  // them so on the original bytes, with ICU's boundaries for the block
  // with spaces in their place (tests/text/sentence_breaks_test.cc proves
  // it), so no copy is made. ICU, for the few blocks the fast path declines
  // (see text/sentence_breaks.h) or for a locale it does not implement,
  // and the Thai splitter get a copy of the block with spaces instead.
  //
  // The merge pass below then reads either. That gives the same result:
  // it finds words, trims and skips spaces only with IsSpace(), true for
  // '\n', '\r' and ' ' alike; its byte comparisons are with '.' and digits,
  // on bytes that IsSpace() has already excluded; and the classes it asks
  // of the code point after a break (lowercase, line breaking class) are
  // the same for ' ', '\n' and '\r' (not lowercase, not ideographic).
  // tests/text/sentence_splitter_test.cc compares both on every corpus.
  const std::vector<std::int32_t>* fast =
      impl_->thai == nullptr
          ? impl_->fast.Breaks(original, LineBreaks::kAsSpaces)
          : nullptr;
  std::string_view slice = original;
  if (fast == nullptr) {
    LineBreaksToSpaces(original, impl_->spaced);
    slice = impl_->spaced;
    // Thai: the copy's boundaries, from the fast path when it takes them.
    fast = impl_->thai != nullptr ? impl_->fast.Breaks(slice) : nullptr;
  }
  const std::vector<std::int32_t>& boundaries =
      fast != nullptr ? *fast : impl_->IcuBreaks(slice);

  // Boundaries are native UTF-8 indices into `slice` (int32_t: blocks are
  // limited to 2 GiB, above Options::max_input_bytes' range). A boundary is
  // kept unless the abbreviation data says the break before it is false, a
  // lowercase word follows "?" or "!", or it follows a list number before
  // Chinese or Japanese text; the merge looks only at the few words before
  // and after the break, so chains ("J. R. R. Tolkien") merge one break at a
  // time.
  const Abbreviations& abbreviations = *impl_->abbreviations;
  std::size_t sentence_begin = 0;
  for (const std::int32_t boundary : boundaries) {
    const auto end = static_cast<std::size_t>(boundary);
    if (end < slice.size()) {
      const std::string_view before =
          slice.substr(sentence_begin, end - sentence_begin);
      const std::string_view after = slice.substr(end);
      if (abbreviations.JoinsNext(before, after) ||
          ContinuesAfterQuestionOrExclamation(before, after) ||
          IsEnumeratorBeforeUnspacedScript(before, after)) {
        continue;
      }
    }
    const Span trimmed = TrimWhitespace(slice, {sentence_begin, end});
    if (trimmed.begin < trimmed.end) {
      if (impl_->thai != nullptr) {
        for (const Span& sentence : impl_->thai->Split(slice, trimmed)) {
          sentences.push_back(
              Span{block.begin + sentence.begin, block.begin + sentence.end});
        }
      } else {
        sentences.push_back(
            Span{block.begin + trimmed.begin, block.begin + trimmed.end});
      }
    }
    sentence_begin = end;
  }
  return sentences;
}

const std::vector<std::int32_t>& SentenceSplitter::IcuBreaks(
    std::string_view piece) {
  CheckPieceSize(piece);
  return impl_->IcuBreaks(piece);
}

bool SentenceSplitter::fast_path_enabled() const {
  return impl_->fast.enabled();
}

}  // namespace summarize::internal
