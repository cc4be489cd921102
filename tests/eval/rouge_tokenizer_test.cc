// Tests for the ROUGE tokenizers (bench/eval/rouge_tokenizer.h).
#include "eval/rouge_tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace summarize::eval {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(IsEnglishForRougeTest, LanguageCodesStartingWithEnAndEmpty) {
  EXPECT_TRUE(IsEnglishForRouge("en"));
  EXPECT_TRUE(IsEnglishForRouge("EN-us"));
  EXPECT_TRUE(IsEnglishForRouge("english"));
  EXPECT_TRUE(IsEnglishForRouge(""));  // rouge.py: (lang or "en")
  EXPECT_FALSE(IsEnglishForRouge("e"));
  EXPECT_FALSE(IsEnglishForRouge("de"));
  EXPECT_FALSE(IsEnglishForRouge("zh"));
}

// rouge.py selftest: punctuation and case vanish, "U.S." gives "u", "s".
TEST(TokenizeRougeScoreTest, PunctuationSeparatesAndCaseIsLowered) {
  EXPECT_THAT(TokenizeRougeScore("The U.S.-led, 2 cats!", false),
              ElementsAre("the", "u", "s", "led", "2", "cats"));
  EXPECT_THAT(TokenizeRougeScore("  \n\t ", false), IsEmpty());
  EXPECT_THAT(TokenizeRougeScore("", true), IsEmpty());
}

// Only tokens longer than 3 characters are stemmed: "was" stays (Porter
// alone would give "wa"), "this" becomes "thi".
TEST(TokenizeRougeScoreTest, StemsOnlyTokensLongerThanThree) {
  EXPECT_THAT(TokenizeRougeScore("running dogs was this has", true),
              ElementsAre("run", "dog", "was", "thi", "has"));
  EXPECT_THAT(TokenizeRougeScore("running dogs was this has", false),
              ElementsAre("running", "dogs", "was", "this", "has"));
}

// Python's str.lower() maps "İ" to "i" + U+0307 (the mark then separates)
// and the Kelvin sign to "k"; other non-ASCII letters are separators.
TEST(TokenizeRougeScoreTest, NonAsciiIsLoweredLikePythonThenDropped) {
  EXPECT_THAT(TokenizeRougeScore("İstanbul café 5\u212A", false),
              ElementsAre("i", "stanbul", "caf", "5k"));
  // rouge.py selftest: Russian through this tokenizer leaves nothing.
  EXPECT_THAT(TokenizeRougeScore("Кошка сидит", true), IsEmpty());
}

TEST(TokenizeRougeScoreTest, IllFormedUtf8IsASeparator) {
  EXPECT_THAT(TokenizeRougeScore("ab\xFF\xFE"
                                 "cd",
                                 false),
              ElementsAre("ab", "cd"));
  EXPECT_THAT(TokenizeUnicode("ab\xC3"
                              "cd",
                              "de"),
              ElementsAre("ab", "cd"));
}

// rouge.py selftest: "İstanbul'da IŞIK" → istanbul da ışık in Turkish
// (dotted and dotless I first), no stray combining dot.
TEST(TokenizeUnicodeTest, TurkishDottedAndDotlessI) {
  EXPECT_THAT(TokenizeUnicode("İstanbul'da IŞIK", "tr"),
              ElementsAre("istanbul", "da", "ışık"));
  EXPECT_THAT(TokenizeUnicode("İstanbul'da IŞIK", "AZ"),
              ElementsAre("istanbul", "da", "ışık"));
  // Elsewhere the root lower-casing applies: "İ" → "i" + U+0307 (kept as a
  // mark of the word), "I" → "i".
  EXPECT_THAT(TokenizeUnicode("İstanbul'da IŞIK", "de"),
              ElementsAre("i\u0307stanbul", "da", "işik"));
}

// Han and kana are one token per character; Latin runs and numbers stay
// whole; "ー" (U+30FC, a modifier letter in the Katakana block) is a token.
TEST(TokenizeUnicodeTest, ContinuousScriptsGiveOneTokenPerCharacter) {
  EXPECT_THAT(
      TokenizeUnicode("我爱北京。我爱Python3和AI", "zh"),
      ElementsAre("我", "爱", "北", "京", "我", "爱", "python3", "和", "ai"));
  EXPECT_THAT(TokenizeUnicode("東京タワーは333m", "ja"),
              ElementsAre("東", "京", "タ", "ワ", "ー", "は", "333m"));
}

// Thai: each consonant is a token and its vowel marks (Mn) join it:
// ส | ว+ั | ส | ด+ี | ค | ร+ั | บ.
TEST(TokenizeUnicodeTest, ThaiMarksJoinTheirConsonant) {
  EXPECT_THAT(TokenizeUnicode("สวัสดีครับ", "th"),
              ElementsAre("ส", "วั", "ส", "ดี", "ค", "รั", "บ"));
}

// rouge.py selftest: Hindi vowel signs and the virama are marks (Mn/Mc) and
// stay inside their word: 2 tokens, each the whole word.
TEST(TokenizeUnicodeTest, HindiCombiningMarksStayInTheWord) {
  EXPECT_THAT(TokenizeUnicode("नमस्ते दुनिया", "hi"),
              ElementsAre("नमस्ते", "दुनिया"));
}

// A mark that starts a run joins the previous token, even across a space;
// with no previous token it is dropped.
TEST(TokenizeUnicodeTest, LeadingMarkJoinsPreviousToken) {
  EXPECT_THAT(TokenizeUnicode("ab \u0301c", "de"),
              ElementsAre("ab\u0301", "c"));
  EXPECT_THAT(TokenizeUnicode("\u0301abc", "de"), ElementsAre("abc"));
}

// NFKC unfolds the ligature and the full-width forms; Greek final sigma is
// lowered to "ς" as Python does; "ß" is lowered, not case-folded.
TEST(TokenizeUnicodeTest, NfkcAndPythonLowerCasing) {
  EXPECT_THAT(TokenizeUnicode("ﬁne ＡＢＣ１２ ΟΔΟΣ STRASSE Straße", "de"),
              ElementsAre("fine", "abc12", "οδος", "strasse", "straße"));
}

// rouge.py selftest: 4 Russian words, punctuation dropped.
TEST(TokenizeUnicodeTest, Russian) {
  EXPECT_THAT(TokenizeUnicode("Кошка сидит на ковре.", "ru"),
              ElementsAre("кошка", "сидит", "на", "ковре"));
}

TEST(TokenizeForRougeTest, AutoPicksTheTokenizerByLanguage) {
  const std::string text = "Кошка runs";
  EXPECT_THAT(TokenizeForRouge(text, "en", RougeTokenizer::kAuto, true),
              ElementsAre("run"));
  EXPECT_THAT(TokenizeForRouge(text, "ru", RougeTokenizer::kAuto, true),
              ElementsAre("кошка", "runs"));  // never stemmed
  EXPECT_THAT(TokenizeForRouge(text, "ru", RougeTokenizer::kRougeScore, true),
              ElementsAre("run"));
  EXPECT_THAT(TokenizeForRouge(text, "en", RougeTokenizer::kUnicode, true),
              ElementsAre("кошка", "runs"));
}

// Each thread has its own stemmer: many threads stemming at once get what
// one thread gets.
TEST(TokenizeForRougeTest, SameTokensFromManyThreads) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "The connected generalizations were relational and hopeful " +
            std::to_string(i) + " ";
  }
  const std::vector<std::string> expected =
      TokenizeForRouge(text, "en", RougeTokenizer::kAuto, true);
  ASSERT_EQ(expected.size(), 1600u);
  EXPECT_EQ(expected[1], "connect");
  constexpr int kThreads = 8;
  std::vector<std::vector<std::string>> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round) {
        results[t] = TokenizeForRouge(text, "en", RougeTokenizer::kAuto, true);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace summarize::eval
