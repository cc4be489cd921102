// Tests for the analyzer: tokens, folding, stopwords and stems.
#include "text/analyzer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "summarize/error.hpp"
#include "text/language.h"
#include "thrown_code.h"
#include "util/data_file.h"
#include "util/embedded_data.h"

namespace summarize::internal {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

// What Analyze() reports, with the term ids spelled out.
struct Analyzed {
  std::vector<std::string> terms;
  std::size_t words = 0;
};

Analyzed AnalyzeSpan(Analyzer& analyzer, std::string_view text, Span span) {
  std::vector<TermId> ids;
  Analyzed result;
  result.words = analyzer.Analyze(text, span, ids);
  for (const TermId id : ids) {
    result.terms.emplace_back(analyzer.vocabulary().Term(id));
  }
  return result;
}

Analyzed AnalyzeAll(Analyzer& analyzer, std::string_view text) {
  return AnalyzeSpan(analyzer, text, Span{0, text.size()});
}

TEST(AnalyzerTest, KeepsWordsAndNumbersDropsPunctuation) {
  Analyzer analyzer(ResolveLanguage("en"), /*stem=*/false);
  const Analyzed s =
      AnalyzeAll(analyzer, "Hurricane Katrina, 2005: winds -- 280 mph!");
  EXPECT_THAT(s.terms, ElementsAre("hurricane", "katrina", "2005", "winds",
                                   "280", "mph"));
  EXPECT_EQ(s.words, 6u);
}

TEST(AnalyzerTest, DecimalNumbersStayWhole) {
  Analyzer analyzer(ResolveLanguage("en"), false);
  EXPECT_THAT(AnalyzeAll(analyzer, "Pi is 3.14159.").terms,
              ElementsAre("pi", "3.14159"));
}

TEST(AnalyzerTest, FullCaseFolding) {
  Analyzer analyzer(ResolveLanguage("de"), false);
  const Analyzed s = AnalyzeAll(analyzer, "STRASSE Straße strasse");
  EXPECT_THAT(s.terms, ElementsAre("strasse", "strasse", "strasse"));
  EXPECT_EQ(s.words, 3u);
}

TEST(AnalyzerTest, NfkcNormalisation) {
  Analyzer analyzer(ResolveLanguage("en"), false);
  // U+FB01 LATIN SMALL LIGATURE FI, fullwidth "ＡＢＣ".
  EXPECT_THAT(AnalyzeAll(analyzer,
                         "\xEF\xAC\x81nal \xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3")
                  .terms,
              ElementsAre("final", "abc"));
}

TEST(AnalyzerTest, Stemming) {
  Analyzer analyzer(ResolveLanguage("en"), /*stem=*/true);
  EXPECT_THAT(AnalyzeAll(analyzer, "Running hurricanes").terms,
              ElementsAre("run", "hurrican"));
}

TEST(AnalyzerTest, StemmingOffKeepsFoldedWords) {
  Analyzer analyzer(ResolveLanguage("en"), /*stem=*/false);
  EXPECT_THAT(AnalyzeAll(analyzer, "Running hurricanes").terms,
              ElementsAre("running", "hurricanes"));
}

TEST(AnalyzerTest, GermanStemmer) {
  Analyzer analyzer(ResolveLanguage("de"), true);
  const Analyzed s = AnalyzeAll(analyzer, "Häuser Haus");
  ASSERT_EQ(s.terms.size(), 2u);
  EXPECT_EQ(s.terms[0], s.terms[1]);
}

TEST(AnalyzerTest, StopwordsRemovedButCounted) {
  Analyzer analyzer(ResolveLanguage("en"), true);
  const Analyzed s =
      AnalyzeAll(analyzer, "The storm and the flood were over by then.");
  EXPECT_THAT(s.terms, ElementsAre("storm", "flood"));
  EXPECT_EQ(s.words, 9u);
}

TEST(AnalyzerTest, StopwordsMatchUnstemmedForm) {
  Analyzer analyzer(ResolveLanguage("en"), true);
  // "having" is a stopword; its stem "have" must not be needed in the list,
  // and "hurricanes" (stem "hurrican") is no stopword.
  EXPECT_THAT(AnalyzeAll(analyzer, "Having hurricanes").terms,
              ElementsAre("hurrican"));
}

TEST(AnalyzerTest, ContractionsWithEitherApostrophe) {
  Analyzer analyzer(ResolveLanguage("en"), true);
  const Analyzed s =
      AnalyzeAll(analyzer, "Don't panic, don\xE2\x80\x99t flee.");
  EXPECT_THAT(s.terms, ElementsAre("panic", "flee"));
  EXPECT_EQ(s.words, 4u);  // ICU keeps each contraction as one word
}

TEST(AnalyzerTest, PossessiveIsStripped) {
  for (const bool stem : {false, true}) {
    Analyzer analyzer(ResolveLanguage("en"), stem);
    const Analyzed s = AnalyzeAll(
        analyzer, "Gilbert's eye. Gilbert\xE2\x80\x99s track. Gilbert.");
    ASSERT_EQ(s.terms.size(), 5u) << stem;
    EXPECT_EQ(s.terms[0], "gilbert");
    EXPECT_EQ(s.terms[2], "gilbert");
    EXPECT_EQ(s.terms[4], "gilbert");
    EXPECT_EQ(s.words, 5u);
  }
}

TEST(AnalyzerTest, ChineseIdeographsWithoutStemmer) {
  const Language zh = ResolveLanguage("zh");
  ASSERT_EQ(zh.stemmer, nullptr);
  Analyzer analyzer(zh, /*stem=*/true);
  // "The typhoon made landfall in Guangdong on Tuesday."
  const std::string text =
      "\xE5\x8F\xB0\xE9\xA3\x8E\xE5\x91\xA8\xE4\xBA\x8C\xE5\x9C\xA8\xE5\xB9\xBF"
      "\xE4\xB8\x9C\xE7\x99\xBB\xE9\x99\x86\xE3\x80\x82";  // 台风周二在广东登陆。
  const Analyzed s = AnalyzeAll(analyzer, text);
  EXPECT_GE(s.terms.size(), 3u);
  EXPECT_EQ(s.words, s.terms.size() + 1);  // "在" ("in") is a stopword
  std::string joined;
  for (const std::string& term : s.terms) {
    EXPECT_FALSE(term.empty());
    joined += term;
  }
  // Every ideograph but the stopword is in some term, the final "。" in none.
  EXPECT_EQ(joined, "台风周二广东登陆");
}

TEST(AnalyzerTest, ChineseStopwordsMatchDictionaryWords) {
  Analyzer analyzer(ResolveLanguage("zh"), true);
  // ICU's dictionary gives "我们", "因为", "但是" as words and "的", "了",
  // "很" as single characters; all are in the list.
  const Analyzed s =
      AnalyzeAll(analyzer, "我们的公司因为市场变化了，但是经济很稳定。");
  EXPECT_THAT(s.terms, ElementsAre("公司", "市场", "变化", "经济", "稳定"));
  EXPECT_EQ(s.words, 11u);
}

TEST(AnalyzerTest, JapaneseKanaAreWords) {
  Analyzer analyzer(ResolveLanguage("ja"), true);
  // "カタカナ と ひらがな" (katakana, particle, hiragana).
  const Analyzed s = AnalyzeAll(
      analyzer,
      "\xE3\x82\xAB\xE3\x82\xBF\xE3\x82\xAB\xE3\x83\x8A\xE3\x81\xA8\xE3\x81\xB2"
      "\xE3\x82\x89\xE3\x81\x8C\xE3\x81\xAA");
  EXPECT_GE(s.terms.size(), 2u);
}

TEST(AnalyzerTest, DottedAcronymsAreOneUnstemmedTerm) {
  for (const bool stem : {false, true}) {
    Analyzer analyzer(ResolveLanguage("en"), stem);
    // ICU keeps "U.S." as the word "U.S"; stemming it would give "u.".
    const Analyzed s =
        AnalyzeAll(analyzer,
                   "U.S. and U.S envoys met U.K. staff at 9 a.m. "
                   "with a Ph.D. student.");
    EXPECT_EQ(std::count(s.terms.begin(), s.terms.end(), "u.s"), 2) << stem;
    EXPECT_THAT(s.terms, Contains("u.k")) << stem;
    EXPECT_THAT(s.terms, Contains("a.m")) << stem;
    EXPECT_THAT(s.terms, Contains("ph.d")) << stem;
    EXPECT_THAT(s.terms, Not(Contains("u."))) << stem;
    EXPECT_THAT(s.terms, Contains(stem ? "envoy" : "envoys")) << stem;
  }
}

TEST(AnalyzerTest, GermanStopwordsAfterFolding) {
  Analyzer analyzer(ResolveLanguage("de"), false);
  // "daß" folds to "dass", a stopword like "und", "der" and "die".
  EXPECT_THAT(
      AnalyzeAll(analyzer, "Der Hund und die Katze glauben, daß es regnet.")
          .terms,
      ElementsAre("hund", "katze", "glauben", "regnet"));
}

TEST(AnalyzerTest, TurkishCaseFolding) {
  Analyzer analyzer(ResolveLanguage("tr"), /*stem=*/false);
  // "İ" is the capital of "i", "I" that of "ı".
  EXPECT_THAT(AnalyzeAll(analyzer, "İSTANBUL istanbul IŞIK ışık").terms,
              ElementsAre("istanbul", "istanbul", "ışık", "ışık"));
  // Stopwords match in capitals too ("BİR", "İşte", "BU" are stopwords).
  EXPECT_THAT(AnalyzeAll(analyzer, "BİR kitap İşte BU masa").terms,
              ElementsAre("kitap", "masa"));
  // Azerbaijani folds the same way.
  Analyzer azerbaijani(ResolveLanguage("az"), false);
  EXPECT_THAT(AnalyzeAll(azerbaijani, "İLHAM Ilıq").terms,
              ElementsAre("ilham", "ılıq"));
}

TEST(AnalyzerTest, TurkishSuffixAfterApostropheIsDropped) {
  for (const bool stem : {false, true}) {
    Analyzer analyzer(ResolveLanguage("tr"), stem);
    const Analyzed s = AnalyzeAll(
        analyzer, "Türkiye'de Türkiye’nin Türkiye İstanbul'a İstanbul");
    ASSERT_EQ(s.terms.size(), 5u) << stem;
    EXPECT_EQ(s.terms[0], s.terms[2]) << stem;
    EXPECT_EQ(s.terms[1], s.terms[2]) << stem;
    EXPECT_EQ(s.terms[3], s.terms[4]) << stem;
    EXPECT_EQ(s.words, 5u);
  }
  Analyzer analyzer(ResolveLanguage("tr"), true);
  // The Turkish stemmer strips case endings of lowercase words.
  EXPECT_EQ(AnalyzeAll(analyzer, "kitaplarımızdan kitap").terms,
            (std::vector<std::string>{"kitap", "kitap"}));
}

TEST(AnalyzerTest, RussianYoIsYe) {
  for (const bool stem : {false, true}) {
    Analyzer analyzer(ResolveLanguage("ru"), stem);
    const Analyzed s =
        AnalyzeAll(analyzer, "Берёза береза БЕРЁЗА и всё мое моё");
    ASSERT_EQ(s.terms.size(), 3u) << stem;  // "и", "всё", "мое" are stopwords
    EXPECT_EQ(s.terms[0], s.terms[1]);
    EXPECT_EQ(s.terms[0], s.terms[2]);
    EXPECT_EQ(s.terms[0], stem ? "берез" : "береза");
    EXPECT_EQ(s.words, 7u);
  }
}

TEST(AnalyzerTest, PortugueseStopwordsAndStemmer) {
  Analyzer analyzer(ResolveLanguage("pt"), true);
  const Analyzed s =
      AnalyzeAll(analyzer, "O presidente e os presidentes não vieram.");
  ASSERT_EQ(s.terms.size(), 3u);  // "o", "e", "os", "não" are stopwords
  EXPECT_EQ(s.terms[0], s.terms[1]);
}

// Every stopword that the analyzer sees as one word is removed by it: the
// lists are normalised the way the analyzer folds words (NFKC, case folding,
// Turkic "I", Russian "ё"), so no entry is dead.
TEST(AnalyzerTest, ThaiWordsFromTheDictionaryWithoutStemmer) {
  const Language th = ResolveLanguage("th");
  ASSERT_EQ(th.stemmer, nullptr);
  Analyzer analyzer(th, /*stem=*/true);
  // "Students and teachers go to school": "และ" (and) is a stopword.
  const Analyzed s = AnalyzeAll(analyzer, "นักเรียนและครูไปโรงเรียน");
  EXPECT_THAT(s.terms, Not(Contains("และ")));
  EXPECT_THAT(s.terms, Contains("โรงเรียน"));
  EXPECT_GE(s.words, 4u);
  std::string joined;
  for (const std::string& term : s.terms) joined += term;
  EXPECT_EQ(joined, "นักเรียนครูโรงเรียน");  // "ไป" (go) is a stopword too
}

TEST(AnalyzerTest, KoreanWordsByIcuWordBreak) {
  const Language ko = ResolveLanguage("ko");
  ASSERT_EQ(ko.stemmer, nullptr);
  Analyzer analyzer(ko, /*stem=*/true);
  // "And the city built a new road.": "그리고" (and) is a stopword.
  const Analyzed s =
      AnalyzeAll(analyzer, "그리고 시는 새로운 도로를 만들었습니다.");
  EXPECT_EQ(s.words, 5u);
  EXPECT_THAT(s.terms, Not(Contains("그리고")));
  EXPECT_THAT(s.terms, Contains("도로를"));
}

TEST(AnalyzerTest, UndeterminedHasNoStopwordsAndNoStemmer) {
  Analyzer analyzer(ResolveLanguage("und"), /*stem=*/true);
  const Analyzed s = AnalyzeAll(analyzer, "The runners were running.");
  EXPECT_THAT(s.terms, ElementsAre("the", "runners", "were", "running"));
}

TEST(AnalyzerTest, EveryOneWordStopwordIsRemovedInEveryLanguage) {
  for (const char* code : {"ar", "ca", "da", "el", "es", "eu", "fi", "fr",
                           "ga", "he", "hi", "hu", "hy", "id", "it", "ja",
                           "ko", "lt", "nl", "no", "nb", "ro", "sv", "th"}) {
    Analyzer analyzer(ResolveLanguage(code), true);
    const std::string file = std::string(code) == "nb" ? "no" : code;
    const std::string data(EmbeddedData("stopwords/" + file + ".txt"));
    std::size_t entries = 0;
    std::size_t checked = 0;
    for (const std::string_view entry : DataLines(data)) {
      ++entries;
      const std::string word(entry);
      // Elisions ("δ'", "b'", "printr-") end in what ICU leaves out of the
      // word, as it does a final period (data/README.md).
      if (word.ends_with('.') || word.ends_with('\'') ||
          word.ends_with("\u2019") || word.ends_with('-')) {
        continue;
      }
      const Analyzed s = AnalyzeAll(analyzer, word);
      if (s.words != 1) continue;
      ++checked;
      EXPECT_THAT(s.terms, IsEmpty()) << code << ": " << word;
    }
    // Most entries are one ICU word (Korean has many of several words).
    EXPECT_GT(checked, entries * 3 / 4) << code;
  }
}

TEST(AnalyzerTest, EveryOneWordStopwordIsRemoved) {
  for (const char* code : {"en", "de", "tr", "ru", "pt", "zh"}) {
    Analyzer analyzer(ResolveLanguage(code), true);
    const std::string data(
        EmbeddedData(std::string("stopwords/") + code + ".txt"));
    std::size_t checked = 0;
    for (const std::string_view entry : DataLines(data)) {
      const std::string word(entry);
      // ICU never ends a word in a period, so entries such as "i.e." or
      // "co." cannot match (data/README.md); nor can punctuation or entries
      // of several ICU words.
      if (word.ends_with('.')) continue;
      const Analyzed s = AnalyzeAll(analyzer, word);
      if (s.words != 1) continue;
      ++checked;
      EXPECT_THAT(s.terms, IsEmpty()) << code << ": " << word;
    }
    EXPECT_GT(checked, 300u) << code;
  }
}

TEST(AnalyzerTest, OnlyTheSpanIsRead) {
  Analyzer analyzer(ResolveLanguage("en"), false);
  const std::string text = "Before words. Middle sentence here. After words.";
  const std::size_t begin = text.find("Middle");
  const std::size_t end = text.find("After") - 1;
  const Analyzed s = AnalyzeSpan(analyzer, text, Span{begin, end});
  EXPECT_THAT(s.terms, ElementsAre("middle", "sentence"));
  EXPECT_EQ(s.words, 3u);  // "here" is a stopword
  // A span that cuts a word sees only its part.
  const Analyzed cut =
      AnalyzeSpan(analyzer, text, Span{begin + 1, begin + 6});
  EXPECT_THAT(cut.terms, ElementsAre("iddle"));
}

TEST(AnalyzerTest, EmptyAndPunctuationOnly) {
  Analyzer analyzer(ResolveLanguage("en"), true);
  EXPECT_THAT(AnalyzeAll(analyzer, "").terms, IsEmpty());
  const Analyzed s = AnalyzeAll(analyzer, " ... -- !? \xE2\x80\x94 ");
  EXPECT_THAT(s.terms, IsEmpty());
  EXPECT_EQ(s.words, 0u);
  const std::string text = "abc";
  EXPECT_THAT(AnalyzeSpan(analyzer, text, Span{3, 3}).terms, IsEmpty());
}

TEST(AnalyzerTest, SpanOutsideTextThrows) {
  Analyzer analyzer(ResolveLanguage("en"), true);
  const std::string text = "abc";
  for (const Span span : {Span{0, 4}, Span{2, 1}, Span{4, 4}}) {
    EXPECT_EQ(testing::ThrownCode([&] { AnalyzeSpan(analyzer, text, span); }),
              ErrorCode::kInvalidSpans)
        << span.begin << ", " << span.end;
  }
}

TEST(AnalyzerTest, RepeatedCallsGiveSameTerms) {
  // The word cache must not change results.
  Analyzer analyzer(ResolveLanguage("en"), true);
  const std::string text = "Storms, storms and STORMS: stormy storming.";
  const Analyzed first = AnalyzeAll(analyzer, text);
  const Analyzed second = AnalyzeAll(analyzer, text);
  EXPECT_EQ(first.terms, second.terms);
  EXPECT_EQ(first.words, second.words);
  Analyzer fresh(ResolveLanguage("en"), true);
  EXPECT_EQ(AnalyzeAll(fresh, "STORMS").terms,
            std::vector<std::string>{first.terms[0]});
}

}  // namespace
}  // namespace summarize::internal
