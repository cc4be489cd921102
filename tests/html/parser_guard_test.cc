// Tests for the guard in front of the HTML parser.
#include "html/parser_guard.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "html/html_document.h"
#include "test_support.h"

namespace summarize::internal {
namespace {

std::string Repeat(const std::string& piece, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += piece;
  return text;
}

std::size_t CountOf(const std::string& text, const std::string& piece) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(piece); pos != std::string::npos;
       pos = text.find(piece, pos + 1)) {
    ++count;
  }
  return count;
}

// The depth of the deepest node gumbo builds for `html`, after the guard.
std::size_t ParsedDepth(const std::string& html, std::size_t max_depth) {
  HtmlLimits limits;
  limits.max_nesting_depth = max_depth;
  const HtmlDocument document = ParseHtml(html, limits);
  std::size_t depth = 0;
  for (const HtmlNode& node : document.nodes) {
    depth = std::max(depth, node.depth);
  }
  return depth;
}

TEST(GuardParserInput, OrdinaryPagesAreLeftAlone) {
  for (const char* name :
       {"news_article.html", "news_divs.html", "blog_post.html", "div_br.html",
        "layout_table.html"}) {
    const std::string html = summarize::testing::ReadFile(
        summarize::testing::SourceDir() / "tests/html/pages" / name);
    ASSERT_FALSE(html.empty());
    EXPECT_EQ(GuardParserInput(html, 64), std::nullopt) << name;
  }
  EXPECT_EQ(GuardParserInput("", 1), std::nullopt);
  EXPECT_EQ(GuardParserInput("no tags at all", 1), std::nullopt);
}

TEST(GuardParserInput, DropsTagsPastTheLimitAndKeepsTheText) {
  EXPECT_EQ(GuardParserInput("<div><div><div>x</div></div></div>", 2),
            "<div><div> x </div></div>");
  EXPECT_EQ(GuardParserInput("<section a=1><div>x</div>y</section>", 1),
            "<section a=1> x y</section>");
}

TEST(GuardParserInput, RemovesSvgAndMathMl) {
  EXPECT_EQ(GuardParserInput("<p>a<svg viewBox='0 0 1 1'><g><text>label</text>"
                             "</g></svg>b</p>",
                             100),
            "<p>a b</p>");
  EXPECT_EQ(GuardParserInput("x<MATH><mi>x</mi><math>y</math></MATH>z", 100),
            "x z");
  EXPECT_EQ(GuardParserInput("x<svg/>y", 100), "x y");
  // Foreign content ends where the parser ends it: at a breakout tag...
  EXPECT_EQ(GuardParserInput("<svg><circle r=1><p>kept</p>", 100),
            " <p>kept</p>");
  // ... or at the end of the input.
  EXPECT_EQ(GuardParserInput("a<svg><g>", 100), "a ");
  // Not inside comments, raw text or attribute values.
  EXPECT_EQ(GuardParserInput("<!-- <svg> --><script>'<svg>'</script>"
                             "<div title='<svg>'>x</div>",
                             100),
            std::nullopt);
  // "--!>" ends a comment too.
  EXPECT_EQ(GuardParserInput("<!-- c --!><svg></svg>", 100), "<!-- c --!> ");
}

TEST(GuardParserInput, HundredThousandDivs) {
  const std::string html = "<html><body>" + Repeat("<div>", 100'000) + "deep" +
                           Repeat("</div>", 100'000) +
                           "<p>after</p></body></html>";
  const std::optional<std::string> limited = GuardParserInput(html, 512);
  ASSERT_TRUE(limited.has_value());
  EXPECT_EQ(CountOf(*limited, "<div>"), 512u);
  EXPECT_EQ(CountOf(*limited, "</div>"), 512u);
  EXPECT_NE(limited->find("deep"), std::string::npos);
  EXPECT_NE(limited->find("<p>after</p>"), std::string::npos);
  EXPECT_LE(ParsedDepth(html, 512), 512u + 3);
}

TEST(GuardParserInput, ElementsThatCannotPileUpAreNotCounted) {
  // Void elements, implicitly closed elements, headings that close each
  // other and links that close each other.
  for (const std::string& piece :
       {std::string("<br>"), std::string("<img src=x>"), std::string("<p>x"),
        std::string("<li>x"), std::string("<tr><td>x"), std::string("<h2>x"),
        std::string("<a href=x>x"), std::string("<option>x")}) {
    EXPECT_EQ(GuardParserInput("<ul><table><select>" + Repeat(piece, 2000), 8),
              std::nullopt)
        << piece;
  }
}

TEST(GuardParserInput, ClosedElementsDoNotAccumulate) {
  EXPECT_EQ(GuardParserInput(Repeat("<div><span>x</span></div>", 5000), 4),
            std::nullopt);
  EXPECT_EQ(GuardParserInput(Repeat("<b>x</b><i>y</i>", 5000), 2),
            std::nullopt);
}

TEST(GuardParserInput, TagsInsideRawTextCommentsAndQuotesAreNotTags) {
  const std::string html =
      "<script>if (a<b) { s = '<div><div><div><div>'; }</script>"
      "<style>div > div > div { }</style>"
      "<textarea><div><div><div></textarea><title><div><div></title>"
      "<!-- <div><div><div><div> -->"
      "<div title=\"<div><div><div>\" data-x='>'>text</div>";
  EXPECT_EQ(GuardParserInput(html, 1), std::nullopt);
}

TEST(GuardParserInput, EndTagClosesTheInnermostMatch) {
  // </div> closes the div and with it the unclosed span inside it.
  EXPECT_EQ(GuardParserInput(Repeat("<div><span>x</div>", 3000), 3),
            std::nullopt);
}

TEST(GuardParserInput, FormattingElementsReopenedByTheParserStayBounded) {
  // Each <b> is closed by </div> but stays in the parser's list of active
  // formatting elements and is reopened before the next text.
  const std::string html = Repeat("<div><b id=x></div>t", 20'000);
  EXPECT_LE(ParsedDepth(html, 64), 64u + 3);
}

TEST(GuardParserInput, OtherDeepShapesStayBounded) {
  for (const std::string& opener :
       {std::string("<span>"), std::string("<b>"),
        std::string("<table><tr><td>"), std::string("<ul><li>"),
        std::string("<blockquote><p>"), std::string("<svg><g>"),
        std::string("<FONT COLOR=red>"), std::string("<h1><div>")}) {
    const std::string html = Repeat(opener, 20'000) + "end";
    EXPECT_LE(ParsedDepth(html, 100), 100u + 6) << "opener " << opener;
  }
}

// Random tag soup from tags that the parser closes, reopens, moves or nests
// in special ways (SVG and MathML included, which would also abort gumbo
// now and then): parsing never fails and the parsed depth stays near the
// limit. (The guard models the tree builder only roughly; it errs towards
// counting more.)
TEST(GuardParserInput, RandomTagSoupStaysBounded) {
  const std::vector<std::string> starts = {
      "<p>",        "<li>",         "<ul>",
      "<ol>",       "<table>",      "<tr>",
      "<td>",       "<th>",         "<tbody>",
      "<div>",      "<b>",          "<i>",
      "<a href=x>", "<blockquote>", "<h1>",
      "<h2>",       "<span>",       "<em>",
      "<font>",     "<dl>",         "<dd>",
      "<dt>",       "<select>",     "<option>",
      "<button>",   "<section>",    "<form>",
      "<pre>",      "<svg>",        "<g>",
      "<math>",     "<mi>",         "<foreignObject>",
      "<caption>",  "<nobr>",       "<center>",
      "<ruby>",     "<rt>",         "<title>",
      "<br>",       "<input>",      "<path/>",
      "<div/>"};
  const std::vector<std::string> others = {
      "</div>",        "</p>",      "</li>",     "</td>",
      "</tr>",         "</table>",  "</b>",      "</i>",
      "</a>",          "</span>",   "</ul>",     "</h1>",
      "</h2>",         "</select>", "</button>", "</em>",
      "</blockquote>", "</svg>",    "</font>",   "</title>",
      "text ",         "x"};
  std::mt19937 random(20260514);
  constexpr std::size_t kLimit = 40;
  for (int round = 0; round < 60; ++round) {
    std::string html = round % 2 == 0 ? "<!DOCTYPE html>" : "";
    for (int i = 0; i < 3000; ++i) {
      const bool start = random() % 5 < 3;
      const std::vector<std::string>& pool = start ? starts : others;
      html += pool[random() % pool.size()];
    }
    EXPECT_LE(ParsedDepth(html, kLimit), kLimit + kLimit / 4 + 8)
        << "round " << round;
  }
}

TEST(GuardParserInput, TruncatedTagsDoNotConfuseIt) {
  for (const char* html :
       {"<", "<d", "<div", "<div class=\"x", "</", "</di", "<!--", "<!", "<?",
        "<div a='", "<script>", "<script><div>", "</ div>", "<div/", "a < b"}) {
    EXPECT_EQ(GuardParserInput(html, 1), std::nullopt) << html;
  }
}

}  // namespace
}  // namespace summarize::internal
