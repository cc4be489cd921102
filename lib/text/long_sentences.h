// Stage 3, last step: cut sentences too long to be one.
#ifndef SUMMARIZE_LIB_TEXT_LONG_SENTENCES_H_
#define SUMMARIZE_LIB_TEXT_LONG_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "summarize/summary.hpp"

namespace summarize::internal {

// A "sentence" longer than this many bytes (about 600 English words) is
// text with no sentence ends (a speech transcript, a scraped list run
// together), not prose. No sentence of the evaluation sets is cut at this
// length (their results are the same with and without the cut); at 2,000
// bytes a few from the Russian scientific papers were.
inline constexpr std::size_t kLongSentenceBytes = 4000;
// The pieces it is cut into hold at most this many bytes, and at least
// kMinPieceBytes unless no better cut exists.
inline constexpr std::size_t kMaxPieceBytes = 600;
inline constexpr std::size_t kMinPieceBytes = 200;

// Returns `sentences` (byte ranges into `text`, valid UTF-8, in order) with
// each one longer than kLongSentenceBytes cut into consecutive pieces of at
// most kMaxPieceBytes, so that a text without punctuation gets a summary
// rather than itself back. A piece ends at the last of these cuts within
// kMaxPieceBytes that leaves it at least kMinPieceBytes long, by
// preference: after a clause mark (, ; : — – and the CJK 、，；：); before
// white space; between two characters of a script written without spaces
// (Chinese, Japanese, Thai). With none — a word too long for a piece — it
// ends at the next white space, so a word is never cut and a piece is
// longer than kMaxPieceBytes only to hold such a word. Pieces are trimmed of
// white space and never empty; shorter sentences pass unchanged. Linear in the
// length of the long sentences.
std::vector<Span> CutLongSentences(std::string_view text,
                                   std::vector<Span> sentences);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_LONG_SENTENCES_H_
