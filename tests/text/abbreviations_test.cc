// Tests for the abbreviation data and the rules that undo false breaks.
#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include "util/embedded_data.h"

namespace summarize::internal {
namespace {

// A small file in the data format, with invented entries where the rule
// does not care about the language.
constexpr std::string_view kData =
    "# comment\n"
    "ignored.before.any.section\n"
    "[title]\n"
    "Dr.\n"
    "  Prof.  \r\n"
    "\n"
    "[general]\n"
    "U.S.\n"
    "a.m.\n"
    "Xyz.\n"
    "[sentence-final]\n"
    "I.\n"
    "[some-future-section]\n"
    "ignored\n"
    "[starters]\n"
    "The\n"
    "he\n"
    "a\n";

TEST(Abbreviations, ParsesSections) {
  const Abbreviations abbreviations(kData);
  EXPECT_EQ(abbreviations.abbreviation_count(), 5u);
  EXPECT_EQ(abbreviations.starter_count(), 3u);
  EXPECT_EQ(abbreviations.Classify("Dr."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("Prof."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("U.S."), AbbreviationKind::kGeneral);
  EXPECT_EQ(abbreviations.Classify("ignored.before.any.section"),
            AbbreviationKind::kNone);
  EXPECT_TRUE(abbreviations.IsSentenceStarter("the"));
  EXPECT_FALSE(abbreviations.IsSentenceStarter("ignored"));
}

TEST(Abbreviations, MatchesCaseInsensitively) {
  const Abbreviations abbreviations(kData);
  EXPECT_EQ(abbreviations.Classify("DR."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("A.m."), AbbreviationKind::kGeneral);
  EXPECT_EQ(abbreviations.Classify("xyz."), AbbreviationKind::kGeneral);
  // An entry written in lowercase does not match capitals only: "A.M." is
  // initials, which join by the same rule as general abbreviations.
  EXPECT_EQ(abbreviations.Classify("A.M."), AbbreviationKind::kInitial);
  EXPECT_TRUE(abbreviations.JoinsNext("at 2 A.M. ", "Sunday"));
  EXPECT_FALSE(abbreviations.JoinsNext("at 6 A.M. ", "The storm hit."));
  EXPECT_TRUE(abbreviations.IsSentenceStarter("THE"));
  EXPECT_TRUE(abbreviations.IsSentenceStarter("He"));
}

TEST(Abbreviations, ClassifiesInitials) {
  const Abbreviations abbreviations(kData);
  EXPECT_EQ(abbreviations.Classify("J."), AbbreviationKind::kInitial);
  EXPECT_EQ(abbreviations.Classify("J.R.R."), AbbreviationKind::kInitial);
  EXPECT_EQ(abbreviations.Classify("Ł."), AbbreviationKind::kInitial);
  EXPECT_EQ(abbreviations.Classify("I."), AbbreviationKind::kNone);
  EXPECT_EQ(abbreviations.Classify("j."), AbbreviationKind::kNone);
  EXPECT_EQ(abbreviations.Classify("Jo."), AbbreviationKind::kNone);
  EXPECT_EQ(abbreviations.Classify("Smith."), AbbreviationKind::kNone);
  EXPECT_EQ(abbreviations.Classify("Dr"), AbbreviationKind::kNone);
  EXPECT_EQ(abbreviations.Classify(""), AbbreviationKind::kNone);
}

TEST(Abbreviations, HyphenatedPrefixUsesLastPart) {
  const Abbreviations abbreviations(kData);
  EXPECT_EQ(abbreviations.Classify("non-U.S."), AbbreviationKind::kGeneral);
  EXPECT_EQ(abbreviations.Classify("ex-Dr."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("well-known."), AbbreviationKind::kNone);
}

TEST(Abbreviations, TitleAlwaysJoins) {
  const Abbreviations abbreviations(kData);
  EXPECT_TRUE(abbreviations.JoinsNext("We met Dr. ", "Jones there."));
  EXPECT_TRUE(abbreviations.JoinsNext("We met Dr. ", "He said so."));
  EXPECT_TRUE(abbreviations.JoinsNext("We met (Dr.", " \"Jones\""));
  EXPECT_FALSE(abbreviations.JoinsNext("We met Dr. ", "   "));
}

TEST(Abbreviations, GeneralJoinsUnlessSentenceStarts) {
  const Abbreviations abbreviations(kData);
  EXPECT_TRUE(abbreviations.JoinsNext("the U.S. ", "Gulf Coast."));
  EXPECT_TRUE(abbreviations.JoinsNext("at 2 a.m. ", "Sunday."));
  EXPECT_TRUE(abbreviations.JoinsNext("at 2 a.m. ", "local time."));
  EXPECT_TRUE(abbreviations.JoinsNext("the U.S. ", "2024 budget."));
  EXPECT_FALSE(abbreviations.JoinsNext("moved to the U.S. ", "He left."));
  EXPECT_FALSE(abbreviations.JoinsNext("at 6 a.m. ", "The storm hit."));
  EXPECT_FALSE(abbreviations.JoinsNext("the U.S. ", "\"Quoted,\" he said."));
  EXPECT_FALSE(abbreviations.JoinsNext("the U.S.\n", "A new day."));
}

TEST(Abbreviations, InitialsJoin) {
  const Abbreviations abbreviations(kData);
  EXPECT_TRUE(abbreviations.JoinsNext("J. ", "R. R. Tolkien"));
  EXPECT_TRUE(abbreviations.JoinsNext("J. R. R. ", "Tolkien wrote"));
  // "A" is a starter, but "A." is another initial.
  EXPECT_TRUE(abbreviations.JoinsNext("by J. ", "A. Smith"));
  EXPECT_FALSE(abbreviations.JoinsNext("got a grade B. ", "The next"));
  EXPECT_FALSE(abbreviations.JoinsNext("so did I. ", "Later"));
}

TEST(Abbreviations, OrdinaryWordsNeverJoin) {
  const Abbreviations abbreviations(kData);
  EXPECT_FALSE(abbreviations.JoinsNext("It rained. ", "Then it stopped."));
  EXPECT_FALSE(abbreviations.JoinsNext("It rained! ", "floods"));
  EXPECT_FALSE(abbreviations.JoinsNext("", "Then"));
  EXPECT_FALSE(abbreviations.JoinsNext("   ", "Then"));
}

TEST(Abbreviations, NoDataMeansInitialsOnly) {
  const Abbreviations none;
  EXPECT_EQ(none.Classify("Dr."), AbbreviationKind::kNone);
  EXPECT_EQ(none.Classify("J."), AbbreviationKind::kInitial);
  EXPECT_TRUE(none.JoinsNext("J. ", "Tolkien"));
  EXPECT_FALSE(none.JoinsNext("Dr. ", "Jones"));
}

// Invented entries for the newer sections and for several parts.
constexpr std::string_view kMoreData =
    "[title]\n"
    "г.\n"
    "им.\n"
    "[general]\n"
    "z. B.\n"
    "v. Chr.\n"
    "a. b. c. d. e.\n"  // more than kMaxAbbreviationParts: ignored
    "[weak]\n"
    "рис.\n"
    "т. д.\n"
    "[units]\n"
    "г.\n"
    "[starters]\n"
    "die\n"
    "two words\n"  // ignored: a starter is one word
    "[ordinals]\n"
    "Oktober\n"
    "С.\n";

TEST(Abbreviations, SeveralPartsMatchWithAnySpacing) {
  const Abbreviations abbreviations(kMoreData);
  EXPECT_EQ(abbreviations.Classify("z.B."), AbbreviationKind::kGeneral);
  EXPECT_EQ(abbreviations.Classify("Z.B."), AbbreviationKind::kGeneral);
  EXPECT_EQ(abbreviations.Classify("т.д."), AbbreviationKind::kWeak);
  EXPECT_EQ(abbreviations.Classify("a.b.c.d.e."), AbbreviationKind::kNone);
  // A break between the parts is undone, whatever follows.
  EXPECT_TRUE(abbreviations.JoinsNext("Tiere (z. ", "B. Hunde)"));
  EXPECT_TRUE(abbreviations.JoinsNext("Tiere, z. ", "B., Hunde"));
  EXPECT_TRUE(abbreviations.JoinsNext("um 300 v. ", "Chr. Die Stadt"));
  EXPECT_FALSE(abbreviations.JoinsNext("Er kam z. ", "Die Stadt"));
  // After the whole abbreviation, its section's rule applies.
  EXPECT_TRUE(abbreviations.JoinsNext("Tiere, z. B. ", "Hunde"));
  EXPECT_TRUE(abbreviations.JoinsNext("Tiere, z.B. ", "Hunde"));
  EXPECT_FALSE(abbreviations.JoinsNext("um 300 v. Chr. ", "Die Stadt"));
  EXPECT_TRUE(abbreviations.JoinsNext("um 300 v. Chr. ", "Nabonid kam"));
  EXPECT_FALSE(abbreviations.JoinsNext("груши и т. д. ", "Затем"));
}

TEST(Abbreviations, WeakJoinsOnlyNumbersAndLowercase) {
  const Abbreviations abbreviations(kMoreData);
  EXPECT_EQ(abbreviations.Classify("рис."), AbbreviationKind::kWeak);
  EXPECT_TRUE(abbreviations.JoinsNext("видно (рис. ", "1)."));
  EXPECT_TRUE(abbreviations.JoinsNext("на рис. ", "видно"));
  EXPECT_TRUE(abbreviations.JoinsNext("на рис. ", "XIX, а"));
  EXPECT_TRUE(abbreviations.JoinsNext("всего 0,1 рис. ", "%."));
  EXPECT_FALSE(abbreviations.JoinsNext("на рис. ", "Затем"));
  EXPECT_FALSE(abbreviations.JoinsNext("на рис. ", "«Схема»"));
}

TEST(Abbreviations, UnitsAfterANumber) {
  const Abbreviations abbreviations(kMoreData);
  // "г." before a name is a title, after a number a unit (a year).
  EXPECT_TRUE(abbreviations.JoinsNext("участке (г. ", "Краснодар)"));
  EXPECT_TRUE(abbreviations.JoinsNext("в г. ", "Томске"));
  EXPECT_FALSE(abbreviations.JoinsNext("в 2021 г. ", "Посев провели"));
  EXPECT_FALSE(abbreviations.JoinsNext("в 2018–2021 г. ", "Посев"));
  EXPECT_TRUE(abbreviations.JoinsNext("в 2021 г. ", "в мае"));
  EXPECT_TRUE(abbreviations.JoinsNext("в 2021 г. ", "10 мая"));
  EXPECT_FALSE(abbreviations.JoinsNext("площадь 5 м2/г. ", "Затем"));
}

TEST(Abbreviations, LowercaseEntriesDoNotMatchCapitals) {
  const Abbreviations abbreviations(kMoreData);
  EXPECT_EQ(abbreviations.Classify("им."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("Им."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("ИМ."), AbbreviationKind::kNone);
  EXPECT_EQ(abbreviations.Classify("г."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("Г."), AbbreviationKind::kInitial);
  EXPECT_FALSE(abbreviations.JoinsNext("с ИМ. ", "Также"));
  EXPECT_TRUE(abbreviations.JoinsNext("музей им. ", "Пушкина"));
  // "Dr." (written with a capital) matches in every case.
  const Abbreviations english(kData);
  EXPECT_EQ(english.Classify("DR."), AbbreviationKind::kTitle);
  EXPECT_EQ(english.Classify("dr."), AbbreviationKind::kTitle);
}

TEST(Abbreviations, OrdinalNumbers) {
  const Abbreviations abbreviations(kMoreData);
  EXPECT_EQ(abbreviations.ordinal_count(), 2u);
  EXPECT_TRUE(abbreviations.JoinsNext("Er kam am 3. ", "Oktober"));
  EXPECT_TRUE(abbreviations.JoinsNext("Er kam am (3. ", "Oktober)"));
  EXPECT_TRUE(abbreviations.JoinsNext("Im 19. ", "und 20. Jahrhundert"));
  EXPECT_TRUE(abbreviations.JoinsNext("пишет [15. ", "С. 2]"));
  EXPECT_FALSE(abbreviations.JoinsNext("пишет 15. ", "С тех пор"));
  EXPECT_FALSE(abbreviations.JoinsNext("Er wurde 3. ", "Der Sieger"));
  // Without "*", other capitalised words keep the break.
  EXPECT_FALSE(abbreviations.JoinsNext("Die 11. ", "Armee"));
  // Four digits are a year, not an ordinal.
  EXPECT_FALSE(abbreviations.JoinsNext("im Jahr 1990. ", "Oktober"));
  EXPECT_FALSE(abbreviations.JoinsNext("Version 2.3. ", "Oktober"));
  // "*": every capitalised word that is not a sentence starter.
  const Abbreviations any("[starters]\nbu\n[ordinals]\n*\n");
  EXPECT_TRUE(any.JoinsNext("Meteoroloji 12. ", "Bölge Müdürlüğü"));
  EXPECT_FALSE(any.JoinsNext("Sonuç 5. ", "Bu iyi"));
  EXPECT_FALSE(any.JoinsNext("Sonuç 5. ", "\"Alıntı\""));
  // No [ordinals]: no ordinal rule at all.
  EXPECT_FALSE(Abbreviations(kData).JoinsNext("He came 3. ", "Smith"));
}

TEST(Abbreviations, TurkishDottedAndDotlessIMatch) {
  const Abbreviations abbreviations("[title]\nİst.\n[starters]\nişte\nılık\n");
  EXPECT_EQ(abbreviations.Classify("İST."), AbbreviationKind::kTitle);
  EXPECT_EQ(abbreviations.Classify("ist."), AbbreviationKind::kTitle);
  EXPECT_TRUE(abbreviations.IsSentenceStarter("İşte"));
  EXPECT_TRUE(abbreviations.IsSentenceStarter("IŞTE"));
  EXPECT_TRUE(abbreviations.IsSentenceStarter("Ilık"));
}

TEST(AbbreviationsFor, EnglishFileIsEmbeddedAndParsed) {
  EXPECT_FALSE(EmbeddedData("abbreviations/en.txt").empty());
  const Abbreviations& english = AbbreviationsFor("en");
  EXPECT_GT(english.abbreviation_count(), 50u);
  EXPECT_GT(english.starter_count(), 50u);
  for (const char* title : {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.",
                            "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "vs."}) {
    EXPECT_EQ(english.Classify(title), AbbreviationKind::kTitle) << title;
  }
  for (const char* general :
       {"e.g.", "i.e.", "a.m.", "p.m.", "U.S.", "U.K.", "etc.", "approx.",
        "Inc.", "Ltd.", "Co.", "Jan.", "Feb.", "No.", "St.", "Jr."}) {
    EXPECT_EQ(english.Classify(general), AbbreviationKind::kGeneral) << general;
  }
  EXPECT_TRUE(english.IsSentenceStarter("The"));
  EXPECT_FALSE(english.IsSentenceStarter("Gulf"));
  // Parsed once: the same object every time.
  EXPECT_EQ(&AbbreviationsFor("en"), &english);
}

TEST(AbbreviationsFor, GermanFile) {
  const Abbreviations& german = AbbreviationsFor("de");
  EXPECT_GT(german.abbreviation_count(), 100u);
  EXPECT_GT(german.starter_count(), 100u);
  EXPECT_GT(german.ordinal_count(), 20u);
  for (const char* title : {"Dr.", "Prof.", "St."}) {
    EXPECT_EQ(german.Classify(title), AbbreviationKind::kTitle) << title;
  }
  for (const char* general : {"z.B.", "d.h.", "u.a.", "bzw.", "ca.", "usw.",
                              "vgl.", "Jh.", "v.Chr."}) {
    EXPECT_EQ(german.Classify(general), AbbreviationKind::kGeneral) << general;
  }
  for (const char* weak : {"Nr.", "Art.", "Abs."}) {
    EXPECT_EQ(german.Classify(weak), AbbreviationKind::kWeak) << weak;
  }
  EXPECT_TRUE(german.IsSentenceStarter("Die"));
  EXPECT_FALSE(german.IsSentenceStarter("Armee"));
}

TEST(AbbreviationsFor, RussianFile) {
  const Abbreviations& russian = AbbreviationsFor("ru");
  for (const char* title : {"г.", "им.", "ул.", "Дж.", "проф."}) {
    EXPECT_EQ(russian.Classify(title), AbbreviationKind::kTitle) << title;
  }
  for (const char* general : {"т.е.", "т.к.", "напр.", "см."}) {
    EXPECT_EQ(russian.Classify(general), AbbreviationKind::kGeneral) << general;
  }
  for (const char* weak :
       {"т.д.", "т.п.", "др.", "гг.", "в.", "вв.", "рис.", "табл.", "ст."}) {
    // "в." (century) is in no section: ICU already joins what follows it
    // in lowercase, and a capital after it starts a sentence.
    EXPECT_EQ(russian.Classify(weak), std::string_view(weak) == "в."
                                          ? AbbreviationKind::kNone
                                          : AbbreviationKind::kWeak)
        << weak;
  }
  // Cyrillic capitals are initials.
  EXPECT_EQ(russian.Classify("А."), AbbreviationKind::kInitial);
  EXPECT_EQ(russian.Classify("Д.Н."), AbbreviationKind::kInitial);
  EXPECT_TRUE(russian.JoinsNext("поэт А. ", "С. Пушкин"));
  EXPECT_TRUE(russian.JoinsNext("поэт А. С. ", "Пушкин"));
  EXPECT_FALSE(russian.JoinsNext("писал Пушкин А. С. ", "В этом"));
}

TEST(AbbreviationsFor, PortugueseAndTurkishFiles) {
  const Abbreviations& portuguese = AbbreviationsFor("pt");
  for (const char* title : {"Sr.", "Sra.", "Dr.", "Dra.", "sr."}) {
    EXPECT_EQ(portuguese.Classify(title), AbbreviationKind::kTitle) << title;
  }
  EXPECT_EQ(portuguese.Classify("p.ex."), AbbreviationKind::kGeneral);
  EXPECT_EQ(portuguese.Classify("etc."), AbbreviationKind::kGeneral);
  EXPECT_EQ(portuguese.Classify("pág."), AbbreviationKind::kWeak);
  EXPECT_TRUE(portuguese.IsSentenceStarter("Todos"));

  const Abbreviations& turkish = AbbreviationsFor("tr");
  for (const char* title : {"Dr.", "Prof.", "Doç.", "Av.", "DOÇ."}) {
    EXPECT_EQ(turkish.Classify(title), AbbreviationKind::kTitle) << title;
  }
  EXPECT_EQ(turkish.Classify("bkz."), AbbreviationKind::kGeneral);
  EXPECT_EQ(turkish.Classify("vb."), AbbreviationKind::kWeak);
  EXPECT_EQ(turkish.Classify("vs."), AbbreviationKind::kWeak);
  EXPECT_TRUE(turkish.IsSentenceStarter("Bu"));
  EXPECT_TRUE(turkish.JoinsNext("Yargıtay 13. ", "Hukuk Dairesi"));
  EXPECT_FALSE(turkish.JoinsNext("Sonuç 5. ", "Bu iyi."));
}

TEST(AbbreviationsFor, FrenchSpanishItalianDutchFiles) {
  const Abbreviations& french = AbbreviationsFor("fr");
  for (const char* title : {"M.", "MM.", "Mme.", "Dr.", "av."}) {
    EXPECT_EQ(french.Classify(title), AbbreviationKind::kTitle) << title;
  }
  EXPECT_EQ(french.Classify("p.ex."), AbbreviationKind::kGeneral);
  EXPECT_EQ(french.Classify("etc."), AbbreviationKind::kGeneral);
  EXPECT_EQ(french.Classify("p."), AbbreviationKind::kWeak);
  EXPECT_TRUE(french.IsSentenceStarter("Les"));
  EXPECT_TRUE(french.JoinsNext("en 753 av. ", "J.-C. les rois"));
  EXPECT_FALSE(french.JoinsNext("du miel, etc. ", "Les enfants jouent."));
  EXPECT_TRUE(french.JoinsNext("M. ", "Le Pen a parlé."));

  const Abbreviations& spanish = AbbreviationsFor("es");
  for (const char* title : {"Sr.", "Sra.", "Dña.", "Dr."}) {
    EXPECT_EQ(spanish.Classify(title), AbbreviationKind::kTitle) << title;
  }
  EXPECT_EQ(spanish.Classify("EE.UU."), AbbreviationKind::kGeneral);
  EXPECT_EQ(spanish.Classify("p.ej."), AbbreviationKind::kGeneral);
  EXPECT_EQ(spanish.Classify("pág."), AbbreviationKind::kWeak);
  EXPECT_TRUE(spanish.JoinsNext("una universidad de EE. ", "UU. y otras"));
  EXPECT_FALSE(spanish.JoinsNext("Vive en EE. UU. ", "El clima es frío."));

  const Abbreviations& italian = AbbreviationsFor("it");
  EXPECT_EQ(italian.Classify("sig."), AbbreviationKind::kTitle);
  EXPECT_EQ(italian.Classify("dott."), AbbreviationKind::kTitle);
  EXPECT_EQ(italian.Classify("ecc."), AbbreviationKind::kGeneral);
  EXPECT_TRUE(italian.IsSentenceStarter("Il"));

  const Abbreviations& dutch = AbbreviationsFor("nl");
  EXPECT_EQ(dutch.Classify("dhr."), AbbreviationKind::kTitle);
  EXPECT_EQ(dutch.Classify("bijv."), AbbreviationKind::kGeneral);
  EXPECT_EQ(dutch.Classify("blz."), AbbreviationKind::kWeak);
  EXPECT_TRUE(dutch.IsSentenceStarter("De"));
}

TEST(AbbreviationsFor, LanguageWithoutFileHasInitialsOnly) {
  const Abbreviations& none = AbbreviationsFor("xx");
  EXPECT_EQ(none.abbreviation_count(), 0u);
  EXPECT_EQ(none.Classify("J."), AbbreviationKind::kInitial);
}

}  // namespace
}  // namespace summarize::internal
