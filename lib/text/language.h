// Language resolution: from an ISO 639-1 code to what each stage needs.
#ifndef SUMMARIZE_LIB_TEXT_LANGUAGE_H_
#define SUMMARIZE_LIB_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace summarize::internal {

struct Language {
  std::string code;               // normalised ISO 639-1 code, e.g. "en"
  std::string icu_locale;         // ICU locale id for break iterators, with
                                  // "@ss=standard" abbreviation suppressions
  const char* stemmer = nullptr;  // libstemmer algorithm name, or nullptr
};

// Resolves `code` (case-insensitive ISO 639-1, e.g. "en", "DE"). Accepts any
// language ICU has a locale for. Throws Error(kInvalidOptions) otherwise.
Language ResolveLanguage(std::string_view code);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_LANGUAGE_H_
