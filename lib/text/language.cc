// Language resolution: ICU locale and libstemmer algorithm per code.
#include "text/language.h"

#include <libstemmer.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
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
// (measured). ICU matches a suppression as the end of any word, so French
// "aux." (auxiliaire) keeps "des travaux. Les gens" (every plural in -aux)
// from breaking. They get ICU's plain rules; the abbreviation merge pass
// after ICU still applies (data/abbreviations/de.txt, fr.txt).
bool OverSuppresses(std::string_view language) {
  return language == "de" || language == "fr";
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }

// The tag lowercased, when it is a language subtag of 2 or 3 ASCII letters
// followed by any number of ASCII letter-or-digit subtags after '-' or '_';
// "" otherwise.
std::string LowercaseTag(std::string_view tag) {
  const std::size_t first_end = tag.find_first_of("-_");
  const std::string_view language = tag.substr(0, first_end);
  if (language.size() < 2 || language.size() > 3 ||
      !std::all_of(language.begin(), language.end(), IsAsciiLetter)) {
    return {};
  }
  std::string lower;
  bool subtag_empty = false;
  for (const char c : tag) {
    if (c == '-' || c == '_') {
      if (subtag_empty) return {};
      subtag_empty = true;
      lower.push_back(c);
      continue;
    }
    if (!IsAsciiAlnum(c)) return {};
    subtag_empty = false;
    lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
  }
  if (subtag_empty) return {};  // "en-"
  return lower;
}

Language UndeterminedLanguage() {
  Language language;
  language.code = std::string(kUndeterminedLanguage);
  language.icu_locale = "root";
  return language;
}

}  // namespace

bool IsAutoLanguage(std::string_view code) {
  return code.size() == kAutoLanguage.size() &&
         std::equal(code.begin(), code.end(), kAutoLanguage.begin(),
                    [](char a, char b) { return (a | 0x20) == b; });
}

// ICU canonicalises first, so ISO 639-2 codes with an ISO 639-1 equivalent
// ("deu") and deprecated codes ("iw") resolve to the code ICU's data uses
// ("de", "he").
std::string CanonicalLanguageCode(std::string_view tag) {
  const std::string lower = LowercaseTag(tag);
  if (lower.empty()) return {};
  if (lower.substr(0, lower.find_first_of("-_")) == kUndeterminedLanguage) {
    return std::string(kUndeterminedLanguage);
  }
  const icu::Locale locale = icu::Locale::createCanonical(lower.c_str());
  if (locale.isBogus()) return {};
  std::string canonical = locale.getLanguage();
  if (!IcuLanguages().contains(canonical)) return {};
  return canonical;
}

Language ResolveLanguage(std::string_view code) {
  std::string canonical = CanonicalLanguageCode(code);
  if (canonical.empty()) ThrowUnknown(code);
  if (canonical == kUndeterminedLanguage) return UndeterminedLanguage();

  Language language;
  language.icu_locale =
      OverSuppresses(canonical) ? canonical : canonical + "@ss=standard";
  language.stemmer = FindStemmer(canonical);
  language.code = std::move(canonical);
  return language;
}

const Language& CachedLanguage(std::string_view code) {
  // Keyed by canonical code, so the map holds at most one entry per ICU
  // language. Entries are never removed: references stay valid.
  using Cache =
      std::map<std::string, std::unique_ptr<const Language>, std::less<>>;
  static std::shared_mutex mutex;
  static Cache cache;
  {
    // Fast path: `code` is already canonical (detection results are).
    const std::shared_lock lock(mutex);
    if (const auto found = cache.find(code); found != cache.end()) {
      return *found->second;
    }
  }
  Language resolved = ResolveLanguage(code);  // throws for unknown codes
  const std::unique_lock lock(mutex);
  auto& entry = cache[resolved.code];
  if (!entry) entry = std::make_unique<const Language>(std::move(resolved));
  return *entry;
}

}  // namespace summarize::internal
