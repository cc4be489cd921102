// Tests for language resolution.
#include "text/language.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

// The code ResolveLanguage(code) throws; nullopt when it accepts `code`.
std::optional<ErrorCode> CodeOf(std::string_view code) {
  return testing::ThrownCode([&] { ResolveLanguage(code); });
}

TEST(LanguageTest, EnglishHasEnglishStemmer) {
  const Language en = ResolveLanguage("en");
  EXPECT_EQ(en.code, "en");
  EXPECT_EQ(en.icu_locale, "en@ss=standard");
  ASSERT_NE(en.stemmer, nullptr);
  EXPECT_STREQ(en.stemmer, "english");
}

TEST(LanguageTest, GermanHasGermanStemmer) {
  const Language de = ResolveLanguage("de");
  EXPECT_EQ(de.code, "de");
  ASSERT_NE(de.stemmer, nullptr);
  EXPECT_STREQ(de.stemmer, "german");
}

TEST(LanguageTest, CaseInsensitive) {
  EXPECT_EQ(ResolveLanguage("DE").code, "de");
  EXPECT_EQ(ResolveLanguage("En").code, "en");
  EXPECT_STREQ(ResolveLanguage("FR").stemmer, "french");
}

TEST(LanguageTest, GermanSkipsMisfiringSuppressions) {
  EXPECT_EQ(ResolveLanguage("de").icu_locale, "de");
  EXPECT_EQ(ResolveLanguage("pt").icu_locale, "pt@ss=standard");
}

TEST(LanguageTest, LanguagesWithoutStemmerAreAccepted) {
  for (const char* code : {"zh", "ja", "th", "ko"}) {
    const Language language = ResolveLanguage(code);
    EXPECT_EQ(language.code, code);
    EXPECT_EQ(language.icu_locale, std::string(code) + "@ss=standard");
    EXPECT_EQ(language.stemmer, nullptr) << code;
  }
}

TEST(LanguageTest, ThreeLetterCodesResolveToIcuCode) {
  EXPECT_EQ(ResolveLanguage("deu").code, "de");
  EXPECT_STREQ(ResolveLanguage("eng").stemmer, "english");
  EXPECT_EQ(ResolveLanguage("haw").code, "haw");  // no 2-letter code
}

TEST(LanguageTest, EveryStemmerLanguageHasItsStemmer) {
  const std::pair<const char*, const char*> expected[] = {
      {"ar", "arabic"},    {"hy", "armenian"},   {"eu", "basque"},
      {"ca", "catalan"},   {"da", "danish"},     {"nl", "dutch"},
      {"fi", "finnish"},   {"el", "greek"},      {"hi", "hindi"},
      {"hu", "hungarian"}, {"id", "indonesian"}, {"ga", "irish"},
      {"it", "italian"},   {"lt", "lithuanian"}, {"ne", "nepali"},
      {"nb", "norwegian"}, {"pt", "portuguese"}, {"ro", "romanian"},
      {"ru", "russian"},   {"sr", "serbian"},    {"es", "spanish"},
      {"sv", "swedish"},   {"ta", "tamil"},      {"tr", "turkish"},
      {"yi", "yiddish"}};
  for (const auto& [code, stemmer] : expected) {
    const Language language = ResolveLanguage(code);
    ASSERT_NE(language.stemmer, nullptr) << code;
    EXPECT_STREQ(language.stemmer, stemmer) << code;
  }
}

TEST(LanguageTest, UnknownCodesAreInvalidOptions) {
  for (const char* code :
       {"xx", "english", "", "e", "e1", "qqq", "auto", "en-", "en--US", "-en",
        "en US", "xx-US", "en.US", "\xC3\xA9n"}) {
    EXPECT_EQ(CodeOf(code), ErrorCode::kInvalidOptions) << "'" << code << "'";
  }
}

TEST(LanguageTest, Bcp47TagsResolveToTheirLanguage) {
  const std::pair<const char*, const char*> expected[] = {
      {"pt-BR", "pt"},      {"pt_BR", "pt"},      {"en-US", "en"},
      {"EN-gb", "en"},      {"zh-Hant", "zh"},    {"zh-Hant-TW", "zh"},
      {"zh-Hans-CN", "zh"}, {"sr-Latn", "sr"},    {"iw", "he"},
      {"he-IL", "he"},      {"nb-NO", "nb"},      {"no", "no"},
      {"tl", "fil"},        {"de-CH-1996", "de"}, {"en-US-u-ca-gregory", "en"},
      {"und", "und"},       {"UND", "und"},       {"und-Latn", "und"}};
  for (const auto& [tag, code] : expected) {
    EXPECT_EQ(CanonicalLanguageCode(tag), code) << tag;
    EXPECT_EQ(ResolveLanguage(tag).code, code) << tag;
  }
  EXPECT_STREQ(ResolveLanguage("pt-BR").stemmer, "portuguese");
  EXPECT_EQ(ResolveLanguage("pt-BR").icu_locale, "pt@ss=standard");
  EXPECT_EQ(CanonicalLanguageCode("xx"), "");
  EXPECT_EQ(CanonicalLanguageCode("auto"), "");
}

TEST(LanguageTest, UndeterminedUsesRootRulesWithoutStemmer) {
  const Language und = ResolveLanguage("und");
  EXPECT_EQ(und.code, "und");
  EXPECT_EQ(und.icu_locale, "root");
  EXPECT_EQ(und.stemmer, nullptr);
}

TEST(LanguageTest, FrenchSkipsMisfiringSuppressions) {
  EXPECT_EQ(ResolveLanguage("fr").icu_locale, "fr");
  EXPECT_EQ(ResolveLanguage("es").icu_locale, "es@ss=standard");
}

TEST(LanguageTest, AutoIsRecognisedInAnyCase) {
  EXPECT_TRUE(IsAutoLanguage("auto"));
  EXPECT_TRUE(IsAutoLanguage("AUTO"));
  EXPECT_TRUE(IsAutoLanguage("Auto"));
  EXPECT_FALSE(IsAutoLanguage("aut"));
  EXPECT_FALSE(IsAutoLanguage("autos"));
  EXPECT_FALSE(IsAutoLanguage("en"));
  EXPECT_FALSE(IsAutoLanguage(""));
}

TEST(LanguageTest, CachedLanguageIsStableAndShared) {
  const Language& first = CachedLanguage("de");
  EXPECT_EQ(&CachedLanguage("de"), &first);
  EXPECT_EQ(&CachedLanguage("DE"), &first);
  EXPECT_EQ(&CachedLanguage("de-AT"), &first);
  EXPECT_EQ(first.code, "de");
  EXPECT_EQ(CachedLanguage("und").icu_locale, "root");
  EXPECT_THROW(CachedLanguage("xx"), Error);
}

TEST(LanguageTest, CachedLanguageIsThreadSafe) {
  const char* codes[] = {"en", "de", "fr", "zh", "th", "und", "pt-BR", "ja"};
  std::vector<std::thread> threads;
  std::vector<const Language*> seen(64);
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back(
        [&, t] { seen[t] = &CachedLanguage(codes[t % std::size(codes)]); });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t t = 0; t < seen.size(); ++t) {
    EXPECT_EQ(seen[t], &CachedLanguage(codes[t % std::size(codes)]));
  }
}

TEST(LanguageTest, MessageNamesTheCode) {
  try {
    ResolveLanguage("xx");
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "unknown language code 'xx'");
  }
}

}  // namespace
}  // namespace summarize::internal
