// Tests for language detection: CLD2 on a bounded sample, codes mapped to
// ours, and the "und" fallback.
#include "text/language_detector.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "test_support.h"
#include "text/language.h"

namespace summarize::internal {
namespace {

TEST(DetectLanguage, FindsTheLanguageOfAParagraph) {
  const std::pair<const char*, std::string> cases[] = {
      {"en",
       "The council voted on Tuesday to build a new sea wall along the "
       "eastern shore of the town."},
      {"de",
       "Der Gemeinderat hat am Dienstag beschlossen, eine neue Mauer am "
       "östlichen Ufer der Stadt zu bauen."},
      {"fr",
       "Le conseil municipal a décidé mardi de construire une nouvelle "
       "digue le long de la côte est de la ville."},
      {"ru",
       "Городской совет во вторник решил построить новую дамбу вдоль "
       "восточного берега города."},
      {"zh", "市议会周二投票决定沿着城镇东岸修建一道新的海堤。"},
      {"ja",
       "市議会は火曜日、町の東岸に沿って新しい防波堤を建設することを決めた。"},
      {"th", "สภาเมืองลงมติเมื่อวันอังคารให้สร้างกำแพงกันคลื่นใหม่ริมชายฝั่งตะวันออก"},
      {"ko",
       "시의회는 화요일에 도시 동쪽 해안을 따라 새 방파제를 짓기로 결정했다."},
  };
  for (const auto& [code, text] : cases) {
    const DetectedLanguage detected = DetectLanguage(text);
    EXPECT_EQ(detected.code, code) << text;
    EXPECT_GE(detected.confidence, 0.9) << text;
    EXPECT_LE(detected.confidence, 1.0) << text;
  }
}

TEST(DetectLanguage, MapsCld2CodesToOurs) {
  // CLD2 says "iw" for Hebrew and "zh-Hant" for traditional Chinese.
  EXPECT_EQ(DetectLanguage("העירייה פתחה השבוע גן ציבורי חדש בשכונה הצפונית "
                           "של העיר, ובו מגרש משחקים ושבילי הליכה.")
                .code,
            "he");
  EXPECT_EQ(DetectLanguage("市議會週二投票決定沿著城鎮東岸修建一道新的海堤，"
                           "居民對這個計劃表示歡迎。")
                .code,
            "zh");
  // Every detected code resolves.
  EXPECT_NO_THROW(
      ResolveLanguage(DetectLanguage("שלום עולם, מה שלומך היום?").code));
}

TEST(DetectLanguage, EmptyOrLetterlessTextIsUndetermined) {
  for (const std::string_view text :
       {std::string_view(), std::string_view("   \n\t "),
        std::string_view("12345 67890 3.14 -- !!! ???"),
        std::string_view("\xF0\x9F\x98\x80 \xF0\x9F\x8E\x89")}) {
    const DetectedLanguage detected = DetectLanguage(text);
    EXPECT_EQ(detected.code, kUndeterminedLanguage) << text;
    EXPECT_EQ(detected.confidence, 0) << text;
  }
}

TEST(DetectLanguage, ShortOrMixedTextFallsBackWhenUnsure) {
  // A balanced mix of three languages: no language has 40% confidence.
  const DetectedLanguage mixed = DetectLanguage(
      "The weather is fine today. Das Wetter ist heute schön. "
      "Il fait beau aujourd'hui.");
  if (mixed.code != kUndeterminedLanguage) {
    EXPECT_GE(mixed.confidence, kMinDetectionConfidence);
  } else {
    EXPECT_LT(mixed.confidence, kMinDetectionConfidence);
  }
  // Whatever is detected is either sure enough or "und".
  for (const char* text : {"ok", "Hi", "Paris", "Mozart", "a b c d e f",
                           "xyzzy plugh", "Lorem ipsum dolor sit amet"}) {
    const DetectedLanguage detected = DetectLanguage(text);
    EXPECT_TRUE(detected.code == kUndeterminedLanguage ||
                detected.confidence >= kMinDetectionConfidence)
        << text;
    EXPECT_NO_THROW(ResolveLanguage(detected.code)) << text;
  }
}

std::string Article(const std::string& code) {
  return summarize::testing::ReadFile(summarize::testing::SourceDir() /
                                      "tests" / "text" / "articles" /
                                      (code + ".txt"));
}

TEST(DetectLanguage, ClearTextBeatsTheDeclaredLanguage) {
  // Site-wide defaults that are wrong for the article. CLD2's hint alone
  // would make the Portuguese article Spanish.
  const std::pair<const char*, const char*> cases[] = {
      {"de", "en"}, {"en", "de"}, {"pt", "es"}, {"ru", "sr"}, {"fr", "en-US"}};
  for (const auto& [code, declared] : cases) {
    const std::string text = Article(code);
    ASSERT_FALSE(text.empty()) << code;
    const DetectedLanguage detected = DetectLanguage(text, declared);
    EXPECT_EQ(detected.code, code) << declared;
    EXPECT_GE(detected.confidence, 0.9) << declared;
    EXPECT_EQ(detected.confidence, DetectLanguage(text).confidence);
  }
}

TEST(DetectLanguage, DeclaredLanguageDecidesUnclearText) {
  // Three languages in equal parts: "und" alone, the declared one with it.
  const std::string mixed =
      "The weather is fine today. Das Wetter ist heute schön. "
      "Il fait beau aujourd'hui.";
  const DetectedLanguage alone = DetectLanguage(mixed);
  ASSERT_EQ(alone.code, kUndeterminedLanguage);
  const DetectedLanguage declared = DetectLanguage(mixed, "de");
  EXPECT_EQ(declared.code, "de");
  EXPECT_EQ(declared.confidence, alone.confidence);
  EXPECT_EQ(DetectLanguage(mixed, "fr-CA").code, "fr");
  EXPECT_EQ(DetectLanguage(mixed, "en_GB").code, "en");
}

TEST(DetectLanguage, DeclaredLanguageIsTheFallback) {
  // Too short or no letters: the declared language, with the detection's
  // (low) confidence.
  for (const auto& [text, declared, code] :
       {std::tuple<const char*, const char*, const char*>{"Guten Tag", "de_DE",
                                                          "de"},
        {"12345 678", "pt-BR", "pt"},
        {"OK 123", "he", "he"},
        {"OK 123", "iw", "he"},
        {"Paris", "FR", "fr"}}) {
    const DetectedLanguage detected = DetectLanguage(text, declared);
    EXPECT_EQ(detected.code, code) << text << " " << declared;
    EXPECT_LT(detected.confidence, kMinDetectionConfidence) << text;
    EXPECT_NO_THROW(ResolveLanguage(detected.code));
  }
  // Nothing usable declared: "und" as without.
  for (const char* declared : {"", "und", "xx-bogus", "123", "auto"}) {
    EXPECT_EQ(DetectLanguage("12345 678", declared).code, kUndeterminedLanguage)
        << declared;
  }
}

TEST(DetectLanguage, ControlCharactersAreHarmless) {
  const DetectedLanguage detected = DetectLanguage(
      "Der Hund \x01 läuft \x7F schnell \xC2\x85 über die \x0C Straße, weil "
      "es regnet und kalt ist.");
  EXPECT_EQ(detected.code, "de");
}

TEST(DetectionSample, ShortTextIsWhole) {
  const std::string text = "Short text.";
  EXPECT_EQ(DetectionSample(text), text);
  EXPECT_EQ(DetectionSample(""), "");
}

TEST(DetectionSample, IsCutAtACharacterBoundary) {
  // "ä" is two bytes; put one across the limit.
  std::string text(kDetectionSampleBytes - 1, 'a');
  text += "\xC3\xA4";
  text += "tail";
  const std::string_view sample = DetectionSample(text);
  EXPECT_EQ(sample.size(), kDetectionSampleBytes - 1);
  // A 4-byte character ending exactly at the limit is kept whole.
  std::string exact(kDetectionSampleBytes - 4, 'a');
  exact += "\xF0\x9F\x98\x80";
  exact += "tail";
  EXPECT_EQ(DetectionSample(exact).size(), kDetectionSampleBytes);
  // A 3-byte character split 1 + 2 is dropped.
  std::string split(kDetectionSampleBytes - 1, 'a');
  split += "\xE4\xBD\xA0";
  EXPECT_EQ(DetectionSample(split).size(), kDetectionSampleBytes - 1);
}

TEST(DetectLanguage, ReadsOnlyTheSample) {
  // 64 KiB of German, then Russian: the Russian is never seen.
  const std::string german =
      "Der Gemeinderat hat am Dienstag beschlossen, eine neue Mauer am "
      "östlichen Ufer der Stadt zu bauen. ";
  std::string text;
  while (text.size() < kDetectionSampleBytes) text += german;
  const std::string russian =
      "Городской совет во вторник решил построить новую дамбу вдоль "
      "восточного берега города. ";
  for (int i = 0; i < 2000; ++i) text += russian;
  ASSERT_GT(text.size(), 3 * kDetectionSampleBytes);
  const DetectedLanguage detected = DetectLanguage(text);
  EXPECT_EQ(detected.code, "de");
  EXPECT_GE(detected.confidence, 0.9);
}

TEST(DetectLanguage, IsDeterministic) {
  const std::string text =
      "Le conseil municipal a décidé mardi de construire une nouvelle digue.";
  const DetectedLanguage first = DetectLanguage(text);
  for (int i = 0; i < 10; ++i) {
    const DetectedLanguage again = DetectLanguage(text);
    EXPECT_EQ(again.code, first.code);
    EXPECT_EQ(again.confidence, first.confidence);
  }
}

}  // namespace
}  // namespace summarize::internal
