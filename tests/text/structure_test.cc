// Tests for the structure stage: paragraphs, list items and fragments.
#include "text/structure.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

// A block as the tests compare it: kind letter, exact text, paragraph.
struct View {
  char kind;  // 'P' prose, 'L' list item, 'F' fragment
  std::string text;
  std::size_t paragraph;

  bool operator==(const View&) const = default;
};

void PrintTo(const View& view, std::ostream* out) {
  *out << view.kind << ":" << view.paragraph << ":\"" << view.text << "\"";
}

View P(std::string text, std::size_t paragraph) {
  return View{'P', std::move(text), paragraph};
}
View L(std::string text, std::size_t paragraph) {
  return View{'L', std::move(text), paragraph};
}
View F(std::string text, std::size_t paragraph) {
  return View{'F', std::move(text), paragraph};
}

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Analyzes `text` and checks the invariants of every result: blocks are
// non-empty, trimmed, in order and non-overlapping.
std::vector<View> Analyze(std::string_view text, std::size_t start = 0) {
  const Structure structure = AnalyzeStructure(text, start);
  std::vector<View> views;
  std::size_t previous_end = start;
  std::size_t previous_paragraph = 0;
  for (const Block& block : structure.blocks) {
    EXPECT_LE(previous_end, block.begin);
    EXPECT_LT(block.begin, block.end);
    EXPECT_LE(block.end, text.size());
    EXPECT_FALSE(IsSpaceByte(text[block.begin]));
    EXPECT_FALSE(IsSpaceByte(text[block.end - 1]));
    EXPECT_GE(block.paragraph, previous_paragraph);
    previous_end = block.end;
    previous_paragraph = block.paragraph;
    const char kind = block.kind == BlockKind::kProse      ? 'P'
                      : block.kind == BlockKind::kListItem ? 'L'
                                                           : 'F';
    views.push_back(View{
        kind, std::string(text.substr(block.begin, block.end - block.begin)),
        block.paragraph});
  }
  return views;
}

TEST(Structure, EmptyAndBlankInput) {
  EXPECT_TRUE(Analyze("").empty());
  EXPECT_TRUE(Analyze("  \n\t\n\r\n  ").empty());
}

TEST(Structure, BlankLinesEndParagraphs) {
  EXPECT_THAT(Analyze("The first paragraph has one sentence.\n\n"
                      "The second has two. Here is the other.\n \t \n\n\n"
                      "And a third one follows.\n"),
              ElementsAre(P("The first paragraph has one sentence.", 0),
                          P("The second has two. Here is the other.", 1),
                          P("And a third one follows.", 2)));
}

TEST(Structure, OneLineParagraphEndingInPeriodIsProse) {
  EXPECT_THAT(Analyze("There were no reports of casualties."),
              ElementsAre(P("There were no reports of casualties.", 0)));
  EXPECT_THAT(Analyze("Heavy rain.\n\nIt stopped."),
              ElementsAre(P("Heavy rain.", 0), P("It stopped.", 1)));
}

TEST(Structure, PageFurnitureAroundAnArticle) {
  const std::string page =
      "Skip to content\n"
      "Menu\n"
      "\n"
      "Harbor Town Braces for Spring Floods\n"
      "By Mira Olsen, Staff Writer\n"
      "Updated 4 March 2031\n"
      "\n"
      "Residents of Harbor Town filled sandbags on Tuesday as the river "
      "rose. Officials expect the crest on Friday.\n"
      "\n"
      "Tap here to subscribe?\n"
      "\n"
      "The mayor said shelters would open at the old school. \"We are "
      "ready,\" she said.\n"
      "\n"
      "Related stories\n"
      "Share this\n"
      "Skip to content\n";
  EXPECT_THAT(
      Analyze(page),
      ElementsAre(
          F("Skip to content", 0), F("Menu", 0),
          F("Harbor Town Braces for Spring Floods", 1),
          F("By Mira Olsen, Staff Writer", 1), F("Updated 4 March 2031", 1),
          P("Residents of Harbor Town filled sandbags on Tuesday as the "
            "river rose. Officials expect the crest on Friday.",
            2),
          F("Tap here to subscribe?", 3),
          P("The mayor said shelters would open at the old school. \"We "
            "are ready,\" she said.",
            4),
          F("Related stories", 5), F("Share this", 5),
          F("Skip to content", 5)));
}

TEST(Structure, HeadingDirectlyAboveText) {
  EXPECT_THAT(
      Analyze("Storm Moves North\n"
              "The storm moved north overnight and weakened over land.\n"
              "Crews cleared roads by noon.\n"),
      ElementsAre(F("Storm Moves North", 0),
                  P("The storm moved north overnight and weakened over "
                    "land.\nCrews cleared roads by noon.",
                    0)));
}

TEST(Structure, HardWrappedLinesAreJoined) {
  const std::string text =
      "He walked along the\nriver bank. The water\nwas cold and grey.\n";
  const Structure structure = AnalyzeStructure(text, 0);
  ASSERT_EQ(structure.blocks.size(), 1u);
  const Block& block = structure.blocks[0];
  EXPECT_EQ(block.kind, BlockKind::kProse);
  EXPECT_EQ(block.begin, 0u);
  EXPECT_EQ(block.end, text.size() - 1);
  // One block across the line breaks, which the splitter reads as spaces.
  EXPECT_EQ(text.substr(block.begin, block.end - block.begin),
            "He walked along the\nriver bank. The water\nwas cold and grey.");
  EXPECT_EQ(Analyze(text).size(), 1u);  // the invariants
}

TEST(Structure, HardWrappedLinesBeforeCapitalisedWords) {
  // Wrapped at about 70 columns; two lines end without punctuation before
  // a line that starts with a name, and have at most ten words.
  const std::string text =
      "The relief convoy reached the northern valley towns after three\n"
      "days on roads that international organisations had described as\n"
      "Impassable in their reports, and the drivers were greeted by crowds\n"
      "of families who had waited since the first landslides cut them off.\n";
  const std::vector<View> views = Analyze(text);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_EQ(views[0].kind, 'P');
  EXPECT_EQ(views[0].text, text.substr(0, text.size() - 1));
}

TEST(Structure, LineEndingInCommaContinues) {
  EXPECT_THAT(Analyze("Dear Members,\nThe meeting moved to Friday.\n"),
              ElementsAre(P("Dear Members,\nThe meeting moved to Friday.", 0)));
}

TEST(Structure, LoneQuestionOrExclamationIsFragment) {
  EXPECT_THAT(Analyze("The bridge closed at dawn.\n\n"
                      "What does this mean for commuters?\n\n"
                      "Traffic moved to the ring road.\n\n"
                      "Don't miss out!\n"),
              ElementsAre(P("The bridge closed at dawn.", 0),
                          F("What does this mean for commuters?", 1),
                          P("Traffic moved to the ring road.", 2),
                          F("Don't miss out!", 3)));
}

TEST(Structure, QuestionBetweenFragmentsIsFragment) {
  EXPECT_THAT(Analyze("Newsletter\nWant the weekly digest?\nSign up below\n\n"
                      "The ferry left the harbour at dawn.\n"),
              ElementsAre(F("Newsletter", 0), F("Want the weekly digest?", 0),
                          F("Sign up below", 0),
                          P("The ferry left the harbour at dawn.", 1)));
}

TEST(Structure, QuestionInsideProseIsProse) {
  EXPECT_THAT(
      Analyze("The river rose all night.\nWho will pay for it?\n"),
      ElementsAre(P("The river rose all night.\nWho will pay for it?", 0)));
  // A long question is prose even alone.
  EXPECT_THAT(Analyze("Why did the council ignore the warnings that engineers "
                      "gave it three years ago?"),
              ElementsAre(P("Why did the council ignore the warnings that "
                            "engineers gave it three years ago?",
                            0)));
}

TEST(Structure, RepeatedShortLinesAreFragments) {
  EXPECT_THAT(Analyze("Read the full report.\n\n"
                      "The audit found three errors in the accounts.\n\n"
                      "read   the FULL report.\n"),
              ElementsAre(F("Read the full report.", 0),
                          P("The audit found three errors in the accounts.", 1),
                          F("read   the FULL report.", 2)));
}

TEST(Structure, RepeatedLinesMatchBeyondAscii) {
  // Full case folding ("STRASSE" is "straße") and Unicode white space (a
  // no-break space, a tab); every copy of a line seen three times repeats.
  EXPECT_THAT(
      Analyze("Zur Straße.\n\nThe ferry resumed service today.\n\n"
              "ZUR\u00A0STRASSE.\n\nThe bridge reopened at noon.\n\n"
              "zur \t straße.\n"),
      ElementsAre(F("Zur Straße.", 0), P("The ferry resumed service today.", 1),
                  F("ZUR\u00A0STRASSE.", 2),
                  P("The bridge reopened at noon.", 3),
                  F("zur \t straße.", 4)));
}

TEST(Structure, RepeatedTextInsideWrappedSentenceStaysProse) {
  // "the river." occurs twice, but both times it ends a wrapped sentence.
  EXPECT_THAT(Analyze("They camped near\nthe river.\n\nThey fished in\n"
                      "the river.\n"),
              ElementsAre(P("They camped near\nthe river.", 0),
                          P("They fished in\nthe river.", 1)));
}

TEST(Structure, LongLineWithoutPunctuationIsProse) {
  EXPECT_THAT(Analyze("Firefighters from four counties worked through the "
                      "night to contain the blaze near the old mill"),
              ElementsAre(P("Firefighters from four counties worked through "
                            "the night to contain the blaze near the old mill",
                            0)));
}

TEST(Structure, BulletItemsAreSeparateBlocks) {
  EXPECT_THAT(Analyze("- item one\n- item two\n* item three.\n• item four\n"),
              ElementsAre(L("item one", 0), L("item two", 0),
                          L("item three.", 0), L("item four", 0)));
}

TEST(Structure, NumberedItemsAreSeparateBlocks) {
  EXPECT_THAT(Analyze("1. First\n2. Second\n10) Tenth\na) Letter\n(3) Third"),
              ElementsAre(L("First", 0), L("Second", 0), L("Tenth", 0),
                          L("Letter", 0), L("Third", 0)));
}

TEST(Structure, ListItemsWithContinuationLines) {
  // A short lead-in without final punctuation is a fragment like a heading.
  // An item goes on over an indented line, a lowercase line, or a line
  // after a comma; a capitalised line after a finished item is prose.
  EXPECT_THAT(
      Analyze("Volunteers should bring the following:\n"
              "- boots and gloves\n"
              "- a long item that wraps\n"
              "  onto a second line\n"
              "- water for the day,\n"
              "Sandwiches and fruit\n"
              "- spare socks that\n"
              "dry quickly\n"
              "The group meets at the hall.\n"
              "It opens at nine.\n"),
      ElementsAre(F("Volunteers should bring the following:", 0),
                  L("boots and gloves", 0),
                  L("a long item that wraps\n  onto a second line", 0),
                  L("water for the day,\nSandwiches and fruit", 0),
                  L("spare socks that\ndry quickly", 0),
                  P("The group meets at the hall.\nIt opens at nine.", 0)));
}

TEST(Structure, ProseAfterListItem) {
  EXPECT_THAT(Analyze("- first point\nThe report ends here.\n"),
              ElementsAre(L("first point", 0), P("The report ends here.", 0)));
}

TEST(Structure, RepeatedListItemIsFragment) {
  EXPECT_THAT(
      Analyze("- Home\n- Weather\n\nThe ferry resumed service today.\n\n"
              "- Home\n- Contact\n"),
      ElementsAre(F("- Home", 0), L("Weather", 0),
                  P("The ferry resumed service today.", 1), F("- Home", 2),
                  L("Contact", 2)));
}

TEST(Structure, InitialsAndYearsAreNotListMarkers) {
  EXPECT_THAT(Analyze("J. R. R. Tolkien wrote many books.\n\n"
                      "1999. That was the year it began.\n"),
              ElementsAre(P("J. R. R. Tolkien wrote many books.", 0),
                          P("1999. That was the year it began.", 1)));
}

TEST(Structure, SeparatorLinesAreFragments) {
  EXPECT_THAT(Analyze("The night was long.\n* * *\nMorning came.\n---\n"),
              ElementsAre(P("The night was long.", 0), F("* * *", 0),
                          P("Morning came.", 0), F("---", 0)));
}

TEST(Structure, PipeSeparatedLinesAreFragmentsAtAnyLength) {
  EXPECT_THAT(
      Analyze("Front | World | Money | Culture | Travel | Food | Science | "
              "Health | Style | Podcasts | Newsletters | Crosswords\n\n"
              "The ferry left the harbour at dawn.\n"
              "Posted by Ana Ruiz | Harbour desk | 2 May, 7:40 a.m.\n"),
      ElementsAre(
          F("Front | World | Money | Culture | Travel | Food | Science "
            "| Health | Style | Podcasts | Newsletters | Crosswords",
            0),
          P("The ferry left the harbour at dawn.", 1),
          F("Posted by Ana Ruiz | Harbour desk | 2 May, 7:40 a.m.", 1)));
}

TEST(Structure, SymbolsDoNotCountAsWords) {
  // Nine words and six symbols: short, so a fragment.
  EXPECT_THAT(Analyze("« Older: Ferry fares rise in the spring » — ·\n\n"
                      "The ferry left the harbour at dawn.\n"),
              ElementsAre(F("« Older: Ferry fares rise in the spring » — ·", 0),
                          P("The ferry left the harbour at dawn.", 1)));
}

TEST(Structure, ConsecutiveNavigationLinesAreNotJoined) {
  EXPECT_THAT(
      Analyze("The ferry left the harbour at dawn and reached the island "
              "before noon.\n\n"
              "Earlier: Harbour council approves the new winter timetable\n"
              "Later: Island school opens its doors to visitors again\n"),
      ElementsAre(
          P("The ferry left the harbour at dawn and reached the island "
            "before noon.",
            0),
          F("Earlier: Harbour council approves the new winter "
            "timetable",
            1),
          F("Later: Island school opens its doors to visitors again", 1)));
}

TEST(Structure, HeadlineAboveALongerBylineIsNotAWrappedLine) {
  // The headline is long enough to pass for a wrapped line, but the next
  // line's first word would have fitted after it: no wrapper broke there.
  EXPECT_THAT(
      Analyze("Harbour ferry service returns after a long winter pause\n"
              "Reported by the harbour desk of the Island Weekly and its "
              "readers, on Monday.\n"
              "\n"
              "The ferry left the harbour at dawn.\n"),
      ElementsAre(
          F("Harbour ferry service returns after a long winter pause", 0),
          P("Reported by the harbour desk of the Island Weekly and its "
            "readers, "
            "on Monday.",
            0),
          P("The ferry left the harbour at dawn.", 1)));
}

TEST(Structure, CopyrightLineAmongFooterFurniture) {
  EXPECT_THAT(
      Analyze("The ferry left the harbour at dawn.\n\n"
              "Island Weekly\n"
              "\u00A9 2025 Island Media Ltd. All rights reserved.\n"),
      ElementsAre(P("The ferry left the harbour at dawn.", 0),
                  F("Island Weekly", 1),
                  F("\u00A9 2025 Island Media Ltd. All rights reserved.", 1)));
  // Inside the document the same line next to a heading stays prose.
  EXPECT_THAT(
      Analyze("The ferry left the harbour at dawn.\n\n"
              "Island Weekly\n"
              "The crossing took an hour.\n\n"
              "The ferry returned at dusk.\n"),
      ElementsAre(P("The ferry left the harbour at dawn.", 0),
                  F("Island Weekly", 1), P("The crossing took an hour.", 1),
                  P("The ferry returned at dusk.", 2)));
}

TEST(Structure, TextOfOnlyFragmentsIsProse) {
  EXPECT_THAT(Analyze("one short line without a stop\n"),
              ElementsAre(P("one short line without a stop", 0)));
  EXPECT_THAT(
      Analyze("Ferry Times\n* * *\nWinter Schedule\n"),
      ElementsAre(P("Ferry Times", 0), F("* * *", 0), P("Winter Schedule", 0)));
}

TEST(Structure, CrLfAndCrLineEndings) {
  const std::string crlf =
      "Weekend Outlook\r\n\r\nSun on Saturday.\r\nRain on Sunday.\r\n";
  EXPECT_THAT(Analyze(crlf),
              ElementsAre(F("Weekend Outlook", 0),
                          P("Sun on Saturday.\r\nRain on Sunday.", 1)));
  const std::string cr = "Weekend Outlook\r\rSun on Saturday.\rRain.\r";
  EXPECT_THAT(Analyze(cr), ElementsAre(F("Weekend Outlook", 0),
                                       P("Sun on Saturday.\rRain.", 1)));
}

TEST(Structure, StartsAfterByteOrderMark) {
  const std::string text = "\xEF\xBB\xBFLocal News\n\nThe market reopened.";
  const Structure structure = AnalyzeStructure(text, 3);
  ASSERT_EQ(structure.blocks.size(), 2u);
  EXPECT_EQ(structure.blocks[0].begin, 3u);
  EXPECT_EQ(structure.blocks[0].kind, BlockKind::kFragment);
  EXPECT_THAT(Analyze(text, 3),
              ElementsAre(F("Local News", 0), P("The market reopened.", 1)));
}

TEST(Structure, UnicodeSpacesAreTrimmed) {
  // U+00A0 NO-BREAK SPACE and U+3000 IDEOGRAPHIC SPACE.
  const std::string text = "\xC2\xA0The ferry left.\xE3\x80\x80\n";
  const Structure structure = AnalyzeStructure(text, 0);
  ASSERT_EQ(structure.blocks.size(), 1u);
  EXPECT_EQ(text.substr(structure.blocks[0].begin,
                        structure.blocks[0].end - structure.blocks[0].begin),
            "The ferry left.");
}

TEST(Structure, ChineseHeadingAndProse) {
  EXPECT_THAT(Analyze("今日新闻\n\n"
                      "东京从早上开始下大雨，许多电车停止运行。\n"
                      "市政府呼吁市民不要外出\n"),
              ElementsAre(F("今日新闻", 0),
                          P("东京从早上开始下大雨，许多电车停止运行。", 1),
                          F("市政府呼吁市民不要外出", 1)));
  // More than twenty characters without spaces is not short.
  EXPECT_THAT(
      Analyze("东京从早上开始下大雨许多电车停止运行市政府呼吁市民不要外出"),
      ElementsAre(P("东京从早上开始下大雨许多电车停止运行市政府呼吁市民"
                    "不要外出",
                    0)));
}

TEST(Structure, ChineseOneParagraphPostIsProse) {
  // A Weibo-style post: one paragraph of about a hundred characters and
  // three sentences, no spaces; its line is long, never a fragment.
  const std::string post =
      "今天上午，市政府召开新闻发布会，宣布地铁三号线将于下月正式开通运营。"
      "该线路全长约二十五公里，共设十八座车站，连接城东和城西两个主要商圈。"
      "市民对此普遍表示欢迎，认为出行将更加方便！";
  EXPECT_THAT(Analyze(post), ElementsAre(P(post, 0)));
  // A short post with a sentence mark is prose, next to other text too.
  EXPECT_THAT(Analyze("地铁明天开通。\n\n" + post),
              ElementsAre(P("地铁明天开通。", 0), P(post, 1)));
}

TEST(Structure, CjkSentenceMarks) {
  const std::string body =
      "东京从早上开始下大雨，许多电车停止运行，市政府呼吁市民不要外出。";
  // "。" "！" "……" end a sentence; "，" "；" "：" continue one.
  EXPECT_THAT(Analyze("大雨来了……\n\n" + body),
              ElementsAre(P("大雨来了……", 0), P(body, 1)));
  EXPECT_THAT(Analyze("大雨来了；\n\n" + body),
              ElementsAre(F("大雨来了；", 0), P(body, 1)));
  EXPECT_THAT(Analyze("本台消息：\n" + body),
              ElementsAre(P("本台消息：\n" + body, 0)));
  // A lone full-width question is a teaser like "?".
  EXPECT_THAT(Analyze("你知道吗？\n\n" + body),
              ElementsAre(F("你知道吗？", 0), P(body, 1)));
}

TEST(Structure, SentenceMarksOfOtherScripts) {
  const std::string body =
      "The river rose all night and flooded the lower town before dawn.";
  // Devanagari danda, Armenian full stop, Arabic question mark, Urdu full
  // stop: a short line ending in one is a sentence.
  for (const std::string line :
       {"नदी में बाढ़ आई।", "Գետը հորդացավ։", "هل سيعود المطر؟ نعم سيعود.",
        "دریا میں سیلاب آیا۔"}) {
    EXPECT_THAT(Analyze(line + "\n\n" + body),
                ElementsAre(P(line, 0), P(body, 1)))
        << line;
  }
  // An Arabic comma or semicolon continues it.
  EXPECT_THAT(Analyze("نهر النيل،\n\n" + body),
              ElementsAre(F("نهر النيل،", 0), P(body, 1)));
}

TEST(Structure, GreekQuestionMark) {
  // Greek writes "?" as ";" (U+037E, or U+003B after NFC): a question
  // inside prose stays prose, like "Who will pay for it?". The paragraphs
  // around keep the edge-of-page rules out of the way.
  const std::string before =
      "Η βροχή έπεσε χθες σε όλη την πόλη και πλημμύρισε "
      "τους δρόμους.\n\n";
  const std::string after = "\n\nΟ δήμος ζήτησε βοήθεια από την κυβέρνηση.";
  for (const std::string mark : {";", "\u037E"}) {
    const std::string question = "Ποιος θα πληρώσει" + mark;
    EXPECT_THAT(
        Analyze(before + "Το ποτάμι φούσκωσε όλη νύχτα.\n" + question + after),
        ElementsAre(P(before.substr(0, before.size() - 2), 0),
                    P("Το ποτάμι φούσκωσε όλη νύχτα.\n" + question, 1),
                    P(after.substr(2), 2)));
  }
  // After Latin letters ";" continues a sentence: a short line ending in it
  // is no sentence.
  EXPECT_THAT(Analyze("The rain fell on the whole town yesterday and flooded "
                      "the streets.\n\nThe river rose all night.\nWho will "
                      "pay for it;\n\nThe council asked the government for "
                      "help."),
              ElementsAre(P("The rain fell on the whole town yesterday and "
                            "flooded the streets.",
                            0),
                          P("The river rose all night.", 1),
                          F("Who will pay for it;", 1),
                          P("The council asked the government for help.", 2)));
}

TEST(Structure, InvariantsHoldOnRandomText) {
  // Pieces that exercise every rule; Analyze() checks the invariants.
  const std::vector<std::string> pieces = {"The",
                                           "river",
                                           "rose",
                                           "quickly",
                                           "U.S.",
                                           "Dr.",
                                           ".",
                                           "?",
                                           "!",
                                           ",",
                                           ":",
                                           "\u201d",
                                           "\"",
                                           " ",
                                           " ",
                                           " ",
                                           "\n",
                                           "\n",
                                           "\r\n",
                                           "\r",
                                           "\n\n",
                                           "- ",
                                           "1. ",
                                           "a) ",
                                           "* * *",
                                           "\u2022 ",
                                           "\u00a0",
                                           "\u3000",
                                           "\u4eca\u5929",
                                           "\u3002",
                                           "\t",
                                           "caf\u00e9",
                                           "ok"};
  std::mt19937 random(20240601);
  for (int round = 0; round < 300; ++round) {
    std::string text = round % 7 == 0 ? "\xEF\xBB\xBF" : "";
    const std::size_t start = text.size();
    const std::size_t length = random() % 60;
    for (std::size_t i = 0; i < length; ++i) {
      text += pieces[random() % pieces.size()];
    }
    Analyze(text, start);
  }
}

}  // namespace
}  // namespace summarize::internal
