// Tests for Thai sentence boundaries at spaces.
#include "text/thai_sentences.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Sentences(std::string_view text) {
  ThaiSentences thai;
  std::vector<std::string> out;
  for (const Span& span : thai.Split(text, {0, text.size()})) {
    out.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

TEST(ThaiSentences, SpacesBetweenSentencesEndThem) {
  EXPECT_THAT(Sentences("วันนี้ฝนตกหนัก ถนนหลายสายมีน้ำท่วม  โรงเรียนปิดหนึ่งวัน"),
              ElementsAre("วันนี้ฝนตกหนัก", "ถนนหลายสายมีน้ำท่วม", "โรงเรียนปิดหนึ่งวัน"));
}

TEST(ThaiSentences, SpacesNextToDigitsLatinOrPunctuationNeverCut) {
  EXPECT_THAT(Sentences("ปี 2566 มีคนมาเที่ยว (ไทย) มาก"),
              ElementsAre("ปี 2566 มีคนมาเที่ยว (ไทย) มาก"));
}

TEST(ThaiSentences, ConjunctionsContinueTheSentence) {
  // "and", "but", "because", "which" after a space open a clause.
  EXPECT_THAT(Sentences("เจ้าหน้าที่เปิดศูนย์พักพิงที่โรงเรียน "
                        "และแจกอาหารให้ผู้ประสบภัย"),
              ElementsAre("เจ้าหน้าที่เปิดศูนย์พักพิงที่โรงเรียน "
                          "และแจกอาหารให้ผู้ประสบภัย"));
  EXPECT_THAT(Sentences("รัฐบาลอนุมัติงบประมาณแล้ว แต่การก่อสร้างยังไม่เสร็จ"),
              ElementsAre("รัฐบาลอนุมัติงบประมาณแล้ว แต่การก่อสร้างยังไม่เสร็จ"));
}

TEST(ThaiSentences, WordsMatchWholeNotAsPrefixes) {
  // "แต่งงาน" ("to marry") starts with the letters of "แต่" ("but") but is
  // another word: the space before it ends the sentence.
  EXPECT_THAT(Sentences("ชายคนนี้ทำงานที่ธนาคารมานานหลายปี "
                        "แต่งงานกับครูโรงเรียนประถมเมื่อปีที่แล้ว"),
              ElementsAre("ชายคนนี้ทำงานที่ธนาคารมานานหลายปี",
                          "แต่งงานกับครูโรงเรียนประถมเมื่อปีที่แล้ว"));
  // "กว่า" ("more than") ends with the letters of "ว่า" ("that").
  EXPECT_THAT(
      Sentences("สวนแห่งนี้มีทางเดินยาวกว่า ประชาชนสามารถปั่นจักรยานได้ทุกวัน"),
      ElementsAre("สวนแห่งนี้มีทางเดินยาวกว่า", "ประชาชนสามารถปั่นจักรยานได้ทุกวัน"));
}

TEST(ThaiSentences, ReportedSpeechAndListsStayWhole) {
  // "said that ..." and "such as rice, maize and longan".
  EXPECT_THAT(Sentences("ผู้ว่าราชการจังหวัดกล่าวว่า ระดับน้ำน่าจะลดลงภายในสามวัน"),
              ElementsAre("ผู้ว่าราชการจังหวัดกล่าวว่า ระดับน้ำน่าจะลดลงภายในสามวัน"));
  EXPECT_THAT(Sentences("พืชผลทางการเกษตรเสียหายมาก เช่น ข้าว ข้าวโพด และลำไย"),
              ElementsAre("พืชผลทางการเกษตรเสียหายมาก เช่น ข้าว ข้าวโพด และลำไย"));
}

TEST(ThaiSentences, ShortPiecesAreNoSentences) {
  // A name and a title set off by spaces belong to the sentence ("Mr
  // Somchai Jaidee, district chief, went to inspect the flooded area").
  EXPECT_THAT(Sentences("นายสมชาย ใจดี นายอำเภอ เดินทางไปตรวจพื้นที่น้ำท่วม"),
              ElementsAre("นายสมชาย ใจดี นายอำเภอ เดินทางไปตรวจพื้นที่น้ำท่วม"));
  // A short piece after a sentence joins it ("..., and so on").
  EXPECT_THAT(Sentences("ร้านค้าขายผักผลไม้และขนม เป็นต้น"),
              ElementsAre("ร้านค้าขายผักผลไม้และขนม เป็นต้น"));
  // Known limit: ICU counts a long title as a clause ("ผู้ว่าราชการจังหวัด",
  // "provincial governor", is ผู้ ว่า ราชการ จังหวัด), so a space after it
  // ends a "sentence" unless a short piece or a closing word follows.
  EXPECT_THAT(
      Sentences("นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เดินทางไปตรวจพื้นที่น้ำท่วม"),
      ElementsAre("นายสมชาย ใจดี ผู้ว่าราชการจังหวัด", "เดินทางไปตรวจพื้นที่น้ำท่วม"));
}

TEST(ThaiSentences, SubordinateClauseWaitsForItsMainClause) {
  // "On 12 October, it rained hard in Chiang Rai."
  EXPECT_THAT(Sentences("เมื่อวันที่ 12 ตุลาคม ฝนตกหนักต่อเนื่องในจังหวัดเชียงราย"),
              ElementsAre("เมื่อวันที่ 12 ตุลาคม ฝนตกหนักต่อเนื่องในจังหวัดเชียงราย"));
  // "If it rains hard and the river rises, villagers must leave."
  EXPECT_THAT(Sentences("หากฝนตกหนักต่อเนื่อง และแม่น้ำกกสูงขึ้นอีก "
                        "ชาวบ้านต้องอพยพออกจากบ้านทันที "
                        "เจ้าหน้าที่เตรียมรถไว้ให้แล้ว"),
              ElementsAre("หากฝนตกหนักต่อเนื่อง และแม่น้ำกกสูงขึ้นอีก "
                          "ชาวบ้านต้องอพยพออกจากบ้านทันที",
                          "เจ้าหน้าที่เตรียมรถไว้ให้แล้ว"));
}

TEST(ThaiSentences, DiscourseMarkersStartASentence) {
  // "..., if there is no more rain. However, people should be ready."
  EXPECT_THAT(Sentences("ระดับน้ำน่าจะลดลงภายในสามวัน หากไม่มีฝนตกเพิ่ม "
                        "อย่างไรก็ตาม ประชาชนควรเตรียมพร้อมอพยพ"),
              ElementsAre("ระดับน้ำน่าจะลดลงภายในสามวัน หากไม่มีฝนตกเพิ่ม",
                          "อย่างไรก็ตาม ประชาชนควรเตรียมพร้อมอพยพ"));
}

TEST(ThaiSentences, ArticleSplitsIntoWholeSentences) {
  const std::string text =
      summarize::testing::ReadFile(summarize::testing::SourceDir() / "tests" /
                                   "text" / "articles" / "th.txt");
  ASSERT_FALSE(text.empty());
  ThaiSentences thai;
  std::vector<std::string> sentences;
  std::size_t previous_end = 0;
  // Paragraph by paragraph, as the structure stage hands them over.
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find("\n\n", begin);
    if (end == std::string::npos) end = text.size();
    std::size_t trimmed_end = end;
    while (trimmed_end > begin && text[trimmed_end - 1] == '\n') --trimmed_end;
    for (const Span& span : thai.Split(text, {begin, trimmed_end})) {
      // Offsets slice the text, in order, with only white space between.
      ASSERT_LE(previous_end, span.begin);
      ASSERT_LT(span.begin, span.end);
      ASSERT_LE(span.end, trimmed_end);
      EXPECT_EQ(text.find_first_not_of(" \n", previous_end), span.begin);
      sentences.push_back(text.substr(span.begin, span.end - span.begin));
      previous_end = span.end;
    }
    begin = end + 2;
  }
  EXPECT_EQ(text.find_first_not_of(" \n", previous_end), std::string::npos);
  EXPECT_THAT(sentences,
              ElementsAre("เมื่อวันที่ 12 ตุลาคม ฝนตกหนักต่อเนื่องในจังหวัดเชียงราย "
                          "ทำให้ระดับน้ำในแม่น้ำกกสูงขึ้นอย่างรวดเร็ว",
                          "ชาวบ้านหลายร้อยครอบครัวต้องอพยพออกจากบ้านในช่วงกลางคืน",
                          "เจ้าหน้าที่ได้เปิดศูนย์พักพิงชั่วคราวที่โรงเรียนประจำอำเภอ "
                          "และแจกอาหารกับน้ำดื่มให้ผู้ประสบภัย",
                          "นายสมชาย ใจดี ผู้ว่าราชการจังหวัด กล่าวว่า "
                          "ระดับน้ำน่าจะลดลงภายในสามวัน หากไม่มีฝนตกเพิ่ม",
                          "อย่างไรก็ตาม ประชาชนที่อยู่ริมแม่น้ำควรเตรียมพร้อมอพยพ "
                          "เพราะกรมอุตุนิยมวิทยาคาดว่าจะมีพายุเข้ามาอีกในสัปดาห์หน้า",
                          "ปีที่แล้วจังหวัดเชียงรายเคยประสบน้ำท่วมใหญ่ "
                          "ซึ่งสร้างความเสียหายให้บ้านเรือนกว่าสองพันหลัง",
                          "ทั้งนี้ รัฐบาลได้อนุมัติงบประมาณสำหรับสร้างพนังกั้นน้ำแห่งใหม่แล้ว "
                          "แต่การก่อสร้างยังไม่แล้วเสร็จ",
                          "น้ำท่วมครั้งนี้ยังทำให้พืชผลทางการเกษตรเสียหาย เช่น ข้าว ข้าวโพด "
                          "และลำไย"));
}

}  // namespace
}  // namespace summarize::internal
