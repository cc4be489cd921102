// Tests for language resolution.
#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

ErrorCode CodeOf(std::string_view code) {
  try {
    ResolveLanguage(code);
  } catch (const Error& e) {
    return e.code();
  }
  ADD_FAILURE() << "'" << code << "' was accepted";
  return ErrorCode::kInternal;
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
  EXPECT_EQ(ResolveLanguage("fr").icu_locale, "fr@ss=standard");
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
  for (const char* code : {"xx", "english", "", "e", "en-US", "e1", "qqq"}) {
    EXPECT_EQ(CodeOf(code), ErrorCode::kInvalidOptions) << "'" << code << "'";
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
