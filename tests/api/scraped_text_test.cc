// Scraped pages through the public API: only the article's sentences are
// candidates, whatever furniture surrounds them.
#include <gtest/gtest.h>

#include <string>
#include <summarize/summarize.hpp>
#include <vector>

#include "test_support.h"

namespace {

using summarize::Options;
using summarize::SentenceKind;
using summarize::Summarizer;
using summarize::Summary;

// `path` is relative to the source folder.
std::string Scraped(const std::string& path) {
  return summarize::testing::ReadFile(summarize::testing::SourceDir() / path);
}

// Lines [first, last] (1-based) of `text`: here, one body sentence each.
std::vector<std::string> Lines(const std::string& text, std::size_t first,
                               std::size_t last) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  for (std::size_t number = 1; begin < text.size(); ++number) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (number >= first && number <= last) {
      lines.push_back(text.substr(begin, end - begin));
    }
    begin = end + 1;
  }
  return lines;
}

std::vector<std::string> Candidates(const Summary& summary) {
  std::vector<std::string> texts;
  for (const auto& unit : summary.ranking.sentences) {
    if (unit.kind == SentenceKind::kSentence) texts.push_back(unit.text);
  }
  return texts;
}

struct Page {
  const char* file;
  std::size_t body_first;  // lines of the article body
  std::size_t body_last;
  const char* furniture;  // a punctuated furniture sentence on the page
};

class ScrapedPageTest : public ::testing::TestWithParam<Page> {};

TEST_P(ScrapedPageTest, OnlyTheArticleIsCandidate) {
  const Page& page = GetParam();
  const std::string text = Scraped(page.file);
  ASSERT_FALSE(text.empty()) << page.file;
  for (const auto& info : summarize::Algorithms()) {
    Options options;
    options.algorithm = info.algorithm;
    const Summary summary = Summarizer(options).Summarize(text);
    EXPECT_EQ(Candidates(summary),
              Lines(text, page.body_first, page.body_last))
        << info.name;
    EXPECT_EQ(summary.sentences.size(), 3U) << info.name;
    for (const auto& unit : summary.ranking.sentences) {
      if (unit.kind == SentenceKind::kBoilerplate) {
        EXPECT_EQ(unit.score, 0.0);
        EXPECT_EQ(unit.rank, 0U);
      }
    }
  }
}

TEST_P(ScrapedPageTest, KeepBoilerplateKeepsFurnitureSentences) {
  const Page& page = GetParam();
  const std::string text = Scraped(page.file);
  Options options;
  options.remove_boilerplate = false;
  const Summary summary = Summarizer(options).Summarize(text);
  std::size_t boilerplate = 0;
  bool furniture_is_candidate = false;
  for (const auto& unit : summary.ranking.sentences) {
    boilerplate += unit.kind == SentenceKind::kBoilerplate ? 1 : 0;
    furniture_is_candidate |= unit.kind == SentenceKind::kSentence &&
                              unit.text == page.furniture;
  }
  EXPECT_EQ(boilerplate, 0U);
  EXPECT_TRUE(furniture_is_candidate) << page.furniture;
}

INSTANTIATE_TEST_SUITE_P(
    Pages, ScrapedPageTest,
    ::testing::Values(
        Page{"examples/scraped_article.txt", 16, 23,
             "We use cookies to improve your experience."},
        Page{"tests/api/scraped/recipe_blog.txt", 12, 18,
             "This website uses cookies to give you the best experience."}),
    [](const auto& info) {
      std::string name = info.param.file;
      name = name.substr(name.rfind('/') + 1);
      return name.substr(0, name.find('.'));
    });

// The same article saved as a web page and scraped to text: the same
// summary, made of body sentences only.
TEST(BoilerplateApiTest, PageAndScrapedTextGiveTheSameSummary) {
  const std::string html = Scraped("examples/news_page.html");
  const std::string text = Scraped("examples/scraped_article.txt");
  const Summarizer summarizer{Options{}};
  const Summary from_html = summarizer.Summarize(html);
  const Summary from_text = summarizer.Summarize(text);
  EXPECT_TRUE(from_html.ranking.document.html);
  EXPECT_EQ(from_html.ranking.candidates, from_text.ranking.candidates);
  ASSERT_EQ(from_html.sentences.size(), from_text.sentences.size());
  for (std::size_t i = 0; i < from_html.sentences.size(); ++i) {
    // The page writes the apostrophe as &rsquo;, the text as "'": compare
    // the first words.
    EXPECT_EQ(from_html.sentences[i].text.substr(0, 40),
              from_text.sentences[i].text.substr(0, 40));
  }
}

TEST(BoilerplateApiTest, CallerSpansAreNeverFiltered) {
  const std::string text =
      "Home | News\nThe wall will be built this year, the council said on "
      "Tuesday after a long debate.\nCopyright 2026";
  const Summary summary = Summarizer(Options{}).SummarizeSpans(
      text, {{0, 11}, {12, text.rfind('\n')}, {text.rfind('\n') + 1,
                                                text.size()}});
  for (const auto& unit : summary.ranking.sentences) {
    EXPECT_EQ(unit.kind, SentenceKind::kSentence) << unit.text;
  }
}

}  // namespace
