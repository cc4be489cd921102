// Tests for page title and language.
#include "html/html_metadata.h"

#include <gtest/gtest.h>

#include <string>

namespace summarize::internal {
namespace {

HtmlMetadata Read(const std::string& html) {
  return ReadHtmlMetadata(ParseHtml(html));
}

TEST(ReadHtmlMetadata, OpenGraphTitleWins) {
  EXPECT_EQ(Read("<head><title>Tab title</title>"
                 "<meta property=\"og:title\" content=\" Shared  title \">"
                 "</head><body><h1>Headline</h1></body>")
                .title,
            "Shared title");
  EXPECT_EQ(
      Read("<meta name=og:title content='By name'><title>T</title>").title,
      "By name");
  EXPECT_EQ(Read("<meta property=OG:TITLE content='Any case'>").title,
            "Any case");
}

TEST(ReadHtmlMetadata, EmptyOpenGraphTitleFallsThrough) {
  EXPECT_EQ(
      Read("<meta property=og:title content='  '><title>Tab</title>").title,
      "Tab");
  EXPECT_EQ(Read("<meta property=og:title><title>Tab</title>").title, "Tab");
}

TEST(ReadHtmlMetadata, TitleElementThenFirstHeading) {
  EXPECT_EQ(Read("<title>\n  Tab &amp; title\n</title><h1>Head</h1>").title,
            "Tab & title");
  EXPECT_EQ(Read("<title></title><body><h2>Not this</h2><h1>First "
                 "<em>big</em> one</h1><h1>Second</h1>")
                .title,
            "First big one");
  EXPECT_EQ(Read("<p>No title anywhere.</p>").title, "");
}

TEST(ReadHtmlMetadata, SvgTitleIsNotThePageTitle) {
  EXPECT_EQ(Read("<body><svg><title>Icon</title></svg><h1>Real</h1>").title,
            "Real");
}

TEST(ReadHtmlMetadata, LanguageFromTheRootElement) {
  EXPECT_EQ(Read("<html lang=\" pt-BR \"><p>x").language, "pt-BR");
  EXPECT_EQ(Read("<html xml:lang=\"de\"><p>x").language, "de");
  EXPECT_EQ(Read("<html lang=\"\" xml:lang=\"fr\"><p>x").language, "fr");
  EXPECT_EQ(Read("<html><body lang=\"es\"><p>x").language, "");
  EXPECT_EQ(Read("<p>x").language, "");
}

TEST(ReadHtmlMetadata, LanguageFromContentLanguageThenOpenGraphLocale) {
  // Content-Language is a list: its first entry counts.
  EXPECT_EQ(Read("<head><meta http-equiv=\"Content-Language\" "
                 "content=\" de-AT , en\"><meta property=og:locale "
                 "content=fr_FR></head><p>x")
                .language,
            "de-AT");
  EXPECT_EQ(
      Read("<meta property=\"og:locale\" content=\"pt_BR\"><p>x").language,
      "pt_BR");
  EXPECT_EQ(Read("<meta name=OG:LOCALE content=es_ES><p>x").language, "es_ES");
  // Only the first of each kind; an empty one is as good as none.
  EXPECT_EQ(Read("<meta http-equiv=content-language content=''>"
                 "<meta property=og:locale content=it_IT><p>x")
                .language,
            "it_IT");
  // <html lang> beats both.
  EXPECT_EQ(Read("<html lang=nl><meta http-equiv=content-language "
                 "content=de><meta property=og:locale content=fr_FR><p>x")
                .language,
            "nl");
  // Other metas are no language, and do not hide the og:title.
  EXPECT_EQ(Read("<meta name=description content=en><p>x").language, "");
  const HtmlMetadata both = Read(
      "<meta property=og:locale content=en_GB>"
      "<meta property=og:title content='Shared'><title>Tab</title>");
  EXPECT_EQ(both.language, "en_GB");
  EXPECT_EQ(both.title, "Shared");
}

TEST(ReadHtmlMetadata, EmptyDocument) {
  EXPECT_EQ(ReadHtmlMetadata(HtmlDocument()).title, "");
  EXPECT_EQ(Read("").title, "");
}

}  // namespace
}  // namespace summarize::internal
