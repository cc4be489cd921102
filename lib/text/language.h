// Language resolution: from an ISO 639-1 code to what each stage needs.
#ifndef SUMMARIZE_LIB_TEXT_LANGUAGE_H_
#define SUMMARIZE_LIB_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace summarize::internal {

// Options::language value that asks for detection (text/language_detector.h).
inline constexpr std::string_view kAutoLanguage = "auto";

// The fallback language for text whose language is unknown, mixed or not
// detected with confidence (BCP-47 "und", undetermined): ICU's root rules for
// sentences and words (which handle every script, with the dictionaries for
// Chinese, Japanese, Thai, Khmer, Lao and Burmese), no stemmer, no stopwords,
// no abbreviation list (only the initials rule). It never guesses wrong
// language-specific rules; it loses only the stopwords' help with ranking.
inline constexpr std::string_view kUndeterminedLanguage = "und";

struct Language {
  std::string code;               // normalised ISO 639-1 code, e.g. "en",
                                  // or "und" (kUndeterminedLanguage)
  std::string icu_locale;         // ICU locale id for break iterators, with
                                  // "@ss=standard" abbreviation suppressions;
                                  // "root" for "und"
  const char* stemmer = nullptr;  // libstemmer algorithm name, or nullptr
};

// True when `code` is "auto" in any case.
bool IsAutoLanguage(std::string_view code);

// The canonical code of a language tag, or "" when it is not accepted.
// Accepts (case-insensitively) ISO 639-1 and 639-2/3 codes ("en", "deu") and
// BCP-47 / ICU tags whose first subtag is one ("pt-BR", "zh-Hant-TW",
// "sr_Latn", "en-US-u-ca-gregory"): the language subtag as ICU canonicalises
// it ("pt", "zh", "sr"; "deu" → "de", deprecated "iw" → "he", "tl" → "fil"),
// when ICU has a locale for that language; and "und". Region, script and
// extensions are dropped: segmentation and stemming depend on the language
// only.
std::string CanonicalLanguageCode(std::string_view tag);

// Resolves `code` (any tag CanonicalLanguageCode() accepts, e.g. "en",
// "DE", "pt-BR", "und"). Throws Error(kInvalidOptions) otherwise ("auto"
// included: detection happens in the caller).
Language ResolveLanguage(std::string_view code);

// ResolveLanguage(code), cached: each canonical language is resolved once per
// process and the reference stays valid for the life of the program.
// Thread-safe; a lookup of a resolved language costs a shared lock and a
// map search. Throws as ResolveLanguage does.
const Language& CachedLanguage(std::string_view code);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_LANGUAGE_H_
