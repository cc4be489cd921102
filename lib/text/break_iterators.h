// ICU break iterators, built once per locale and handed out as clones.
#ifndef SUMMARIZE_LIB_TEXT_BREAK_ITERATORS_H_
#define SUMMARIZE_LIB_TEXT_BREAK_ITERATORS_H_

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace summarize::internal {

enum class BreakKind { kSentence, kWord };

// A new iterator of `kind` for the ICU locale id `locale`. Building one from
// the rules costs about 0.1 ms (sentence iterators with "@ss=standard"
// suppressions more), as much as segmenting a short article, so each
// (kind, locale) is built once per process and every caller gets a clone
// (clones share the rule data). Thread-safe. Throws Error(kInternal) if ICU
// fails.
std::unique_ptr<icu::BreakIterator> NewBreakIterator(BreakKind kind,
                                                     const std::string& locale);

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};
// An ICU UText over UTF-8, reopened in place over each new piece of text
// (utext_openUTF8 reuses the struct), so iterators read the caller's bytes
// with no copy.
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// Throws Error(kInputTooLarge) when `piece` is 2 GiB or longer: break
// positions, ICU's and the fast paths' alike, are 32-bit.
void CheckPieceSize(std::string_view piece);

// An empty UTF-8 UText to reopen later. Throws Error(kInternal) if ICU fails.
UTextPtr NewUtf8Text();

// Points `iterator` at `piece` (at most 2 GiB: ICU offsets are 32-bit)
// through `text`. Throws Error(kInternal) if ICU fails.
void SetUtf8Text(icu::BreakIterator& iterator, UTextPtr& text,
                 std::string_view piece);

// Every boundary `iterator` finds in `piece` (through `text`, as
// SetUtf8Text), in order, into `out` (cleared first, its memory reused): byte
// offsets into the piece, the last its size. Throws Error(kInternal) if ICU
// fails.
void CollectBreaks(icu::BreakIterator& iterator, UTextPtr& text,
                   std::string_view piece, std::vector<std::int32_t>& out);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_BREAK_ITERATORS_H_
