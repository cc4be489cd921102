// Tests for the furniture and content hints of tags and attributes.
#include "html/furniture_hints.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace summarize::internal {
namespace {

HtmlNode Element(std::string name, std::vector<HtmlAttribute> attributes = {}) {
  HtmlNode node;
  node.name = std::move(name);
  node.attributes = std::move(attributes);
  return node;
}

ClassHint HintOfClass(const std::string& value) {
  return ClassifyClassAndId(Element("div", {{"class", value}}));
}

TEST(ClassifyClassAndId, FurnitureWords) {
  for (const char* value : {"nav",
                            "navbar",
                            "main-nav",
                            "mainNav",
                            "topmenu",
                            "menu-item",
                            "comments",
                            "comment-list",
                            "article-comments",
                            "share-buttons",
                            "sharedaddy sd-sharing-enabled",
                            "social",
                            "related-posts",
                            "cookie-banner",
                            "footer",
                            "site-footer",
                            "sidebar",
                            "left_sidebar",
                            "promo-box",
                            "newsletter-signup",
                            "breadcrumbs",
                            "ad",
                            "ads",
                            "ad-slot",
                            "advertisement",
                            "sponsored",
                            "entry-meta",
                            "byline",
                            "tags",
                            "widget",
                            "sr-only",
                            "skip-link",
                            "post comments-open"}) {
    EXPECT_EQ(HintOfClass(value), ClassHint::kNegative) << value;
  }
  EXPECT_EQ(ClassifyClassAndId(Element("section", {{"id", "comments"}})),
            ClassHint::kNegative);
}

TEST(ClassifyClassAndId, WordsThatOnlyContainAHint) {
  for (const char* value :
       {"canvas", "unavailable", "headline", "commentary", "heading", "shadow",
        "load", "research-paper", "adventure", "metadata-free", "thread", "",
        "   "}) {
    EXPECT_NE(HintOfClass(value), ClassHint::kNegative) << value;
  }
}

TEST(ClassifyClassAndId, ContentWords) {
  for (const char* value : {"article-body", "articleBody", "entry-content",
                            "story", "post", "post-412 post type-post hentry",
                            "main-content", "content", "text", "prose"}) {
    EXPECT_EQ(HintOfClass(value), ClassHint::kPositive) << value;
  }
  EXPECT_EQ(HintOfClass("box"), ClassHint::kNeutral);
  EXPECT_EQ(ClassifyClassAndId(Element("div")), ClassHint::kNeutral);
}

TEST(IsFurniture, TagsThatAreNeverText) {
  for (const char* tag :
       {"script", "style", "noscript", "template", "iframe", "nav", "aside",
        "footer", "form-less-button", "button", "select", "textarea", "input",
        "menu", "dialog", "object", "embed", "canvas"}) {
    const bool expected = std::string(tag) != "form-less-button";
    EXPECT_EQ(IsFurniture(Element(tag), false), expected) << tag;
  }
  for (const char* tag : {"div", "p", "article", "main", "section", "span",
                          "form", "table", "h1", "a", "my-widget"}) {
    EXPECT_FALSE(IsFurniture(Element(tag), false)) << tag;
  }
}

TEST(IsFurniture, HeaderAndBannerOnlyOutsideAnArticle) {
  EXPECT_TRUE(IsFurniture(Element("header"), false));
  EXPECT_FALSE(IsFurniture(Element("header"), true));
  const HtmlNode banner = Element("div", {{"role", "banner"}});
  EXPECT_TRUE(IsFurniture(banner, false));
  EXPECT_FALSE(IsFurniture(banner, true));
}

TEST(IsFurniture, RolesAndHiddenElements) {
  for (const char* role :
       {"navigation", "menu", "menubar", "contentinfo", "complementary",
        "search", "dialog", "presentation navigation", "NAVIGATION"}) {
    EXPECT_TRUE(IsFurniture(Element("div", {{"role", role}}), true)) << role;
  }
  EXPECT_FALSE(IsFurniture(Element("div", {{"role", "main"}}), false));
  EXPECT_FALSE(IsFurniture(Element("div", {{"role", "article"}}), false));
  EXPECT_TRUE(IsFurniture(Element("p", {{"hidden", ""}}), true));
  EXPECT_TRUE(IsFurniture(Element("p", {{"aria-hidden", "true"}}), true));
  EXPECT_FALSE(IsFurniture(Element("p", {{"aria-hidden", "false"}}), true));
  EXPECT_TRUE(IsFurniture(
      Element("p", {{"style", "color:red; DISPLAY : none"}}), true));
  EXPECT_TRUE(
      IsFurniture(Element("p", {{"style", "visibility: hidden"}}), true));
  EXPECT_FALSE(IsFurniture(Element("p", {{"style", "display: block"}}), true));
}

TEST(IsFurniture, ForeignElementsAndText) {
  HtmlNode svg = Element("svg");
  svg.name_space = HtmlNamespace::kSvg;
  EXPECT_TRUE(IsFurniture(svg, false));
  HtmlNode text;
  text.type = HtmlNodeType::kText;
  text.text = "nav";
  EXPECT_FALSE(IsFurniture(text, false));
}

TEST(IsArticleElement, SemanticMarks) {
  EXPECT_TRUE(IsArticleElement(Element("article")));
  EXPECT_TRUE(IsArticleElement(Element("main")));
  EXPECT_TRUE(IsArticleElement(Element("div", {{"role", "main"}})));
  EXPECT_TRUE(IsArticleElement(Element("div", {{"itemprop", "articleBody"}})));
  EXPECT_FALSE(IsArticleElement(Element("div", {{"class", "article"}})));
  EXPECT_FALSE(IsArticleElement(Element("section")));
}

}  // namespace
}  // namespace summarize::internal
