// HTML pages, legacy encodings and broken UTF-8 through the public API:
// what is read, what offsets refer to, and the errors.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <summarize/summarize.hpp>

#include "test_support.h"
#include "thrown_code.h"

namespace {

using summarize::Document;
using summarize::ErrorCode;
using summarize::InputFormat;
using summarize::Options;
using summarize::SentenceKind;
using summarize::Summarizer;
using summarize::Summary;

constexpr char kStory[] =
    "The harbour master said the new pier would open in May. Fishing boats "
    "will moor there first, and ferries later in the year. The old pier will "
    "be pulled down once the new one is in use.";

std::string Page(const std::string& name) {
  return summarize::testing::ReadFile(summarize::testing::SourceDir() /
                                      "tests/html/pages" / name);
}

// Every unit's text is the slice of the text its offsets refer to.
void ExpectSlices(const Summary& summary, const std::string& input) {
  const Document& document = summary.ranking.document;
  const std::string& text = document.converted ? document.text : input;
  for (const auto& unit : summary.ranking.sentences) {
    ASSERT_LE(unit.end, text.size());
    EXPECT_EQ(text.substr(unit.begin, unit.end - unit.begin), unit.text);
  }
}

TEST(HtmlInputTest, PageIsDetectedAndItsArticleSummarized) {
  const std::string html = Page("news_article.html");
  ASSERT_FALSE(html.empty());
  const Summary summary = Summarizer(Options{}).Summarize(html);
  const Document& document = summary.ranking.document;
  EXPECT_TRUE(document.html);
  EXPECT_TRUE(document.converted);
  EXPECT_EQ(document.encoding, "UTF-8");
  EXPECT_EQ(document.title,
            "Library in Port Elwyn starts lending drills, ladders and sewing "
            "machines");
  EXPECT_EQ(summary.sentences.size(), 3U);
  ExpectSlices(summary, html);
  for (const auto& unit : summary.ranking.sentences) {
    EXPECT_EQ(unit.text.find('<'), std::string::npos) << unit.text;
  }
}

// The chosen sentences' text comes from the converted text, which has moved
// into the ranking by then.
TEST(HtmlInputTest, ChosenSentencesWithoutRankingText) {
  const std::string html = Page("news_article.html");
  ASSERT_FALSE(html.empty());
  Options options;
  options.ranking_text = false;
  const Summary summary = Summarizer(options).Summarize(html);
  const Document& document = summary.ranking.document;
  ASSERT_TRUE(document.converted);
  ASSERT_EQ(summary.sentences.size(), 3U);
  for (const auto& sentence : summary.sentences) {
    ASSERT_LE(sentence.end, document.text.size());
    EXPECT_EQ(
        sentence.text,
        document.text.substr(sentence.begin, sentence.end - sentence.begin));
    EXPECT_FALSE(sentence.text.empty());
  }
  for (const auto& unit : summary.ranking.sentences) {
    EXPECT_TRUE(unit.text.empty()) << unit.text;
  }
}

TEST(HtmlInputTest, FormatChoices) {
  const std::string fragment = "<p>" + std::string(kStory) + "</p>";
  Options options;
  // kAuto: a fragment that does not start like a document is text.
  Summary summary = Summarizer(options).Summarize(fragment);
  EXPECT_FALSE(summary.ranking.document.html);
  EXPECT_FALSE(summary.ranking.document.converted);
  // kHtml reads it as HTML all the same.
  options.input_format = InputFormat::kHtml;
  summary = Summarizer(options).Summarize(fragment);
  EXPECT_TRUE(summary.ranking.document.html);
  EXPECT_EQ(summary.ranking.document.text, kStory);
  ExpectSlices(summary, fragment);
  // kText reads a whole page as text.
  options.input_format = InputFormat::kText;
  const std::string html = Page("blog_post.html");
  summary = Summarizer(options).Summarize(html);
  EXPECT_FALSE(summary.ranking.document.html);
  ExpectSlices(summary, html);
}

TEST(HtmlInputTest, CallersTitleWinsAndTheHeadlineIsNoCandidate) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Site | Pier news</title></head>"
      "<body><article><h1>New pier opens in May.</h1><p>" +
      std::string(kStory) + "</p></article></body></html>";
  const Summarizer summarizer{Options{}};
  EXPECT_EQ(summarizer.Summarize(html).ranking.document.title,
            "Site | Pier news");
  const Summary titled = summarizer.Summarize(html, "New pier opens in May");
  EXPECT_EQ(titled.ranking.document.title, "New pier opens in May");
  for (const auto& unit : titled.ranking.sentences) {
    if (unit.text == "New pier opens in May.") {
      EXPECT_NE(unit.kind, SentenceKind::kSentence);
    }
  }
}

TEST(EncodingTest, LegacyEncodingIsTranscoded) {
  // "Caf\xE9" in Latin-1, "’" as 0x92 in windows-1252.
  const std::string latin1 = "Le caf\xE9 ouvre \xE0 midi. Il ferme le soir.";
  Options options;
  options.language = "fr";
  options.encoding = "ISO-8859-1";
  const Summary summary = Summarizer(options).Summarize(latin1);
  const Document& document = summary.ranking.document;
  EXPECT_TRUE(document.converted);
  EXPECT_EQ(document.encoding, "ISO-8859-1");
  EXPECT_EQ(document.text,
            "Le caf\xC3\xA9 ouvre \xC3\xA0 midi. Il ferme le soir.");
  ExpectSlices(summary, latin1);
}

TEST(EncodingTest, Utf16ByteOrderMarkIsRead) {
  std::string utf16 = "\xFF\xFE";  // little-endian BOM
  for (const char c : std::string(kStory)) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const Summary summary = Summarizer(Options{}).Summarize(utf16);
  EXPECT_TRUE(summary.ranking.document.converted);
  EXPECT_EQ(summary.ranking.document.encoding, "UTF-16LE");
  EXPECT_EQ(summary.ranking.document.text, kStory);
  EXPECT_EQ(summary.sentences.size(), 3U);
}

TEST(EncodingTest, HtmlMetaCharsetIsHonoured) {
  const std::string html =
      "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head>"
      "<body><p>It\x92s the harbour master\x92s pier. It opens in May."
      "</p></body></html>";
  const Summary summary = Summarizer(Options{}).Summarize(html);
  EXPECT_EQ(summary.ranking.document.encoding, "windows-1252");
  EXPECT_EQ(summary.ranking.document.text,
            "It\xE2\x80\x99s the harbour master\xE2\x80\x99s pier. It opens "
            "in May.");
}

TEST(EncodingTest, InvalidUtf8IsAnErrorUnlessReplaced) {
  const std::string broken = "The pier opens in May \xC3. Boats moor first.";
  try {
    Summarizer(Options{}).Summarize(broken);
    FAIL() << "no error";
  } catch (const summarize::Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInvalidUtf8);
    EXPECT_EQ(error.byte_offset(), broken.find('\xC3'));
  }
  Options options;
  options.replace_invalid = true;
  const Summary summary = Summarizer(options).Summarize(broken);
  EXPECT_TRUE(summary.ranking.document.converted);
  EXPECT_EQ(summary.ranking.document.text,
            "The pier opens in May \xEF\xBF\xBD. Boats moor first.");
  ExpectSlices(summary, broken);
}

TEST(EncodingTest, UnknownEncodingIsAnInvalidOption) {
  Options options;
  options.encoding = "no-such-encoding";
  EXPECT_EQ(summarize::testing::ThrownCode([&] { Summarizer{options}; }),
            ErrorCode::kInvalidOptions);
  options.encoding = "KOI8-R";
  EXPECT_EQ(summarize::testing::ThrownCode([&] { Summarizer{options}; }),
            std::nullopt);
}

TEST(EncodingTest, PlainUtf8IsReadInPlace) {
  const Summary summary = Summarizer(Options{}).Summarize(kStory);
  EXPECT_FALSE(summary.ranking.document.converted);
  EXPECT_TRUE(summary.ranking.document.text.empty());
  EXPECT_EQ(summary.ranking.document.encoding, "UTF-8");
}

}  // namespace
