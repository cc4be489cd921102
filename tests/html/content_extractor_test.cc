// Tests for main-content extraction on self-written pages.
#include "html/content_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "summarize/error.hpp"
#include "test_support.h"
#include "text/input.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::string Page(const std::string& name) {
  const std::string html = summarize::testing::ReadFile(
      summarize::testing::SourceDir() / "tests/html/pages" / name);
  EXPECT_FALSE(html.empty()) << name;
  return html;
}

std::vector<std::string> BlockTexts(const ExtractedArticle& article) {
  std::vector<std::string> texts;
  for (const ArticleBlock& block : article.blocks) {
    texts.push_back(article.text.substr(block.begin, block.end - block.begin));
  }
  return texts;
}

std::vector<ArticleBlockKind> BlockKinds(const ExtractedArticle& article) {
  std::vector<ArticleBlockKind> kinds;
  for (const ArticleBlock& block : article.blocks) kinds.push_back(block.kind);
  return kinds;
}

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// What every result must satisfy: valid UTF-8; blocks in order, non-empty,
// trimmed, without blank lines inside, and the text exactly the blocks
// joined by blank lines.
void ExpectWellFormed(const ExtractedArticle& article) {
  EXPECT_EQ(FindInvalidUtf8(article.text), std::string_view::npos);
  std::string joined;
  for (const std::string& block : BlockTexts(article)) {
    ASSERT_FALSE(block.empty());
    EXPECT_FALSE(IsHtmlSpace(block.front())) << block;
    EXPECT_FALSE(IsHtmlSpace(block.back())) << block;
    EXPECT_EQ(block.find("\n\n"), std::string::npos) << block;
    EXPECT_EQ(block.find("  "), std::string::npos) << block;
    EXPECT_EQ(block.find("\xC2\xA0"), std::string::npos) << block;
    if (!joined.empty()) joined += "\n\n";
    joined += block;
  }
  EXPECT_EQ(joined, article.text);
  for (std::size_t k = 1; k < article.blocks.size(); ++k) {
    EXPECT_EQ(article.blocks[k].begin, article.blocks[k - 1].end + 2);
  }
}

void ExpectAbsent(const ExtractedArticle& article,
                  const std::vector<std::string>& furniture) {
  for (const std::string& text : furniture) {
    EXPECT_THAT(article.text, Not(HasSubstr(text)));
  }
}

TEST(ExtractArticle, NewsPageWithSemanticTags) {
  const ExtractedArticle article = ExtractArticle(Page("news_article.html"));
  ExpectWellFormed(article);
  EXPECT_TRUE(article.found_main_content);
  EXPECT_EQ(article.title,
            "Library in Port Elwyn starts lending drills, ladders and sewing "
            "machines");  // og:title wins over <title> and <h1>
  EXPECT_EQ(article.language, "en-GB");
  EXPECT_THAT(
      BlockTexts(article),
      ElementsAre(
          "Port Elwyn library starts lending out tools",
          "The public library in Port Elwyn has begun lending power drills, "
          "ladders, sewing machines and pressure washers to anyone with a "
          "library card, after a two-year campaign by residents who argued "
          "that most households use such tools only a few times a year.",
          "The new collection, kept in a converted storeroom behind the "
          "children's section, holds 140 items, all of them donated by local "
          "builders, a closing hardware shop and families clearing out "
          "garages.",
          "How borrowing works",
          "Borrowers reserve an item online or at the front desk, collect it "
          "with a short safety briefing, and return it within a week. Late "
          "returns cost nothing, but repeat offenders lose their borrowing "
          "rights for a month, which the librarians say has worked well in "
          "other towns.",
          "Chief librarian Owain Pritchard said the idea had surprised him at "
          "first. \"People asked for it again and again, and when we looked "
          "at the numbers, the cost was tiny compared with the books we buy "
          "every year,\" he said.",
          "Volunteers from the town's repair café check every item when it "
          "comes back, replacing worn drill bits and frayed cables before the "
          "next loan."));
  EXPECT_THAT(
      BlockKinds(article),
      ElementsAre(ArticleBlockKind::kHeading, ArticleBlockKind::kParagraph,
                  ArticleBlockKind::kParagraph, ArticleBlockKind::kHeading,
                  ArticleBlockKind::kParagraph, ArticleBlockKind::kParagraph,
                  ArticleBlockKind::kParagraph));
  ExpectAbsent(article, {"Skip to content",
                         "cookies",
                         "Accept all",
                         "Manage settings",
                         "The Coastal Ledger",
                         "News",
                         "Sport",
                         "Weather",
                         "Opinion",
                         "Search",
                         "Mared Hughes",
                         "14 March",
                         "Share this",
                         "Facebook",
                         "Advertisement",
                         "garden furniture",
                         "ladder that sits",
                         "Read more",
                         "thousandth",
                         "Tags",
                         "Libraries",
                         "Comments",
                         "tile cutter",
                         "lawnmowers",
                         "Our village",
                         "Related",
                         "cycle lanes",
                         "Ferry timetable",
                         "four hundred trees",
                         "morning briefing",
                         "Sign up",
                         "All rights reserved",
                         "Privacy",
                         "Contact us",
                         "script sentence",
                         "stylesheet sentence",
                         "dataLayer"});
}

TEST(ExtractArticle, NewsPageInNestedDivsWithoutSemanticTags) {
  const ExtractedArticle article = ExtractArticle(Page("news_divs.html"));
  ExpectWellFormed(article);
  EXPECT_TRUE(article.found_main_content);
  EXPECT_EQ(article.title,
            "Night trains return to the northern line - Rail Review");
  EXPECT_EQ(article.language, "de");
  const std::vector<std::string> blocks = BlockTexts(article);
  ASSERT_EQ(blocks.size(), 6u) << article.text;
  EXPECT_EQ(blocks[0], "Night trains return to the northern line");
  EXPECT_EQ(article.blocks[0].kind, ArticleBlockKind::kHeading);
  EXPECT_THAT(blocks[1], ::testing::StartsWith("After a gap of eleven years"));
  EXPECT_THAT(blocks[2], ::testing::StartsWith("The service will leave"));
  EXPECT_THAT(blocks[3], ::testing::StartsWith("Each train will carry"));
  EXPECT_THAT(blocks[4], ::testing::StartsWith("Rail campaigners welcomed"));
  EXPECT_EQ(blocks[5],
            "The regional transport authority has promised to publish a full "
            "timetable, including connections to the ferry, by the end of "
            "next month.");
  ExpectAbsent(
      article,
      {"Rail Review", "Home", "Timetables", "Tickets", "About us", "Most read",
       "Station clock", "branch line", "quiet platforms", "Reader photos",
       "Share this", "Tweet", "e-mail", "Read more", "history of sleeper",
       "independent magazine", "Imprint", "Privacy"});
}

TEST(ExtractArticle, BlogPostWithListsQuotesAndLongComments) {
  const ExtractedArticle article = ExtractArticle(Page("blog_post.html"));
  ExpectWellFormed(article);
  EXPECT_TRUE(article.found_main_content);
  EXPECT_EQ(article.title,
            "Sourdough at altitude – Notes from a Small Kitchen");
  EXPECT_EQ(article.language, "en-US");
  const std::vector<std::string> blocks = BlockTexts(article);
  ASSERT_EQ(blocks.size(), 12u) << article.text;
  EXPECT_EQ(blocks[0], "Sourdough at altitude");
  EXPECT_EQ(blocks[3], "What I changed");
  EXPECT_EQ(blocks[4],
            "Less starter: I now use 15 percent of the flour weight instead "
            "of 20.");
  EXPECT_EQ(blocks[7],
            "A hotter oven for the first twenty minutes, with the lid on the "
            "pot.");
  EXPECT_THAT(blocks[9], ::testing::StartsWith("Bake by the dough"));
  EXPECT_EQ(blocks[10], "A note on timing");
  EXPECT_THAT(blocks[11], ::testing::StartsWith("My bulk ferment now takes"));
  EXPECT_THAT(
      BlockKinds(article),
      ElementsAre(ArticleBlockKind::kHeading, ArticleBlockKind::kParagraph,
                  ArticleBlockKind::kParagraph, ArticleBlockKind::kHeading,
                  ArticleBlockKind::kListItem, ArticleBlockKind::kListItem,
                  ArticleBlockKind::kListItem, ArticleBlockKind::kListItem,
                  ArticleBlockKind::kParagraph, ArticleBlockKind::kParagraph,
                  ArticleBlockKind::kHeading, ArticleBlockKind::kParagraph));
  ExpectAbsent(article, {"Subscribe",
                         "Shop",
                         "Posted on",
                         "Inês",
                         "7 comments",
                         "Share this",
                         "Print",
                         "Pinterest",
                         "Related",
                         "Rye bread",
                         "Keeping a starter",
                         "Filed under",
                         "thoughts on",
                         "Andes",
                         "colder proof",
                         "wood oven",
                         "photos of the crumb",
                         "Leave a Reply",
                         "email address",
                         "Recent Posts",
                         "Pizza stones",
                         "About me",
                         "climb things",
                         "Proudly powered"});
}

TEST(ExtractArticle, DivAndBrPageWithoutParagraphElements) {
  const ExtractedArticle article = ExtractArticle(Page("div_br.html"));
  ExpectWellFormed(article);
  EXPECT_TRUE(article.found_main_content);
  EXPECT_EQ(article.title, "The Mill Pond Society - Spring Newsletter");
  EXPECT_EQ(article.language, "");
  const std::vector<std::string> blocks = BlockTexts(article);
  ASSERT_EQ(blocks.size(), 4u) << article.text;
  EXPECT_THAT(blocks[0], ::testing::StartsWith("The pond has survived"));
  EXPECT_THAT(blocks[1], ::testing::StartsWith("Our thanks go to"));
  // A single <br> is a line break inside the paragraph.
  EXPECT_EQ(blocks[2],
            "The water survey in March showed clearer water than in any year "
            "since records began, with dragonfly larvae in every sample, "
            "which the county ecologist called a remarkable result for a pond "
            "so close to a main road.\nThe full survey report can be borrowed "
            "from the secretary.");
  EXPECT_THAT(blocks[3], ::testing::StartsWith("Subscriptions for the"));
  ExpectAbsent(article, {"Home", "Members", "Events", "Newsletter archive",
                         "Links to other", "webmaster"});
}

TEST(ExtractArticle, OldLayoutTablePage) {
  const ExtractedArticle article = ExtractArticle(Page("layout_table.html"));
  ExpectWellFormed(article);
  EXPECT_TRUE(article.found_main_content);
  EXPECT_EQ(article.title, "");  // no og:title, <title> or <h1>
  EXPECT_THAT(BlockTexts(article),
              ElementsAre("My trip to the lakes",
                          ::testing::StartsWith("We left on a Friday"),
                          ::testing::StartsWith("The first night we camped"),
                          ::testing::StartsWith("On the way home")));
  ExpectAbsent(article, {"Home", "Pictures", "Guestbook", "Last updated"});
}

TEST(ExtractArticle, ParagraphsStraightInTheBody) {
  const ExtractedArticle article = ExtractArticle(R"(<html><body>
<nav><a href=/>Home</a> <a href=/a>About</a></nav>
<h1>Why the river smells in August</h1>
<p>Every August, residents near the old mill complain that the river smells
of rotten eggs, and every August, the water board says the cause is natural.</p>
<p>Scientists from the university now say both sides are partly right: warm,
slow water lets bacteria thrive, but <a href="/runoff">runoff from the
fields</a> feeds them.</p>
<div class="share"><a href=#>Share</a></div>
<p><a href="/older">Older posts</a></p>
<div id="footer">Copyright 2026, the River Watch group, all rights reserved,
for ever and ever.</div>
</body></html>)");
  ExpectWellFormed(article);
  EXPECT_TRUE(article.found_main_content);
  EXPECT_THAT(BlockTexts(article),
              ElementsAre("Why the river smells in August",
                          ::testing::StartsWith("Every August"),
                          ::testing::EndsWith("runoff from the fields feeds "
                                              "them.")));
}

TEST(ExtractArticle, EveryPageTruncatedAnywhereStillYieldsText) {
  for (const char* name :
       {"news_article.html", "news_divs.html", "blog_post.html", "div_br.html",
        "layout_table.html"}) {
    const std::string html = Page(name);
    for (std::size_t size = 0; size <= html.size(); size += 37) {
      const ExtractedArticle article =
          ExtractArticle(std::string_view(html).substr(0, size));
      ExpectWellFormed(article);
      if (::testing::Test::HasFailure()) {
        FAIL() << name << " cut at " << size;
      }
    }
  }
}

TEST(ExtractArticle, MalformedMarkup) {
  const ExtractedArticle article = ExtractArticle(
      R"(<html><head><title>Broken page</title><body>
<div class="main"><p>The first paragraph has no closing tag, yet it goes on,
and on, with commas, for long enough to count as article text.
<p>The second paragraph, also unclosed, follows <b>with bold <i>and italic</b>
text</i> mixed up badly, as old editors did.</div></div></span>
<div><span>A third block inside an unclosed div and span, still readable, still
counted as part of the page <a href="x)");
  ExpectWellFormed(article);
  EXPECT_EQ(article.title, "Broken page");
  EXPECT_THAT(
      BlockTexts(article),
      ElementsAre("The first paragraph has no closing tag, yet it goes on, "
                  "and on, with commas, for long enough to count as article "
                  "text.",
                  "The second paragraph, also unclosed, follows with bold and "
                  "italic text mixed up badly, as old editors did.",
                  "A third block inside an unclosed div and span, still "
                  "readable, still counted as part of the page"));
}

TEST(ExtractArticle, TruncatedMidTagCommentAndEntity) {
  const std::string start =
      "<html><body><div><p>Visible text of the page, long enough, with "
      "commas, to be taken as the article by the scorer.</p>";
  for (const char* tail :
       {"<div class=\"tru", "<p", "<", "<!-- a comment that never ends <p>x",
        "<p>Caf&eacu", "<p>Fish &am", "<scr", "<script>var x = 1;",
        "<style>p { color: red", "<![CDATA[", "<p title='open"}) {
    const ExtractedArticle article = ExtractArticle(start + tail);
    ExpectWellFormed(article);
    EXPECT_THAT(article.text,
                ::testing::StartsWith("Visible text of the page, long enough"))
        << tail;
    EXPECT_THAT(article.text, Not(HasSubstr("var x")));
    EXPECT_THAT(article.text, Not(HasSubstr("color")));
  }
}

TEST(ExtractArticle, DecodesEntities) {
  const ExtractedArticle article = ExtractArticle(
      "<p>Fish &amp; chips, caf&eacute; au lait, it&#8217;s&nbsp;fine, "
      "&lt;tag&gt; &copy;&#x20;2026 &#x263A; &bogus; AT&T &amp</p>");
  ExpectWellFormed(article);
  EXPECT_EQ(article.text,
            "Fish & chips, café au lait, it’s fine, <tag> © 2026 ☺ &bogus; "
            "AT&T &");
}

TEST(ExtractArticle, NoBreakSpacesAndWhiteSpaceCollapse) {
  const ExtractedArticle article = ExtractArticle(
      "<div>\n  Words\tspread &nbsp;&nbsp; over\r\n\n lines\f and "
      "<b>inline</b><i>elements</i> <span> here </span>.\n</div>");
  EXPECT_EQ(article.text, "Words spread over lines and inlineelements here .");
}

TEST(ExtractArticle, ScriptAndStyleContentNeverAppears) {
  const ExtractedArticle article = ExtractArticle(R"(<!DOCTYPE html>
<html><head>
<style>.x::before { content: "A style sentence must not appear."; }</style>
<script>document.write("A head script sentence must not appear.");</script>
</head><body>
<div class="content">
<p>The council met on Monday evening, and after a long debate, voted to keep the
old swimming pool open for another two years.</p>
<script type="text/javascript">
  // A body script sentence must not appear, even inside the article.
  var message = "<p>A paragraph written by a script must not appear.</p>";
</script>
<noscript><p>A noscript sentence, asking to enable JavaScript, must not appear.</p></noscript>
<style>p.lead { font-weight: bold; }</style>
<template><p>A template sentence must not appear, it is inert.</p></template>
<p>Repairs to the roof and the boiler will be paid for by a local trust, which
raised the money, remarkably, in under six weeks.</p>
<svg viewBox="0 0 10 10"><text x="0" y="5">An SVG label must not appear.</text></svg>
<p hidden>A hidden paragraph must not appear.</p>
<p style="display: none">An invisible paragraph must not appear.</p>
<div aria-hidden="true">An aria-hidden sentence must not appear.</div>
</div>
</body></html>)");
  ExpectWellFormed(article);
  EXPECT_THAT(BlockTexts(article),
              ElementsAre(::testing::StartsWith("The council met"),
                          ::testing::StartsWith("Repairs to the roof")));
  EXPECT_THAT(article.text, Not(HasSubstr("must not appear")));
}

TEST(ExtractArticle, HundredThousandNestedDivs) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100'000; ++i) html += "<div>";
  html += "Deep text at the bottom of the pile, with enough words to score.";
  for (int i = 0; i < 100'000; ++i) html += "</div>";
  html += "</body></html>";
  const ExtractedArticle article = ExtractArticle(html);
  ExpectWellFormed(article);
  EXPECT_EQ(article.text,
            "Deep text at the bottom of the pile, with enough words to score.");
}

TEST(ExtractArticle, DeepNestingOfOtherKinds) {
  const std::vector<std::pair<std::string, std::string>> openers = {
      {"<b>", "bold"},
      {"<a href=x>", "unclosed links"},
      {"<table><tr><td>", "tables"},
      {"<span><em><font>", "inline mix"},
      {"<ul><li>", "lists"},
      {"<blockquote><p>", "quotes"},
      {"<div><b id=x></div>t", "reopened formatting"},
      {"<svg><g>", "svg"},
  };
  for (const auto& [opener, what] : openers) {
    std::string html;
    for (int i = 0; i < 20'000; ++i) html += opener;
    html += "The end of the nested part is plain, readable text.";
    const ExtractedArticle article = ExtractArticle(html);
    ExpectWellFormed(article);
    if (what != "svg") {
      EXPECT_THAT(article.text, HasSubstr("readable text")) << what;
    }
  }
}

TEST(ExtractArticle, ShortPageFallsBackToBodyText) {
  const ExtractedArticle article = ExtractArticle(
      "<html><body><div>Hello world</div><div>Second line</div>"
      "<nav>Menu</nav></body></html>");
  ExpectWellFormed(article);
  EXPECT_FALSE(article.found_main_content);
  EXPECT_EQ(article.text, "Hello world\n\nSecond line");
}

TEST(ExtractArticle, PlainTextIsItsOwnBody) {
  const ExtractedArticle article = ExtractArticle("Just a sentence.");
  EXPECT_EQ(article.text, "Just a sentence.");
}

TEST(ExtractArticle, EmptyAndBlankInput) {
  for (const char* html : {"", "   \n", "<html></html>", "<!-- only -->",
                           "<body><nav><a href=/>Home</a></nav></body>"}) {
    const ExtractedArticle article = ExtractArticle(html);
    EXPECT_EQ(article.text, "") << html;
    EXPECT_TRUE(article.blocks.empty());
  }
}

TEST(ExtractArticle, BreaksMakeLinesAndDoubleBreaksMakeParagraphs) {
  const ExtractedArticle article = ExtractArticle(
      "<div><br>first line<br>second line<br> <br>\n<br>third paragraph<br>"
      "</div><p>after</p>");
  EXPECT_THAT(BlockTexts(article), ElementsAre("first line\nsecond line",
                                               "third paragraph", "after"));
}

TEST(ExtractArticle, BlockElementsSeparateTextAndPreKeepsLines) {
  const ExtractedArticle article = ExtractArticle(
      "<body>loose text<div>in a div</div>more loose<h3>A <em>heading</em>"
      "</h3><table><tr><td>cell one</td><td>cell two</td></tr></table>"
      "<pre>line one\n  line   two\n\n\nline three</pre>"
      "<ol><li>item one<li>item two</ol></body>");
  EXPECT_THAT(
      BlockTexts(article),
      ElementsAre("loose text", "in a div", "more loose", "A heading",
                  "cell one", "cell two", "line one\nline two\nline three",
                  "item one", "item two"));
  EXPECT_EQ(article.blocks[3].kind, ArticleBlockKind::kHeading);
  EXPECT_EQ(article.blocks[7].kind, ArticleBlockKind::kListItem);
}

// Three short paragraphs of article and a comment thread with far more
// text: the article still wins, because the thread's class names it.
TEST(ExtractArticle, LongCommentThreadDoesNotWin) {
  std::string html = R"(<html><body><div class="wrap">
<div class="entry"><h1>Bus route 7 returns</h1>
<p>The number 7 bus will run again from Monday, the transport office said,
after a three-month diversion around the bridge works.</p>
<p>Buses will run every twelve minutes at peak times, and every twenty in the
evening, as they did before the works began.</p>
<p>Passengers who bought monthly passes during the diversion can ask for a
partial refund at the station office, until the end of June.</p></div>
<div id="comments">)";
  for (int i = 0; i < 12; ++i) {
    html += R"(<div class="comment-body"><p>Finally, and about time too, I have
been walking to work for three months, in the rain, past the bridge works,
wondering whether anyone at the transport office ever takes the bus.</p></div>)";
  }
  html += "</div></div></body></html>";
  const ExtractedArticle article = ExtractArticle(html);
  ExpectWellFormed(article);
  EXPECT_TRUE(article.found_main_content);
  EXPECT_THAT(BlockTexts(article),
              ElementsAre("Bus route 7 returns",
                          ::testing::StartsWith("The number 7 bus"),
                          ::testing::StartsWith("Buses will run"),
                          ::testing::StartsWith("Passengers who bought")));
}

TEST(ExtractArticle, HintWordsInsideLongerWordsAreNotFurniture) {
  // "canvas" contains "nav", "unavailable" contains "nav", "headline"
  // contains "header": none of them is furniture.
  const ExtractedArticle article = ExtractArticle(R"(<body>
<div class="canvas"><div id="unavailable-notes">
<div class="headline"><h1>Canal reopens</h1></div>
<p>The canal reopened to boats on Saturday, after a winter of repairs to three
locks, two bridges and a long stretch of the towpath.</p>
<p>The trust that runs it expects more visitors than last year, and has hired
four seasonal lock keepers, all of them local students.</p>
</div></div>
<div class="navbar"><a href="/">Home</a> <a href="/boats">Boats</a></div>
</body>)");
  EXPECT_THAT(
      BlockTexts(article),
      ElementsAre("Canal reopens", ::testing::StartsWith("The canal reopened"),
                  ::testing::StartsWith("The trust that runs it")));
}

TEST(ExtractArticle, LinkListsAndTeasersInsideTheArticleAreDropped) {
  const ExtractedArticle article = ExtractArticle(R"(<body><article>
<p>The harbour wall will be rebuilt in stone, the council decided, at a cost
that the engineers put at just under two million.</p>
<ul><li><a href="/1">Harbour wall: the full report</a></li>
<li><a href="/2">Harbour wall: what the engineers said</a></li></ul>
<p>Work is due to begin in September, when the fishing season ends, and should
last about eighteen months.</p>
<p><a href="/more">Read more about the harbour</a></p>
<p>Related: <a href="/a">Storm damage along the coast road in pictures</a></p>
</article></body>)");
  EXPECT_THAT(BlockTexts(article),
              ElementsAre(::testing::StartsWith("The harbour wall will be"),
                          ::testing::StartsWith("Work is due to begin")));
}

TEST(ExtractArticle, PageWrappedInOneFormIsStillRead) {
  // ASP.NET WebForms pages wrap everything in a <form>.
  const ExtractedArticle article = ExtractArticle(R"(<body>
<form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE">
<div class="story"><p>The ferry company has added a second evening sailing
to the island, from the first of May, after complaints from commuters.</p>
<p>Tickets for the new sailing cost the same as for the others, and can be
bought on board, online, or at the harbour office.</p></div>
<div class="search"><input type="text"><input type="submit" value="Search"></div>
</form></body>)");
  EXPECT_THAT(BlockTexts(article),
              ElementsAre(::testing::StartsWith("The ferry company"),
                          ::testing::StartsWith("Tickets for the new")));
}

TEST(ExtractArticle, SiteHeaderGoesArticleHeaderStays) {
  const ExtractedArticle article = ExtractArticle(R"(<body>
<header><h1>Town Gazette</h1><p>Your town, your news, every day of the week.</p></header>
<article><header><h1>Market moves to the square</h1></header>
<p>The Saturday market will move from the car park to the town square in
April, giving stallholders more room, and shoppers more shade.</p>
<p>Traders voted for the move by a large majority, although a few worried
about deliveries, which will now have to arrive before eight.</p>
</article></body>)");
  EXPECT_THAT(BlockTexts(article),
              ElementsAre("Market moves to the square",
                          ::testing::StartsWith("The Saturday market"),
                          ::testing::StartsWith("Traders voted")));
  EXPECT_EQ(article.title, "Town Gazette");  // the first <h1> of the page
}

TEST(ExtractArticle, InvalidUtf8BecomesReplacementCharacters) {
  const ExtractedArticle article =
      ExtractArticle("<p>caf\xE9 and \xFF\xFE bytes</p>");
  ExpectWellFormed(article);
  EXPECT_EQ(article.text, "caf\uFFFD and \uFFFD\uFFFD bytes");
}

TEST(ExtractArticle, NulBytesNeverReachTheText) {
  const ExtractedArticle article =
      ExtractArticle(std::string("<p>one\0two</p><p title='\0'>\0</p>", 32));
  ExpectWellFormed(article);
  EXPECT_EQ(article.text.find('\0'), std::string::npos);
  EXPECT_EQ(FindBinaryByte(article.text), std::string_view::npos);
}

TEST(ExtractArticle, ByteOrderMarkIsSkipped) {
  const ExtractedArticle article = ExtractArticle(
      "\xEF\xBB\xBF<!DOCTYPE html><html lang=fr><body><p>Bonjour.</p>");
  EXPECT_EQ(article.text, "Bonjour.");
  EXPECT_EQ(article.language, "fr");
}

TEST(ExtractArticle, NonLatinCommasCount) {
  // A Chinese article: its sentences use full-width commas, which score.
  const ExtractedArticle article = ExtractArticle(R"(<body>
<div class="side"><p>热门：<a href="/1">天气预报</a></p></div>
<div class="main"><p>今年春天，城市图书馆开始出借工具，包括电钻、梯子和缝纫机，受到市民欢迎。</p>
<p>馆长表示，这个想法来自读者的建议，成本很低，而且使用率很高，明年还会增加更多种类。</p></div>
</body>)");
  EXPECT_TRUE(article.found_main_content);
  EXPECT_THAT(BlockTexts(article),
              ElementsAre(::testing::StartsWith("今年春天"),
                          ::testing::StartsWith("馆长表示")));
}

TEST(ExtractArticle, Limits) {
  HtmlLimits limits;
  limits.max_input_bytes = 10;
  try {
    ExtractArticle("<p>more than ten bytes</p>", limits);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInputTooLarge);
  }
  EXPECT_EQ(ExtractArticle("<p>ten</p>", limits).text, "ten");
  limits = HtmlLimits();
  limits.max_nesting_depth = 0;
  try {
    ExtractArticle("<p>x</p>", limits);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInvalidOptions);
  }
}

}  // namespace
}  // namespace summarize::internal
