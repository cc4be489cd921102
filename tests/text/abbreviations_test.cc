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
  EXPECT_EQ(abbreviations.Classify("A.M."), AbbreviationKind::kGeneral);
  EXPECT_EQ(abbreviations.Classify("xyz."), AbbreviationKind::kGeneral);
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

TEST(AbbreviationsFor, LanguageWithoutFileHasInitialsOnly) {
  const Abbreviations& none = AbbreviationsFor("xx");
  EXPECT_EQ(none.abbreviation_count(), 0u);
  EXPECT_EQ(none.Classify("J."), AbbreviationKind::kInitial);
}

}  // namespace
}  // namespace summarize::internal
