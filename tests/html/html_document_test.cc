// Tests for HTML parsing into the owned tree.
#include "html/html_document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

// "name" for elements, "#text" for text, indented by depth, one per line.
std::string Outline(const HtmlDocument& document) {
  std::string outline;
  for (const HtmlNode& node : document.nodes) {
    outline += std::string(2 * node.depth, ' ');
    outline += node.type == HtmlNodeType::kText ? "#" + node.text : node.name;
    outline += '\n';
  }
  return outline;
}

TEST(ParseHtml, BuildsAPreOrderTree) {
  const HtmlDocument document = ParseHtml(
      "<!DOCTYPE html><html><head><title>T</title></head>"
      "<body><p>Hello <b>there</b></p><!-- gone --><div>two</div></body>"
      "</html>");
  EXPECT_EQ(Outline(document),
            "html\n"
            "  head\n"
            "    title\n"
            "      #T\n"
            "  body\n"
            "    p\n"
            "      #Hello \n"
            "      b\n"
            "        #there\n"
            "    div\n"
            "      #two\n");
  const auto& nodes = document.nodes;
  EXPECT_EQ(nodes[0].parent, kNoHtmlNode);
  EXPECT_EQ(nodes[0].subtree_end, nodes.size());
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    const HtmlNode& parent = nodes[nodes[i].parent];
    EXPECT_LT(nodes[i].parent, i);
    EXPECT_EQ(nodes[i].depth, parent.depth + 1);
    EXPECT_GT(nodes[i].subtree_end, i);
    EXPECT_LE(nodes[i].subtree_end, parent.subtree_end);
  }
  EXPECT_EQ(nodes[5].subtree_end, 9u);  // <p>: its text, <b> and its text
}

TEST(ParseHtml, RepairsMarkupAsABrowserWould) {
  // Implied html/head/body, an unclosed <p> closed by the next, a stray end
  // tag ignored.
  EXPECT_EQ(Outline(ParseHtml("<p>one<p>two</span>")),
            "html\n"
            "  head\n"
            "  body\n"
            "    p\n"
            "      #one\n"
            "    p\n"
            "      #two\n");
}

TEST(ParseHtml, AttributesAndNames) {
  const HtmlDocument document = ParseHtml(
      "<body><DIV Class=\"a &amp; b\" data-X='1'>x</DIV>"
      "<my-widget>y</my-widget><svg><circle r=1></circle></svg></body>");
  const auto div =
      std::find_if(document.nodes.begin(), document.nodes.end(),
                   [](const HtmlNode& node) { return IsElement(node, "div"); });
  ASSERT_NE(div, document.nodes.end());
  ASSERT_NE(FindAttribute(*div, "class"), nullptr);
  EXPECT_EQ(*FindAttribute(*div, "class"), "a & b");
  EXPECT_EQ(*FindAttribute(*div, "data-x"), "1");
  EXPECT_EQ(FindAttribute(*div, "id"), nullptr);
  EXPECT_TRUE(std::any_of(
      document.nodes.begin(), document.nodes.end(),
      [](const HtmlNode& node) { return IsElement(node, "my-widget"); }));
  // SVG and MathML are removed before parsing (parser_guard.h).
  EXPECT_TRUE(std::none_of(
      document.nodes.begin(), document.nodes.end(), [](const HtmlNode& node) {
        return node.name == "svg" || node.name == "circle" ||
               node.name_space != HtmlNamespace::kHtml;
      }));
}

// These abort gumbo 0.10 (an assertion in close_current_cell) when they
// reach it.
TEST(ParseHtml, ForeignContentInTablesDoesNotAbort) {
  for (const char* html :
       {"<table><caption><svg><select><title><table></table><th>",
        "<table><th><math><td></tr>", "<table><td><math><th></tr>",
        "<table><td><svg><foreignObject><th></tr>"}) {
    const HtmlDocument document = ParseHtml(html);
    EXPECT_FALSE(document.nodes.empty()) << html;
  }
}

TEST(ParseHtml, TemplateContentIsNotKept) {
  const HtmlDocument document =
      ParseHtml("<body><template><p>inert</p></template><p>live</p></body>");
  for (const HtmlNode& node : document.nodes) {
    EXPECT_NE(node.text, "inert");
  }
}

TEST(ParseHtml, EntitiesAndInvalidBytesAreDecoded) {
  const HtmlDocument document = ParseHtml("<p>caf&eacute; &#8217; \xFF</p>");
  const HtmlNode& text = document.nodes.back();
  ASSERT_EQ(text.type, HtmlNodeType::kText);
  EXPECT_EQ(text.text, "café ’ \uFFFD");
}

TEST(ParseHtml, ByteOrderMarkAndNulBytes) {
  const HtmlDocument with_bom = ParseHtml("\xEF\xBB\xBF<p>x</p>");
  EXPECT_EQ(Outline(with_bom), "html\n  head\n  body\n    p\n      #x\n");
  const std::string nul("<p>a\0b</p>", 10);
  const HtmlDocument with_nul = ParseHtml(nul);
  EXPECT_EQ(with_nul.nodes.back().type, HtmlNodeType::kText);
}

TEST(ParseHtml, DeepNestingIsBounded) {
  std::string html;
  for (int i = 0; i < 100'000; ++i) html += "<div>";
  html += "bottom";
  HtmlLimits limits;
  limits.max_nesting_depth = 300;
  const HtmlDocument document = ParseHtml(html, limits);
  std::size_t depth = 0;
  for (const HtmlNode& node : document.nodes) {
    depth = std::max(depth, node.depth);
  }
  EXPECT_LE(depth, 300u + 3);
  EXPECT_EQ(document.nodes.back().text.find("bottom") != std::string::npos,
            true);
}

TEST(ParseHtml, LimitsAreChecked) {
  HtmlLimits limits;
  limits.max_input_bytes = 3;
  EXPECT_NO_THROW(ParseHtml("abc", limits));
  try {
    ParseHtml("abcd", limits);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInputTooLarge);
  }
  for (const std::size_t depth : {std::size_t{0}, kMaxHtmlNestingDepth + 1}) {
    limits = HtmlLimits();
    limits.max_nesting_depth = depth;
    try {
      ParseHtml("<p>x</p>", limits);
      FAIL() << "no error";
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::kInvalidOptions);
    }
  }
  limits = HtmlLimits();
  limits.max_nesting_depth = kMaxHtmlNestingDepth;
  EXPECT_NO_THROW(ValidateHtmlLimits(limits));
}

TEST(CollapseWhitespace, CollapsesAndTrims) {
  EXPECT_EQ(CollapseWhitespace(""), "");
  EXPECT_EQ(CollapseWhitespace(" \t\n"), "");
  EXPECT_EQ(CollapseWhitespace("  a \t b\r\n\fc  "), "a b c");
  EXPECT_EQ(CollapseWhitespace("a\xC2\xA0\xC2\xA0"
                               "b"),
            "a b");
  // Other characters with a 0xC2 lead byte are left alone.
  EXPECT_EQ(CollapseWhitespace("\xC2\xA9 x"), "\xC2\xA9 x");
}

TEST(CollapsedTextContent, ConcatenatesDescendantText) {
  const HtmlDocument document =
      ParseHtml("<h1>  Big <em>news</em>\n today </h1>");
  const auto h1 =
      std::find_if(document.nodes.begin(), document.nodes.end(),
                   [](const HtmlNode& node) { return IsElement(node, "h1"); });
  ASSERT_NE(h1, document.nodes.end());
  EXPECT_EQ(CollapsedTextContent(document, static_cast<std::size_t>(
                                               h1 - document.nodes.begin())),
            "Big news today");
}

}  // namespace
}  // namespace summarize::internal
