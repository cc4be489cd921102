// Tests for the HTML view: its structure, read back with an HTML5 parser
// (gumbo), and that no input can become markup.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <gumbo.h>

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <summarize/summarize.hpp>
#include <vector>

namespace {

using summarize::HtmlViewOptions;
using summarize::Options;
using summarize::RenderHtmlView;
using summarize::Summarizer;
using summarize::Summary;
using ::testing::HasSubstr;

// A parsed page and queries over its elements.
class Page {
 public:
  explicit Page(const std::string& html)
      : html_(html),
        output_(gumbo_parse_with_options(&kGumboDefaultOptions, html_.data(),
                                         html_.size()),
                [](GumboOutput* output) {
                  gumbo_destroy_output(&kGumboDefaultOptions, output);
                }) {}

  // Every element, in document order.
  std::vector<const GumboNode*> Elements() const {
    std::vector<const GumboNode*> found;
    std::vector<const GumboNode*> stack{output_->root};
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      if (node->type != GUMBO_NODE_ELEMENT) continue;
      found.push_back(node);
      const GumboVector& children = node->v.element.children;
      for (unsigned i = children.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i]));
      }
    }
    return found;
  }

  std::vector<const GumboNode*> WithTag(GumboTag tag) const {
    std::vector<const GumboNode*> found;
    for (const GumboNode* node : Elements()) {
      if (node->v.element.tag == tag) found.push_back(node);
    }
    return found;
  }

  // Elements whose class list has `name`.
  std::vector<const GumboNode*> WithClass(const std::string& name) const {
    std::vector<const GumboNode*> found;
    for (const GumboNode* node : Elements()) {
      const std::string classes = " " + Attribute(node, "class") + " ";
      if (classes.find(" " + name + " ") != std::string::npos) {
        found.push_back(node);
      }
    }
    return found;
  }

  static std::string Attribute(const GumboNode* node, const char* name) {
    const GumboAttribute* attribute =
        gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute == nullptr ? "" : attribute->value;
  }

  // The text inside `node`, entities decoded.
  static std::string Text(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
      return node->v.text.text;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return "";
    std::string text;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      text += Text(static_cast<const GumboNode*>(children.data[i]));
    }
    return text;
  }

 private:
  std::string html_;
  std::unique_ptr<GumboOutput, std::function<void(GumboOutput*)>> output_;
};

constexpr char kArticle[] =
    "Harbour news\n\n"
    "The council voted on Tuesday to build a sea wall along the eastern "
    "shore. Engineers say the wall will protect about 1,400 homes from storm "
    "surges. The project will cost an estimated 38 million euros.\n\n"
    "The objections\n\n"
    "Opponents argued that the wall would block the view from the "
    "promenade. The council answered that the design includes public "
    "stairways. Construction is due to begin in September.\n";

Summary Summarize(const std::string& text, std::size_t sentences) {
  Options options;
  options.length = summarize::Length::Sentences(sentences);
  return Summarizer(options).Summarize(text);
}

TEST(HtmlViewTest, HighlightsTheChosenSentencesAndLinksToThem) {
  const Summary summary = Summarize(kArticle, 2);
  const Page page(RenderHtmlView(summary, kArticle, {"Fallback", "en"}));

  const auto chosen = page.WithClass("chosen");
  // The two chosen sentences, plus the legend's sample.
  ASSERT_EQ(chosen.size(), 3u);
  std::set<std::string> ids;
  for (const GumboNode* node : page.Elements()) {
    const std::string id = Page::Attribute(node, "id");
    if (!id.empty()) ids.insert(id);
  }
  const auto summary_links = page.WithTag(GUMBO_TAG_A);
  ASSERT_EQ(summary_links.size(), 2u);
  for (std::size_t i = 0; i < summary_links.size(); ++i) {
    const std::string href = Page::Attribute(summary_links[i], "href");
    ASSERT_EQ(href.substr(0, 1), "#");
    EXPECT_EQ(ids.count(href.substr(1)), 1u) << href;
    EXPECT_EQ(Page::Text(summary_links[i]), summary.sentences[i].text);
  }
  // Every unit is an element with its index and score.
  std::size_t units = 0;
  for (const GumboNode* node : page.WithClass("s")) {
    if (Page::Attribute(node, "data-index").empty()) continue;  // legend
    const std::size_t index = std::stoul(Page::Attribute(node, "data-index"));
    ASSERT_LT(index, summary.ranking.sentences.size());
    EXPECT_EQ(Page::Attribute(node, "id"), "s" + std::to_string(index));
    EXPECT_EQ(Page::Text(node), summary.ranking.sentences[index].text);
    EXPECT_NEAR(std::stod(Page::Attribute(node, "data-score")),
                summary.ranking.sentences[index].score, 1e-6);
    ++units;
  }
  EXPECT_EQ(units, summary.ranking.sentences.size());
  // Paragraphs and the heading inside the article are kept; the line
  // before the article is page furniture.
  const auto headings = page.WithTag(GUMBO_TAG_H2);
  ASSERT_EQ(headings.size(), 2u);  // "Summary", then the article's
  EXPECT_EQ(Page::Text(headings[1]), "The objections");
  // The legend, the furniture line and the two paragraphs.
  EXPECT_EQ(page.WithTag(GUMBO_TAG_P).size(), 4u);
  EXPECT_EQ(page.WithTag(GUMBO_TAG_ARTICLE).size(), 1u);
}

TEST(HtmlViewTest, PageIsSelfContainedWithLanguageAndDirection) {
  const Summary summary = Summarize(kArticle, 1);
  const std::string html = RenderHtmlView(summary, kArticle, {"", "ar"});
  const Page page(html);
  const auto root = page.WithTag(GUMBO_TAG_HTML);
  ASSERT_EQ(root.size(), 1u);
  EXPECT_EQ(Page::Attribute(root[0], "lang"), "ar");
  EXPECT_EQ(Page::Attribute(root[0], "dir"), "auto");
  bool csp = false;
  for (const GumboNode* meta : page.WithTag(GUMBO_TAG_META)) {
    if (Page::Attribute(meta, "http-equiv") == "Content-Security-Policy") {
      csp = Page::Attribute(meta, "content").find("script-src 'none'") !=
            std::string::npos;
    }
  }
  EXPECT_TRUE(csp);
  EXPECT_TRUE(page.WithTag(GUMBO_TAG_SCRIPT).empty());
  EXPECT_TRUE(page.WithTag(GUMBO_TAG_LINK).empty());
  EXPECT_TRUE(page.WithTag(GUMBO_TAG_IMG).empty());
  EXPECT_EQ(page.WithTag(GUMBO_TAG_STYLE).size(), 1u);
  // No title of its own and none given: "Summary".
  EXPECT_EQ(Page::Text(page.WithTag(GUMBO_TAG_TITLE).at(0)), "Summary");
  // Nothing external: no address, no source, no stylesheet import.
  for (const char* external : {"http:", "https:", "//", "src=", "url(",
                               "@import"}) {
    EXPECT_THAT(html, ::testing::Not(HasSubstr(external))) << external;
  }
}

TEST(HtmlViewTest, InputNeverBecomesMarkup) {
  const std::string hostile =
      "Hostile input <script>alert(1)</script> stays text here. An attribute "
      "\"onload=alert(2) x=\" cannot open either. Styles </style><b>end</b> "
      "and entities &amp; &lt;br&gt; are shown as written.";
  Options options;
  options.length = summarize::Length::Sentences(3);
  options.input_format = summarize::InputFormat::kText;
  const Summary summary = Summarizer(options).Summarize(hostile, "<i>Title</i>");
  const std::string html = RenderHtmlView(summary, hostile);
  const Page page(html);
  EXPECT_TRUE(page.WithTag(GUMBO_TAG_SCRIPT).empty());
  EXPECT_TRUE(page.WithTag(GUMBO_TAG_B).empty());
  EXPECT_TRUE(page.WithTag(GUMBO_TAG_I).empty());
  EXPECT_EQ(page.WithTag(GUMBO_TAG_STYLE).size(), 1u);
  for (const GumboNode* node : page.Elements()) {
    EXPECT_TRUE(Page::Attribute(node, "onload").empty());
  }
  // The texts read back are the input's bytes, entities not decoded.
  std::string shown;
  for (const GumboNode* node : page.WithTag(GUMBO_TAG_ARTICLE)) {
    shown += Page::Text(node);
  }
  EXPECT_THAT(shown, HasSubstr("<script>alert(1)</script>"));
  EXPECT_THAT(shown, HasSubstr("\"onload=alert(2) x=\""));
  EXPECT_THAT(shown, HasSubstr("</style><b>end</b>"));
  EXPECT_THAT(shown, HasSubstr("&amp; &lt;br&gt;"));
  EXPECT_EQ(Page::Text(page.WithTag(GUMBO_TAG_TITLE).at(0)), "<i>Title</i>");
}

TEST(HtmlViewTest, FurnitureIsDimmedAndConvertedTextShown) {
  const std::string html_page =
      "<!DOCTYPE html><html><head><title>Wall &amp; sea</title></head><body>"
      "<p>The council voted to build a sea wall on Tuesday. It will protect "
      "homes from storm surges. Work starts in September.</p></body></html>";
  const Summary summary = Summarize(html_page, 1);
  ASSERT_TRUE(summary.ranking.document.converted);
  const Page page(RenderHtmlView(summary, html_page));
  EXPECT_EQ(Page::Text(page.WithTag(GUMBO_TAG_TITLE).at(0)), "Wall & sea");
  EXPECT_EQ(page.WithClass("chosen").size(), 2u);  // one + the legend

  const std::string scraped =
      "Home | News | Sport\n\nPublished 3 May 2026, 10:15.\n\n" +
      std::string(kArticle) + "\nWe use cookies to improve your experience.\n";
  const Summary with_furniture = Summarize(scraped, 2);
  const Page dimmed(RenderHtmlView(with_furniture, scraped));
  std::size_t furniture_units = 0;
  for (const GumboNode* node : dimmed.WithClass("furniture")) {
    if (!Page::Attribute(node, "data-index").empty()) ++furniture_units;
  }
  std::size_t boilerplate = 0;
  for (const auto& unit : with_furniture.ranking.sentences) {
    boilerplate += unit.kind == summarize::SentenceKind::kBoilerplate ? 1 : 0;
  }
  EXPECT_EQ(furniture_units, boilerplate);
  EXPECT_GE(boilerplate, 3u);
}

}  // namespace
