// Automatic language detection with CLD2 (Compact Language Detector 2).
#ifndef SUMMARIZE_LIB_TEXT_LANGUAGE_DETECTOR_H_
#define SUMMARIZE_LIB_TEXT_LANGUAGE_DETECTOR_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace summarize::internal {

// Detection reads at most this many bytes from the start of the text: 64 KiB
// is hundreds of sentences, far more than CLD2 needs to be sure (it is
// reliable on a paragraph), and bounds the cost on a book to about 2.5 ms
// (2% of summarizing a 1 MB novel).
inline constexpr std::size_t kDetectionSampleBytes = std::size_t{64} << 10;

// CLD2 reads about 40 MB/s (25 µs per KiB): on a short article as long as
// the rest of the pipeline takes. So detection first reads only the
// first kQuickSampleBytes (1 KiB, 150 to 200 words, about 30 µs) and stops
// there when CLD2 calls that result reliable with at least
// kQuickAcceptConfidence; otherwise (short, mixed or unclear openings) it
// reads the whole sample. A text whose first kilobyte is clearly in one
// language is so taken to be in it.
inline constexpr std::size_t kQuickSampleBytes = std::size_t{1} << 10;
inline constexpr double kQuickAcceptConfidence = 0.9;

// The detected language is used only when its confidence is at least this;
// below it the text is too short, mixed or unknown to CLD2, and the
// fallback kUndeterminedLanguage (language.h) is used. 0.4 accepts a reliable
// language that has 40% or more of the letters CLD2 places in a language,
// and an unreliable one (confidence halved, see DetectedLanguage) that has
// 80% or more: three languages in equal parts, or a short text that CLD2
// half attributes to a second language, are "und".
inline constexpr double kMinDetectionConfidence = 0.4;

struct DetectedLanguage {
  // An ISO 639-1 code (ISO 639-2/3 where there is none, as ICU
  // canonicalises it) that ResolveLanguage() accepts, e.g. "en", "zh", "he";
  // or "und" (kUndeterminedLanguage) when nothing was detected with
  // kMinDetectionConfidence.
  std::string code;
  // How sure the detector is, in [0, 1]: the top language's share of the
  // letters CLD2 attributes to one of its top three languages (percent3[0]
  // over the sum of percent3; letters in chunks CLD2 cannot place do not
  // count), halved when CLD2 does not call the result reliable (short text,
  // or a close second language). 0 when CLD2 found no language; with "und"
  // otherwise, the confidence in the language that was not used (below
  // kMinDetectionConfidence, or a language ICU has no locale for).
  double confidence = 0;
};

// The detection sample of `text`: its first kDetectionSampleBytes bytes, cut
// back to a character boundary (`text` is valid UTF-8), or all of it when it
// is shorter.
std::string_view DetectionSample(std::string_view text);

// Detects the language of `text` (valid UTF-8, plain text: HTML must be
// reduced to its text first) from its first kQuickSampleBytes or else from
// DetectionSample(text) (see kQuickSampleBytes) with CLD2's
// ExtDetectLanguageSummary; the language is CLD2's top language by share
// (see the .cc for why not its return value). CLD2 codes are mapped to ours:
// "zh-Hant" → "zh", "iw" → "he", "tl" → "fil", "no" stays "no" (Norwegian
// Bokmål); codes ICU has no locale for and CLD2's pseudo-languages ("xx-…",
// "un") give "und".
//
// `declared` is the language the document declares, if any (an HTML page's
// <html lang>, Content-Language or og:locale; any tag
// CanonicalLanguageCode() accepts, "pt-BR", "de_DE"; empty or unaccepted:
// none). Pages often declare a site-wide default rather than the article's
// language (lang="en" on a German article), and CLD2's content-language
// hint is a strong prior (it makes a Portuguese article declared "es"
// Spanish), so the text decides first:
//  1. when CLD2 calls its detection on the text alone reliable and it gives
//     a language, that is the result, whatever the page declares;
//  2. otherwise (short, mixed or unclear text) detection runs again with the
//     declared language as CLD2's content-language hint, which decides
//     between close candidates and mixed text;
//  3. when that still gives "und", the declared language is the result.
// In steps 2 and 3 the confidence stays that of the text alone (step 1;
// for text that CLD2 cannot place, below kMinDetectionConfidence): the
// declaration is no evidence from the text.
// Without a declared language, step 1's result is returned as it is.
// Deterministic; thread-safe (CLD2 is); never throws except std::bad_alloc.
// Cost: about 30 µs when the first KiB decides, else linear in the sample,
// about 2.5 ms for a full one; twice that for unreliable text with a
// declared language.
DetectedLanguage DetectLanguage(std::string_view text,
                                std::string_view declared = {});

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_LANGUAGE_DETECTOR_H_
