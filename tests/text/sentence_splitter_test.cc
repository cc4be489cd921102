// Tests for the sentence splitter: ICU breaks plus the merge pass.
#include "text/sentence_splitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "summarize/error.hpp"
#include "test_support.h"
#include "text/input.h"
#include "text/language.h"
#include "text/sentence_breaks.h"
#include "text/structure.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

Language English() { return Language{"en", "en@ss=standard", "english"}; }

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// True when `gap` is only white space: ASCII, U+00A0 or U+3000 (the only
// other spaces these tests use).
bool IsWhiteSpace(std::string_view gap) {
  while (!gap.empty()) {
    if (IsAsciiSpace(gap.front())) {
      gap.remove_prefix(1);
    } else if (gap.starts_with("\xC2\xA0")) {
      gap.remove_prefix(2);
    } else if (gap.starts_with("\xE3\x80\x80")) {
      gap.remove_prefix(3);
    } else {
      return false;
    }
  }
  return true;
}

// Splits text[block] and checks the invariants every result must keep:
// spans inside the block, in order, non-empty, trimmed, and with only white
// space between them (so the spans slice the input exactly).
std::vector<std::string> SplitBlock(SentenceSplitter& splitter,
                                    std::string_view text, Span block) {
  const std::vector<Span> spans = splitter.Split(text, block);
  std::vector<std::string> sentences;
  std::size_t previous_end = block.begin;
  for (const Span& span : spans) {
    EXPECT_LE(previous_end, span.begin);
    EXPECT_LT(span.begin, span.end);
    EXPECT_LE(span.end, block.end);
    EXPECT_FALSE(IsAsciiSpace(text[span.begin]));
    EXPECT_FALSE(IsAsciiSpace(text[span.end - 1]));
    EXPECT_TRUE(
        IsWhiteSpace(text.substr(previous_end, span.begin - previous_end)))
        << "dropped text before byte " << span.begin;
    sentences.emplace_back(text.substr(span.begin, span.end - span.begin));
    previous_end = span.end;
  }
  EXPECT_TRUE(IsWhiteSpace(text.substr(previous_end, block.end - previous_end)))
      << "dropped text at the end";
  return sentences;
}

std::vector<std::string> SplitAll(std::string_view text,
                                  const Language& language = English()) {
  SentenceSplitter splitter(language);
  return SplitBlock(splitter, text, Span{0, text.size()});
}

TEST(SentenceSplitter, GermanSentenceEndsAreKept) {
  EXPECT_THAT(
      SplitAll("Er kam. Dann ging er. Wir sahen es.", ResolveLanguage("de")),
      ElementsAre("Er kam.", "Dann ging er.", "Wir sahen es."));
}

TEST(SentenceSplitter, PlainSentences) {
  EXPECT_THAT(
      SplitAll("The river rose. Homes flooded! Who will pay?"),
      ElementsAre("The river rose.", "Homes flooded!", "Who will pay?"));
}

TEST(SentenceSplitter, TitlesBeforeNames) {
  EXPECT_THAT(
      SplitAll("Mr. Smith met Dr. Jones at St. Mary's church. Prof. Lee "
               "came too. Gen. Ortiz and Sen. Park spoke."),
      ElementsAre("Mr. Smith met Dr. Jones at St. Mary's church.",
                  "Prof. Lee came too.", "Gen. Ortiz and Sen. Park spoke."));
}

TEST(SentenceSplitter, NumberAbbreviation) {
  EXPECT_THAT(SplitAll("Ward No. 5 was closed. The answer was No. Then "
                       "everyone left."),
              ElementsAre("Ward No. 5 was closed.", "The answer was No.",
                          "Then everyone left."));
}

TEST(SentenceSplitter, GeneralAbbreviationsJoinNames) {
  EXPECT_THAT(
      SplitAll("Storms hit the U.S. Gulf Coast on Monday. Many moved to the "
               "U.S. He stayed home."),
      ElementsAre("Storms hit the U.S. Gulf Coast on Monday.",
                  "Many moved to the U.S.", "He stayed home."));
}

TEST(SentenceSplitter, TimesOfDay) {
  EXPECT_THAT(
      SplitAll("It landed at 2 a.m. Sunday near the port. The winds "
               "eased by 6 p.m. The storm then turned north."),
      ElementsAre("It landed at 2 a.m. Sunday near the port.",
                  "The winds eased by 6 p.m.", "The storm then turned north."));
}

TEST(SentenceSplitter, LatinAbbreviations) {
  EXPECT_THAT(
      SplitAll("Bring tools, e.g. Hammers and saws. Pack light, i.e. Carry "
               "one bag. Apples, pears, etc. The list goes on."),
      ElementsAre("Bring tools, e.g. Hammers and saws.",
                  "Pack light, i.e. Carry one bag.", "Apples, pears, etc.",
                  "The list goes on."));
}

TEST(SentenceSplitter, CompanyAndMonthAbbreviations) {
  EXPECT_THAT(SplitAll("Acme Inc. Chairman Rao resigned on Jan. 5 last "
                       "year. Shares fell."),
              ElementsAre("Acme Inc. Chairman Rao resigned on Jan. 5 last "
                          "year.",
                          "Shares fell."));
}

TEST(SentenceSplitter, Initials) {
  EXPECT_THAT(
      SplitAll("J. R. R. Tolkien wrote books. He taught at Oxford."),
      ElementsAre("J. R. R. Tolkien wrote books.", "He taught at Oxford."));
  EXPECT_THAT(
      SplitAll("The letter was signed by T. A. Moreno. It was short."),
      ElementsAre("The letter was signed by T. A. Moreno.", "It was short."));
  EXPECT_THAT(SplitAll("She got a grade B. The next test went better."),
              ElementsAre("She got a grade B.", "The next test went better."));
}

TEST(SentenceSplitter, DecimalsAndVersions) {
  EXPECT_THAT(
      SplitAll(
          "Pi is about 3.14 today. Version v2.0.1 shipped. It cost $4.50."),
      ElementsAre("Pi is about 3.14 today.", "Version v2.0.1 shipped.",
                  "It cost $4.50."));
}

TEST(SentenceSplitter, Ellipsis) {
  EXPECT_THAT(SplitAll("Wait... what happened? Nobody knew."),
              ElementsAre("Wait... what happened?", "Nobody knew."));
}

TEST(SentenceSplitter, QuotesAfterTerminators) {
  EXPECT_THAT(SplitAll("He said, \"Stop.\" Then he left."),
              ElementsAre("He said, \"Stop.\"", "Then he left."));
  EXPECT_THAT(SplitAll("Elle a dit «Pourquoi?» Puis rien."),
              ElementsAre("Elle a dit «Pourquoi?»", "Puis rien."));
  EXPECT_THAT(SplitAll("She asked “Why not?” He shrugged."),
              ElementsAre("She asked “Why not?”", "He shrugged."));
}

TEST(SentenceSplitter, LowercaseAfterQuestionOrExclamationContinues) {
  EXPECT_THAT(SplitAll("\"Why?\" he asked. \"Stop!\" She ran. Wow! it "
                       "worked."),
              ElementsAre("\"Why?\" he asked.", "\"Stop!\"", "She ran.",
                          "Wow! it worked."));
}

TEST(SentenceSplitter, LastSentenceWithoutPunctuation) {
  EXPECT_THAT(SplitAll("The bridge reopened. Traffic is slow"),
              ElementsAre("The bridge reopened.", "Traffic is slow"));
}

TEST(SentenceSplitter, NoPunctuationAtAll) {
  EXPECT_THAT(SplitAll("just some words without any end"),
              ElementsAre("just some words without any end"));
}

TEST(SentenceSplitter, EmptyAndWhitespaceBlocks) {
  EXPECT_TRUE(SplitAll("").empty());
  EXPECT_TRUE(SplitAll("   \t  ").empty());
}

TEST(SentenceSplitter, TrimsWhitespaceIncludingUnicodeSpaces) {
  // U+00A0 NO-BREAK SPACE and U+3000 IDEOGRAPHIC SPACE around the text.
  const std::string text = "\xC2\xA0 One. \xE3\x80\x80Two.\xC2\xA0";
  SentenceSplitter splitter(English());
  const std::vector<Span> spans = splitter.Split(text, Span{0, text.size()});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "One.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Two.");
}

TEST(SentenceSplitter, OffsetsAreAbsoluteWithinLargerText) {
  const std::string text = "Ignored before. First one. Second one. Ignored.";
  const std::size_t begin = text.find("First");
  const std::size_t end = text.find(" Ignored.");
  SentenceSplitter splitter(English());
  const std::vector<Span> spans = splitter.Split(text, Span{begin, end});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, begin);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin),
            "First one.");
  EXPECT_EQ(spans[1].end, end);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin),
            "Second one.");
}

TEST(SentenceSplitter, ReusableAcrossCalls) {
  SentenceSplitter splitter(English());
  const std::string first = "One here. Two here.";
  const std::string second = "Three here, with Dr. Who. Four.";
  EXPECT_THAT(SplitBlock(splitter, first, Span{0, first.size()}),
              ElementsAre("One here.", "Two here."));
  EXPECT_THAT(SplitBlock(splitter, second, Span{0, second.size()}),
              ElementsAre("Three here, with Dr. Who.", "Four."));
}

TEST(SentenceSplitter, Chinese) {
  const Language chinese{"zh", "zh@ss=standard", nullptr};
  EXPECT_THAT(
      SplitAll("今天天气很好。我们去公园吧！你来吗？好", chinese),
      ElementsAre("今天天气很好。", "我们去公园吧！", "你来吗？", "好"));
}

TEST(SentenceSplitter, Japanese) {
  const Language japanese{"ja", "ja@ss=standard", nullptr};
  EXPECT_THAT(SplitAll("東京は晴れです。明日は雨でしょう。", japanese),
              ElementsAre("東京は晴れです。", "明日は雨でしょう。"));
}

TEST(SentenceSplitter, GermanAbbreviations) {
  const Language german = ResolveLanguage("de");
  EXPECT_THAT(
      SplitAll("Viele Tiere, z. B. Hunde, leben hier. Das ist bzw. war ca. "
               "5 km lang. Dr. Müller kam usw. Die Nr. 5 ist gut, d. h. "
               "Sieger. Vgl. Abb. 3 und Art. 66 GG. Es gab u. a. Brot. Das "
               "war 300 v. Chr. Danach kam St. Gallen dazu.",
               german),
      ElementsAre("Viele Tiere, z. B. Hunde, leben hier.",
                  "Das ist bzw. war ca. 5 km lang.", "Dr. Müller kam usw.",
                  "Die Nr. 5 ist gut, d. h. Sieger.",
                  "Vgl. Abb. 3 und Art. 66 GG.", "Es gab u. a. Brot.",
                  "Das war 300 v. Chr.", "Danach kam St. Gallen dazu."));
  // Written without spaces, and at the end of a sentence.
  EXPECT_THAT(SplitAll("Manche Obstsorten, z.B. Äpfel, sind rot. Er hat "
                       "Äpfel, Birnen usw. Die Liste ist lang. Das ist eine "
                       "neue Art. Sie lebt im Wald.",
                       german),
              ElementsAre("Manche Obstsorten, z.B. Äpfel, sind rot.",
                          "Er hat Äpfel, Birnen usw.", "Die Liste ist lang.",
                          "Das ist eine neue Art.", "Sie lebt im Wald."));
}

TEST(SentenceSplitter, GermanOrdinalNumbers) {
  const Language german = ResolveLanguage("de");
  EXPECT_THAT(
      SplitAll("Die Einheit kam am 3. Oktober 1990. Im 19. Jahrhundert lebte "
               "Friedrich II. von Preußen. Die 11. Armee zog am 2. Februar ab. "
               "Er wurde 3. Der Sieger kam aus Bonn. Das geschah im Jahr 1990. "
               "Berlin wuchs danach.",
               german),
      ElementsAre("Die Einheit kam am 3. Oktober 1990.",
                  "Im 19. Jahrhundert lebte Friedrich II. von Preußen.",
                  "Die 11. Armee zog am 2. Februar ab.", "Er wurde 3.",
                  "Der Sieger kam aus Bonn.", "Das geschah im Jahr 1990.",
                  "Berlin wuchs danach."));
}

TEST(SentenceSplitter, RussianAbbreviations) {
  const Language russian = ResolveLanguage("ru");
  EXPECT_THAT(
      SplitAll("Это т. е. вывод. Яблоки, груши и т. д. Затем пришли гости. "
               "Опыт шёл в г. Краснодар в 2021 г. Посев провели в мае. Музей "
               "им. Пушкина открыт. А. С. Пушкин жил на ул. Ленина. См. рис. 3 "
               "и табл. 2. Давление 3 мм рт. ст. Раствор охладили.",
               russian),
      ElementsAre("Это т. е. вывод.", "Яблоки, груши и т. д.",
                  "Затем пришли гости.", "Опыт шёл в г. Краснодар в 2021 г.",
                  "Посев провели в мае.", "Музей им. Пушкина открыт.",
                  "А. С. Пушкин жил на ул. Ленина.", "См. рис. 3 и табл. 2.",
                  "Давление 3 мм рт. ст.", "Раствор охладили."));
}

TEST(SentenceSplitter, RussianInitialsAndCitations) {
  const Language russian = ResolveLanguage("ru");
  EXPECT_THAT(
      SplitAll("Как писал Д.Н. Прянишников, почва жива [15. С. 27]. Об этом "
               "пишут Дж. Смит и др. В работе [3. Т. 2. С. 10] это видно. У "
               "пациентов с ИМ. Также уровень был выше. В XIX в. Россия росла.",
               russian),
      ElementsAre("Как писал Д.Н. Прянишников, почва жива [15. С. 27].",
                  "Об этом пишут Дж. Смит и др.",
                  "В работе [3. Т. 2. С. 10] это видно.", "У пациентов с ИМ.",
                  "Также уровень был выше.", "В XIX в.", "Россия росла."));
}

TEST(SentenceSplitter, PortugueseAbbreviations) {
  const Language portuguese = ResolveLanguage("pt");
  EXPECT_THAT(
      SplitAll("O Sr. Silva e a Sra. Costa chegaram. O Dr. João e a Dra. "
               "Maria vieram. Frutas, p. ex. Maçãs, são boas. Veja a pág. 5 "
               "do livro. Frutas, legumes etc. Todos vieram. Ele leu o n.º 5 "
               "e o sr. Lima o viu no séc. XX. Tudo acabou.",
               portuguese),
      ElementsAre("O Sr. Silva e a Sra. Costa chegaram.",
                  "O Dr. João e a Dra. Maria vieram.",
                  "Frutas, p. ex. Maçãs, são boas.", "Veja a pág. 5 do livro.",
                  "Frutas, legumes etc.", "Todos vieram.",
                  "Ele leu o n.º 5 e o sr. Lima o viu no séc. XX.",
                  "Tudo acabou."));
}

TEST(SentenceSplitter, TurkishAbbreviationsAndOrdinals) {
  const Language turkish = ResolveLanguage("tr");
  EXPECT_THAT(
      SplitAll("Prof. Dr. Ayşe Yılmaz konuştu. Doç. Dr. Mehmet de vardı. "
               "Elma, armut vb. Meyveler alındı. Av. Mehmet Kaya geldi. "
               "Yasanın 3. maddesi iptal edildi. Meteoroloji 12. Bölge "
               "Müdürlüğü açıkladı. 19. yüzyılda kuruldu. Sonuç 5. Bu iyi "
               "bir derece.",
               turkish),
      ElementsAre("Prof. Dr. Ayşe Yılmaz konuştu.", "Doç. Dr. Mehmet de vardı.",
                  "Elma, armut vb.", "Meyveler alındı.",
                  "Av. Mehmet Kaya geldi.", "Yasanın 3. maddesi iptal edildi.",
                  "Meteoroloji 12. Bölge Müdürlüğü açıkladı.",
                  "19. yüzyılda kuruldu.", "Sonuç 5.", "Bu iyi bir derece."));
  // Turkish capitals: "İ" and "I" start starters and names alike.
  EXPECT_THAT(SplitAll("Toplam 5. İşte sonuç budur. Toplam 5. Istanbul "
                       "Bölgesi kazandı.",
                       turkish),
              ElementsAre("Toplam 5.", "İşte sonuç budur.",
                          "Toplam 5. Istanbul Bölgesi kazandı."));
}

TEST(SentenceSplitter, EnglishHasNoOrdinalRule) {
  EXPECT_THAT(SplitAll("He finished 3. Smith came second. They met on May "
                       "5. Nobody else came."),
              ElementsAre("He finished 3.", "Smith came second.",
                          "They met on May 5.", "Nobody else came."));
}

TEST(SentenceSplitter, ChineseListNumbersBeforeIdeographs) {
  const Language chinese = ResolveLanguage("zh");
  EXPECT_THAT(
      SplitAll("程序员应备的素质：1.你需要知道HTML；2.你需要了解CSS。3.你需要"
               "了解浏览器。他生于2013.那年很冷。",
               chinese),
      ElementsAre("程序员应备的素质：1.你需要知道HTML；2.你需要了解CSS。",
                  "3.你需要了解浏览器。", "他生于2013.", "那年很冷。"));
  // Full-width and doubled marks, and an ellipsis that does not end one.
  EXPECT_THAT(SplitAll("真的吗？！是的……他走了。好！", chinese),
              ElementsAre("真的吗？！", "是的……他走了。", "好！"));
}

TEST(SentenceSplitter, LanguageWithoutAbbreviationFileStillJoinsInitials) {
  const Language swedish = ResolveLanguage("sv");
  EXPECT_THAT(
      SplitAll("Boken av J. R. R. Tolkien är lång. Den är bra.", swedish),
      ElementsAre("Boken av J. R. R. Tolkien är lång.", "Den är bra."));
}

TEST(SentenceSplitter, FrenchAbbreviations) {
  const Language french = ResolveLanguage("fr");
  EXPECT_THAT(
      SplitAll("M. Durand et Mme. Roux sont venus. Il y a des fruits, p. ex. "
               "Pommes et poires. Rome fut fondée en 753 av. J.-C. Les rois "
               "régnèrent. Des légumes, du miel, etc. Les enfants jouent. "
               "Voir p. 12 du livre. M. Le Pen a parlé.",
               french),
      ElementsAre("M. Durand et Mme. Roux sont venus.",
                  "Il y a des fruits, p. ex. Pommes et poires.",
                  "Rome fut fondée en 753 av. J.-C.", "Les rois régnèrent.",
                  "Des légumes, du miel, etc.", "Les enfants jouent.",
                  "Voir p. 12 du livre.", "M. Le Pen a parlé."));
  // CLDR's "aux." suppression is not used: plurals in -aux end sentences.
  EXPECT_THAT(SplitAll("Il y a eu des travaux. Les gens sont contents. Les "
                       "chevaux. Ils courent.",
                       french),
              ElementsAre("Il y a eu des travaux.", "Les gens sont contents.",
                          "Les chevaux.", "Ils courent."));
}

TEST(SentenceSplitter, SpanishAbbreviations) {
  const Language spanish = ResolveLanguage("es");
  EXPECT_THAT(
      SplitAll("La Sra. Morales y el Sr. Gómez llegaron. Viajó a EE. UU. y "
               "a Canadá. Vive en EE. UU. El clima es frío. Hay frutas, p. ej. "
               "Manzanas rojas. Lea la pág. 5 del libro. Dña. Carmen vino.",
               spanish),
      ElementsAre("La Sra. Morales y el Sr. Gómez llegaron.",
                  "Viajó a EE. UU. y a Canadá.", "Vive en EE. UU.",
                  "El clima es frío.", "Hay frutas, p. ej. Manzanas rojas.",
                  "Lea la pág. 5 del libro.", "Dña. Carmen vino."));
  EXPECT_THAT(
      SplitAll("¿Quién vino? Nadie. ¡Qué pena! Otro día será.", spanish),
      ElementsAre("¿Quién vino?", "Nadie.", "¡Qué pena!", "Otro día será."));
}

TEST(SentenceSplitter, ItalianAndDutchAbbreviations) {
  EXPECT_THAT(
      SplitAll("Il sig. Rossi e il dott. Bianchi sono qui. Ci sono violini, "
               "flauti ecc. Il museo è aperto. Vedi pag. 5 del libro.",
               ResolveLanguage("it")),
      ElementsAre("Il sig. Rossi e il dott. Bianchi sono qui.",
                  "Ci sono violini, flauti ecc.", "Il museo è aperto.",
                  "Vedi pag. 5 del libro."));
  EXPECT_THAT(
      SplitAll("Volgens dhr. Jansen en mevr. De Vries is het koud. Er zijn "
               "bomen, bijv. Eiken en beuken. Zie blz. 4 van het boek. Het "
               "regent enz. De zon komt later.",
               ResolveLanguage("nl")),
      ElementsAre("Volgens dhr. Jansen en mevr. De Vries is het koud.",
                  "Er zijn bomen, bijv. Eiken en beuken.",
                  "Zie blz. 4 van het boek.", "Het regent enz.",
                  "De zon komt later."));
}

TEST(SentenceSplitter, ThaiSentencesEndAtSpaces) {
  const Language thai = ResolveLanguage("th");
  EXPECT_THAT(SplitAll("วันนี้ฝนตกหนัก ถนนหลายสายมีน้ำท่วม  โรงเรียนปิดหนึ่งวัน", thai),
              ElementsAre("วันนี้ฝนตกหนัก", "ถนนหลายสายมีน้ำท่วม", "โรงเรียนปิดหนึ่งวัน"));
  // ... but not at the spaces inside a sentence (thai_sentences_test.cc):
  // "and" opens a clause of the same sentence.
  EXPECT_THAT(SplitAll("วันนี้ฝนตกหนัก และถนนหลายสายมีน้ำท่วม โรงเรียนปิดหนึ่งวัน", thai),
              ElementsAre("วันนี้ฝนตกหนัก และถนนหลายสายมีน้ำท่วม", "โรงเรียนปิดหนึ่งวัน"));
  // Spaces next to digits, Latin words and punctuation do not cut.
  EXPECT_THAT(SplitAll("ปี 2566 มีคนมาเที่ยว (ไทย) มาก", thai),
              ElementsAre("ปี 2566 มีคนมาเที่ยว (ไทย) มาก"));
  // Only Thai is cut at spaces.
  EXPECT_THAT(SplitAll("วันนี้ฝนตก ถนนเปียก", ResolveLanguage("und")),
              ElementsAre("วันนี้ฝนตก ถนนเปียก"));
}

TEST(SentenceSplitter, GreekQuestionMark) {
  const Language greek = ResolveLanguage("el");
  // ";" (and U+037E, the same after NFC) is Greek's question mark.
  EXPECT_THAT(SplitAll("Πού πας; Στο σπίτι. Γιατί; Είναι αργά.", greek),
              ElementsAre("Πού πας;", "Στο σπίτι.", "Γιατί;", "Είναι αργά."));
}

TEST(SentenceSplitter, ScriptsWithTheirOwnMarks) {
  // Hindi danda, Armenian full stop, Arabic question mark, Hebrew, Tamil,
  // Korean; each in its language and under the root rules ("und").
  struct Case {
    const char* code;
    std::string text;
    std::vector<std::string> sentences;
  };
  const Case cases[] = {
      {"hi",
       "आज बारिश हुई। सड़कें गीली हैं। क्या कल धूप होगी?",
       {"आज बारिश हुई।", "सड़कें गीली हैं।", "क्या कल धूप होगी?"}},
      {"hy",
       "Այսօր անձրև է։ Փողոցները թաց են։",
       {"Այսօր անձրև է։", "Փողոցները թաց են։"}},
      {"ar",
       "هل ستمطر غدا؟ نعم، ستمطر. الطرق مبللة.",
       {"هل ستمطر غدا؟", "نعم، ستمطر.", "الطرق مبللة."}},
      {"he",
       "היום יורד גשם. האם מחר יהיה שמש? כן.",
       {"היום יורד גשם.", "האם מחר יהיה שמש?", "כן."}},
      {"ta",
       "இன்று மழை பெய்தது. சாலைகள் ஈரமாக உள்ளன.",
       {"இன்று மழை பெய்தது.", "சாலைகள் ஈரமாக உள்ளன."}},
      {"ko",
       "오늘 비가 왔습니다. 내일은 맑을까요? 네.",
       {"오늘 비가 왔습니다.", "내일은 맑을까요?", "네."}},
  };
  for (const Case& c : cases) {
    for (const char* code : {c.code, "und"}) {
      EXPECT_EQ(SplitAll(c.text, ResolveLanguage(code)), c.sentences)
          << c.code << " as " << code;
    }
  }
}

TEST(SentenceSplitter, JoinedLineBreaksDoNotSplit) {
  // The structure stage hands over text whose hard wraps became spaces.
  EXPECT_THAT(SplitAll("He walked along the river bank. It was late."),
              ElementsAre("He walked along the river bank.", "It was late."));
}

TEST(SentenceSplitter, BadLocaleFallsBackOrThrows) {
  // ICU falls back to the root locale for unknown ids; only a failure to
  // load any rules throws. Either way, no crash and a usable result.
  try {
    const Language odd{"qq", "qq@ss=standard", nullptr};
    EXPECT_THAT(SplitAll("One. Two.", odd), ElementsAre("One.", "Two."));
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInternal);
  }
}

// Up to max_pieces - 1 of `pieces` drawn at random, end to end.
std::string RandomText(std::mt19937& random,
                       const std::vector<std::string>& pieces,
                       std::size_t max_pieces) {
  std::string text;
  const std::size_t length = random() % max_pieces;
  for (std::size_t i = 0; i < length; ++i) {
    text += pieces[random() % pieces.size()];
  }
  return text;
}

TEST(SentenceSplitter, InvariantsHoldOnRandomText) {
  // Pieces that exercise every rule; SplitBlock() checks the invariants.
  const std::vector<std::string> pieces = {
      "The",    "river",  "rose", "he", "J.", "U.S.", "Dr.",
      "a.m.",   "No.",    "3.14", ".",  "?",  "!",    ",",
      "\"",     "\u00bb", "...",  " ",  " ",  " ",    "\u4eca",
      "\u3002", "\u00a0", "\t",   "\n"};
  SentenceSplitter splitter(English());
  std::mt19937 random(20240601);
  for (int round = 0; round < 300; ++round) {
    const std::string text = RandomText(random, pieces, 40);
    SplitBlock(splitter, text, Span{0, text.size()});
  }
}

TEST(SentenceSplitter, InvariantsHoldOnRandomTextInEveryLanguage) {
  // Pieces for the language rules: parts of abbreviations, ordinals, units,
  // citations, Turkish capitals, Chinese list numbers.
  const std::vector<std::string> pieces = {
      "z.",     "B.",     "d.",     "h.",     "3.",      "19.",
      "1990.",  "[15.",   "С.",     "г.",     "гг.",     "2021",
      "м2/г.",  "İşte",   "Bu",     "Die",    "Oktober", "Sr.",
      "etc.",   "%",      "XX",     "\u4f60", "\u3002",  "1.",
      ".",      "?",      "\"",     "(",      ")",       " ",
      " ",      " ",      "\n",     "M.",     "EE.",     "UU.",
      "p.",     "ex.",    "ej.",    "J.-C.",  ";",       "\u0e44\u0e17\u0e22",
      "\u0e01", "\u0e48", "\u0964", "\u0589"};
  std::mt19937 random(20240607);
  for (const char* code : {"de", "ru", "tr", "pt", "zh", "fr", "es", "it", "nl",
                           "th", "el", "und"}) {
    SentenceSplitter splitter(ResolveLanguage(code));
    for (int round = 0; round < 200; ++round) {
      const std::string text = RandomText(random, pieces, 40);
      SplitBlock(splitter, text, Span{0, text.size()});
    }
  }
}

struct Compared {
  std::size_t blocks = 0;
  std::size_t with_line_breaks = 0;  // blocks with a line break inside
};

// Compares Split() on `text` with Split() on it with spaces for its line
// breaks, on every prose and list block AnalyzeStructure() finds and on the
// whole text as one block. `joined` has no line break at all, so it gets
// what Split() gave before it read them as spaces itself.
Compared ExpectSameAsJoined(SentenceSplitter& splitter, std::string_view text,
                            std::string_view where) {
  const std::string joined = LineBreaksToSpaces(text);
  const auto offsets = [](const std::vector<Span>& spans) {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const Span& span : spans) pairs.emplace_back(span.begin, span.end);
    return pairs;
  };
  std::vector<Span> blocks;
  for (const Block& block :
       AnalyzeStructure(text, ByteOrderMarkLength(text)).blocks) {
    if (block.kind != BlockKind::kFragment) {
      blocks.push_back({block.begin, block.end});
    }
  }
  blocks.push_back({0, text.size()});
  std::size_t with_line_breaks = 0;
  std::size_t mismatches = 0;
  for (const Span& block : blocks) {
    const std::string_view slice =
        text.substr(block.begin, block.end - block.begin);
    if (slice.find_first_of("\r\n") != std::string_view::npos) {
      ++with_line_breaks;
    }
    const auto original = offsets(splitter.Split(text, block));
    const auto expected = offsets(splitter.Split(joined, block));
    if (original != expected && ++mismatches <= 3) {
      ADD_FAILURE() << where << ", block at byte " << block.begin << ": "
                    << ::testing::PrintToString(original) << "\nvs joined "
                    << ::testing::PrintToString(expected);
    }
  }
  EXPECT_EQ(mismatches, 0u) << where << " (" << blocks.size() << " blocks)";
  return {blocks.size(), with_line_breaks};
}

// Split() on the original text, line breaks and all, gives exactly what it
// gives for the text with spaces in their place, on every corpus file.
TEST(SentenceSplitter, LineBreaksReadAsSpacesOnEveryCorpus) {
  const std::vector<testing::CorpusText> corpus = testing::CorpusTexts();
  if (corpus.empty()) GTEST_SKIP() << "../shared is not present";
  std::size_t files = 0;
  for (const testing::CorpusText& file : corpus) {
    const std::string& name = file.name;
    SentenceSplitter splitter(ResolveLanguage(file.language));
    const std::string text = testing::ReadFile(file.path);
    const Compared compared = ExpectSameAsJoined(splitter, text, name);
    EXPECT_GT(compared.with_line_breaks, 0u) << name;
    std::cout << name << ": " << compared.blocks << " blocks compared, "
              << compared.with_line_breaks << " with line breaks\n";
    ++files;
  }
  EXPECT_GE(files, 5u);
}

// The same on random text with line breaks, in languages on the fast path
// and off it (Greek: ICU on the copy; Thai: ICU and the Thai splitter on
// the copy).
TEST(SentenceSplitter, LineBreaksReadAsSpacesOnRandomText) {
  const std::vector<std::string> pieces = {
      "The",    "river", "rose", "he",     "J.",
      "U.S.",   "Dr.",   "a.m.", "No.",    "3.14",
      ".",      "?",     "!",    ",",      "\"",
      "»",      "...",   " ",    " ",      " ",
      "\n",     "\r",    "\r\n", "\n\n",   "- ",
      "1. ",    "z.",    "B.",   "19.",    "Die",
      "г.",     "С.",    "İşte", "今",     "。",
      "\u00a0", "\t",    "Mr.",  "\u0301", "\u0e44\u0e17\u0e22",
      "\u0e01", ";"};
  std::mt19937 random(20261127);
  Compared total;
  for (const char* code : {"en", "de", "ru", "tr", "fr", "zh", "el", "th"}) {
    SentenceSplitter splitter(ResolveLanguage(code));
    for (int round = 0; round < 500; ++round) {
      const std::string text = RandomText(random, pieces, 60);
      const Compared compared = ExpectSameAsJoined(splitter, text, code);
      total.blocks += compared.blocks;
      total.with_line_breaks += compared.with_line_breaks;
    }
  }
  EXPECT_GT(total.with_line_breaks, 2000u);
  std::cout << "4,000 random texts: " << total.blocks << " blocks compared, "
            << total.with_line_breaks << " with line breaks\n";
}

// Thai goes to ICU and the Thai splitter on a copy with spaces: a line
// break cuts where a space would.
TEST(SentenceSplitter, ThaiLineBreaksReadAsSpaces) {
  SentenceSplitter splitter(ResolveLanguage("th"));
  for (const std::string_view text :
       {"วันนี้ฝนตกหนัก\nถนนหลายสายมีน้ำท่วม\r\nโรงเรียนปิดหนึ่งวัน",
        "วันนี้ฝนตกหนัก\nและถนนหลายสายมีน้ำท่วม\rโรงเรียนปิดหนึ่งวัน",
        "ปี 2566\nมีคนมาเที่ยว (ไทย)\nมาก. Next\r\nline"}) {
    EXPECT_GT(ExpectSameAsJoined(splitter, text, text).with_line_breaks, 0u);
  }
  const std::string_view wrapped =
      "วันนี้ฝนตกหนัก\nถนนหลายสายมีน้ำท่วม\r\nโรงเรียนปิดหนึ่งวัน";
  EXPECT_THAT(SplitBlock(splitter, wrapped, {0, wrapped.size()}),
              ElementsAre("วันนี้ฝนตกหนัก", "ถนนหลายสายมีน้ำท่วม", "โรงเรียนปิดหนึ่งวัน"));
}

}  // namespace
}  // namespace summarize::internal
