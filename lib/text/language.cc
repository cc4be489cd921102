// Language resolution: ICU locale and libstemmer algorithm per code.
#include "text/language.h"

#include <libstemmer.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <set>
#include <string>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

// ISO 639 codes (as ICU canonicalises them) of the languages libstemmer 2.2
// has an algorithm for. "porter" (the original English stemmer) has no code
// of its own; Norwegian is Bokmål ("nb"; "no" is its macrolanguage code).
struct StemmerName {
  const char* code;
  const char* algorithm;
};
constexpr std::array kStemmers = std::to_array<StemmerName>({
    {"ar", "arabic"},    {"hy", "armenian"},   {"eu", "basque"},
    {"ca", "catalan"},   {"da", "danish"},     {"nl", "dutch"},
    {"en", "english"},   {"fi", "finnish"},    {"fr", "french"},
    {"de", "german"},    {"el", "greek"},      {"hi", "hindi"},
    {"hu", "hungarian"}, {"id", "indonesian"}, {"ga", "irish"},
    {"it", "italian"},   {"lt", "lithuanian"}, {"ne", "nepali"},
    {"nb", "norwegian"}, {"no", "norwegian"},  {"pt", "portuguese"},
    {"ro", "romanian"},  {"ru", "russian"},    {"sr", "serbian"},
    {"es", "spanish"},   {"sv", "swedish"},    {"ta", "tamil"},
    {"tr", "turkish"},   {"yi", "yiddish"},
});

// The libstemmer algorithm for `code`, or nullptr when the table has none or
// the installed libstemmer lacks it. The pointer comes from sb_stemmer_list(),
// a static array, so it is valid for the life of the program.
const char* FindStemmer(const std::string& code) {
  const auto entry =
      std::find_if(kStemmers.begin(), kStemmers.end(),
                   [&](const StemmerName& s) { return code == s.code; });
  if (entry == kStemmers.end()) return nullptr;
  for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) {
    if (std::strcmp(*name, entry->algorithm) == 0) return *name;
  }
  return nullptr;
}

// Language codes of every locale ICU has data for (about 200 on ICU 72).
// Built once, on first use; thread-safe (function-local static).
const std::set<std::string, std::less<>>& IcuLanguages() {
  static const std::set<std::string, std::less<>> kLanguages = [] {
    std::set<std::string, std::less<>> result;
    int32_t count = 0;
    const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
    for (int32_t i = 0; i < count; ++i) {
      result.emplace(locales[i].getLanguage());
    }
    return result;
  }();
  return kLanguages;
}

[[noreturn]] void ThrowUnknown(std::string_view code) {
  throw Error(ErrorCode::kInvalidOptions,
              "unknown language code '" + std::string(code) + "'");
}

// Languages whose CLDR sentence-break suppressions misfire in ICU 72: with
// "de@ss=standard", "Er kam. Dann ging er. Wir sahen es." is one sentence
// (measured). They get ICU's plain rules; the abbreviation merge pass after
// ICU still applies.
bool OverSuppresses(std::string_view language) { return language == "de"; }

}  // namespace

// Accepts 2- or 3-letter ASCII codes. ICU canonicalises them first, so
// ISO 639-2 codes with an ISO 639-1 equivalent ("deu") and deprecated codes
// ("iw") resolve to the code ICU's data uses ("de", "he"); Language::code is
// that canonical code.
Language ResolveLanguage(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) ThrowUnknown(code);
  std::string lower;
  for (const char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) ThrowUnknown(code);
    lower.push_back(static_cast<char>(c | 0x20));  // ASCII lowercase
  }
  const icu::Locale locale = icu::Locale::createCanonical(lower.c_str());
  if (locale.isBogus()) ThrowUnknown(code);
  std::string canonical = locale.getLanguage();
  if (!IcuLanguages().contains(canonical)) ThrowUnknown(code);

  Language language;
  language.icu_locale =
      OverSuppresses(canonical) ? canonical : canonical + "@ss=standard";
  language.stemmer = FindStemmer(canonical);
  language.code = std::move(canonical);
  return language;
}

}  // namespace summarize::internal
