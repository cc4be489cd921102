// Every language end to end: a short article written for this suite in each
// language (tests/text/articles/<code>.txt) is summarized with the default
// options, which detect its language. Checked: the detected language, the
// number of sentences, that each sentence is whole (ends with its script's
// terminal mark), and that the offsets slice the input exactly.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "summarize/summarize.hpp"
#include "test_support.h"

namespace {

using summarize::testing::ReadFile;
using summarize::testing::SourceDir;

struct Article {
  std::string code;  // file name and the language detection must find
  std::size_t sentences = 0;
  // Marks a sentence may end with; empty: Thai, whose sentences end with a
  // Thai character before a space.
  std::vector<std::string> terminals;
};

const std::vector<std::string> kLatin = {".", "?", "!"};

std::vector<Article> Articles() {
  return {
      {"en", 7, kLatin},
      {"de", 7, kLatin},
      {"fr", 7, kLatin},
      {"es", 7, kLatin},
      {"pt", 6, kLatin},
      {"it", 6, kLatin},
      {"nl", 6, kLatin},
      {"ru", 6, kLatin},
      {"tr", 6, kLatin},
      {"el", 6, {".", ";", "\u037e"}},
      {"ar", 6, {".", "\u061f"}},
      {"he", 6, kLatin},
      {"hi", 6, {"\u0964", "?"}},
      {"zh", 7, {"\u3002", "\uff1f", "\uff01"}},
      {"ja", 6, {"\u3002", "\uff1f", "\uff01"}},
      {"th", 8, {}},
      {"ko", 6, kLatin},
      {"hy", 5, {"\u0589"}},
      {"ta", 5, kLatin},
  };
}

std::string ArticleText(const std::string& code) {
  return ReadFile(SourceDir() / "tests" / "text" / "articles" /
                  (code + ".txt"));
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// True when the UTF-8 `text` ends with a character of the Thai block
// (U+0E00-U+0E7F: E0 B8 80 to E0 B9 BF).
bool EndsWithThai(std::string_view text) {
  if (text.size() < 3) return false;
  const auto lead = static_cast<unsigned char>(text[text.size() - 3]);
  const auto second = static_cast<unsigned char>(text[text.size() - 2]);
  return lead == 0xE0 && (second == 0xB8 || second == 0xB9);
}

bool EndsWithAny(std::string_view text, const std::vector<std::string>& marks) {
  for (const std::string& mark : marks) {
    if (text.size() >= mark.size() &&
        text.substr(text.size() - mark.size()) == mark) {
      return true;
    }
  }
  return false;
}

class LanguagesTest : public ::testing::TestWithParam<Article> {};

TEST_P(LanguagesTest, DetectedAndSplitIntoWholeSentences) {
  const Article& article = GetParam();
  const std::string text = ArticleText(article.code);
  ASSERT_FALSE(text.empty()) << "missing article " << article.code;

  summarize::Options options;          // language "auto"
  options.remove_boilerplate = false;  // every unit is a sentence here
  const summarize::Summarizer summarizer(options);
  const summarize::Ranking ranking = summarizer.Rank(text);

  EXPECT_EQ(ranking.document.language, article.code);
  EXPECT_GE(ranking.document.language_confidence, 0.9);
  EXPECT_LE(ranking.document.language_confidence, 1.0);
  EXPECT_FALSE(ranking.document.converted);

  ASSERT_EQ(ranking.sentences.size(), article.sentences);
  EXPECT_EQ(ranking.candidates, article.sentences);
  std::size_t previous_end = 0;
  for (const summarize::Sentence& sentence : ranking.sentences) {
    EXPECT_EQ(sentence.kind, summarize::SentenceKind::kSentence)
        << sentence.text;
    // Offsets slice the input exactly, with only white space between.
    ASSERT_LE(previous_end, sentence.begin);
    ASSERT_LT(sentence.begin, sentence.end);
    ASSERT_LE(sentence.end, text.size());
    EXPECT_EQ(sentence.text,
              text.substr(sentence.begin, sentence.end - sentence.begin));
    for (std::size_t i = previous_end; i < sentence.begin; ++i) {
      EXPECT_TRUE(IsSpace(text[i])) << "text lost before " << sentence.text;
    }
    previous_end = sentence.end;
    // Whole sentences.
    if (article.terminals.empty()) {
      EXPECT_TRUE(EndsWithThai(sentence.text)) << sentence.text;
      EXPECT_TRUE(sentence.end == text.size() || IsSpace(text[sentence.end]))
          << sentence.text;
    } else {
      EXPECT_TRUE(EndsWithAny(sentence.text, article.terminals))
          << sentence.text;
    }
    EXPECT_GT(sentence.words, 0u) << sentence.text;
    EXPECT_GT(sentence.score, 0) << sentence.text;
  }
  for (std::size_t i = previous_end; i < text.size(); ++i) {
    EXPECT_TRUE(IsSpace(text[i])) << "text lost at the end";
  }
}

TEST_P(LanguagesTest, ExplicitLanguageSplitsTheSameWay) {
  const Article& article = GetParam();
  const std::string text = ArticleText(article.code);
  summarize::Options automatic;
  automatic.remove_boilerplate = false;
  summarize::Options explicit_language = automatic;
  explicit_language.language = article.code;
  const summarize::Ranking detected =
      summarize::Summarizer(automatic).Rank(text);
  const summarize::Ranking given =
      summarize::Summarizer(explicit_language).Rank(text);
  EXPECT_EQ(given.document.language, article.code);
  EXPECT_EQ(given.document.language_confidence, 1.0);
  ASSERT_EQ(given.sentences.size(), detected.sentences.size());
  for (std::size_t i = 0; i < given.sentences.size(); ++i) {
    EXPECT_EQ(given.sentences[i].begin, detected.sentences[i].begin);
    EXPECT_EQ(given.sentences[i].end, detected.sentences[i].end);
    EXPECT_EQ(given.sentences[i].score, detected.sentences[i].score);
  }
}

TEST_P(LanguagesTest, SummaryIsMadeOfWholeSentences) {
  const Article& article = GetParam();
  const std::string text = ArticleText(article.code);
  summarize::Options options;
  options.length = summarize::Length::Sentences(2);
  const summarize::Summary summary = summarize::Summarize(text, options);
  ASSERT_EQ(summary.sentences.size(), 2u);
  EXPECT_EQ(summary.ranking.document.language, article.code);
  for (const summarize::Sentence& sentence : summary.sentences) {
    EXPECT_EQ(sentence.text,
              text.substr(sentence.begin, sentence.end - sentence.begin));
    EXPECT_EQ(summary.ranking.sentences[sentence.index].begin, sentence.begin);
  }
}

INSTANTIATE_TEST_SUITE_P(Articles, LanguagesTest,
                         ::testing::ValuesIn(Articles()),
                         [](const ::testing::TestParamInfo<Article>& info) {
                           return info.param.code;
                         });

// An HTML page around `paragraphs` (one <p> each), with `head` inside
// <head> and `html_attributes` on <html>.
std::string Page(const std::string& html_attributes, const std::string& head,
                 const std::vector<std::string>& paragraphs) {
  std::string page = "<!DOCTYPE html><html" + html_attributes +
                     "><head><meta charset=\"utf-8\">" + head +
                     "</head><body><article>";
  for (const std::string& paragraph : paragraphs) {
    page += "<p>" + paragraph + "</p>";
  }
  return page + "</article></body></html>";
}

// The article's paragraphs (blank-line separated).
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find("\n\n", begin);
    if (end == std::string::npos) end = text.size();
    std::string paragraph = text.substr(begin, end - begin);
    while (!paragraph.empty() && IsSpace(paragraph.back())) {
      paragraph.pop_back();
    }
    if (!paragraph.empty()) paragraphs.push_back(paragraph);
    begin = end + 2;
  }
  return paragraphs;
}

summarize::Document PageDocument(const std::string& page,
                                 const std::string& language = "auto") {
  summarize::Options options;
  options.language = language;
  summarize::Ranking ranking = summarize::Summarizer(options).Rank(page);
  EXPECT_TRUE(ranking.document.html);
  return std::move(ranking.document);
}

// Text no language can be told from: names and scores.
const std::vector<std::string> kScores = {"Porto 3, Benfica 1.",
                                          "Braga 0, Sporting 2."};

TEST(Languages, PageLangDoesNotOverruleTheText) {
  // A German article on a site whose pages all say lang="en".
  const summarize::Document document =
      PageDocument(Page(" lang=\"en\"", "<title>Bibliothek</title>",
                        Paragraphs(ArticleText("de"))));
  EXPECT_EQ(document.language, "de");
  EXPECT_GE(document.language_confidence, 0.9);
  // Nor a close language: Portuguese declared Spanish.
  EXPECT_EQ(
      PageDocument(Page(" lang=\"es\"", "", Paragraphs(ArticleText("pt"))))
          .language,
      "pt");
}

TEST(Languages, PageLangIsUsedWhenTheTextSaysNothing) {
  ASSERT_EQ(PageDocument(Page("", "", kScores)).language, "und");
  const summarize::Document document =
      PageDocument(Page(" lang=\"pt-BR\"", "", kScores));
  EXPECT_EQ(document.language, "pt");
  EXPECT_LT(document.language_confidence, 0.4);
  // Content-Language (first of its list), then og:locale, when there is no
  // lang attribute; <html lang> first.
  EXPECT_EQ(PageDocument(Page("",
                              "<meta http-equiv=\"Content-Language\" "
                              "content=\"pt, en\">",
                              kScores))
                .language,
            "pt");
  EXPECT_EQ(PageDocument(Page("",
                              "<meta property=\"og:locale\" "
                              "content=\"pt_PT\">",
                              kScores))
                .language,
            "pt");
  EXPECT_EQ(PageDocument(Page(" lang=\"es\"",
                              "<meta property=\"og:locale\" "
                              "content=\"pt_PT\">",
                              kScores))
                .language,
            "es");
  // A declaration ICU cannot read is none.
  EXPECT_EQ(PageDocument(Page(" lang=\"x-klingon\"", "", kScores)).language,
            "und");
}

TEST(Languages, PageLangDecidesMixedText) {
  const std::vector<std::string> mixed = {"The weather is fine today.",
                                          "Das Wetter ist heute schön.",
                                          "Il fait beau aujourd'hui."};
  ASSERT_EQ(PageDocument(Page("", "", mixed)).language, "und");
  EXPECT_EQ(PageDocument(Page(" lang=\"de-AT\"", "", mixed)).language, "de");
}

TEST(Languages, ExplicitLanguageBeatsPageLang) {
  const summarize::Document document =
      PageDocument(Page(" lang=\"pt-BR\"", "", kScores), "fr");
  EXPECT_EQ(document.language, "fr");
  EXPECT_EQ(document.language_confidence, 1.0);
}

TEST(Languages, PageLangIsNotUsedForPlainText) {
  // The same markup as plain text is no page: nothing is declared.
  summarize::Options options;
  options.input_format = summarize::InputFormat::kText;
  const summarize::Ranking ranking = summarize::Summarizer(options).Rank(
      "<html lang=\"pt\"> Porto 3, Benfica 1.");
  EXPECT_EQ(ranking.document.language, "und");
}

TEST(Languages, UnknownTextFallsBackToRootRules) {
  // Numbers and symbols only: no language; segmented by ICU's root rules.
  const std::string text = "12 + 30 = 42. 7 * 6 = 42! 84 / 2 = 42?";
  const summarize::Ranking ranking = summarize::Summarizer({}).Rank(text);
  EXPECT_EQ(ranking.document.language, "und");
  EXPECT_LT(ranking.document.language_confidence, 0.4);
  EXPECT_EQ(ranking.sentences.size(), 3u);
}

TEST(Languages, DetectionRunsPerDocument) {
  const summarize::Summarizer summarizer({});
  for (const char* code : {"de", "zh", "ar", "de", "th", "ru", "ja"}) {
    const summarize::Ranking ranking = summarizer.Rank(ArticleText(code));
    EXPECT_EQ(ranking.document.language, code);
  }
}

TEST(Languages, SpansAreAnalysedInTheDetectedLanguage) {
  const std::string text = ArticleText("ru");
  const summarize::Summarizer summarizer({});
  const summarize::Ranking ranking = summarizer.Rank(text);
  std::vector<summarize::Span> spans;
  for (const summarize::Sentence& sentence : ranking.sentences) {
    spans.push_back({sentence.begin, sentence.end});
  }
  const summarize::Summary summary = summarizer.SummarizeSpans(text, spans);
  EXPECT_EQ(summary.ranking.document.language, "ru");
  EXPECT_GE(summary.ranking.document.language_confidence, 0.9);
}

TEST(Languages, Bcp47TagsAreAccepted) {
  summarize::Options options;
  options.language = "pt-BR";
  const summarize::Ranking ranking =
      summarize::Summarizer(options).Rank(ArticleText("pt"));
  EXPECT_EQ(ranking.document.language, "pt");
  EXPECT_EQ(ranking.document.language_confidence, 1.0);
}

}  // namespace
