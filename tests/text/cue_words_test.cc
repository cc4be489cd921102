#include "text/cue_words.h"

#include <gtest/gtest.h>

#include <string>

#include "text/language.h"

namespace summarize::internal {
namespace {

TEST(CueWordsTest, ParsesSections) {
  const CueWords cues(
      "# comment\nignored\n[bonus]\nimportant\nkey\n\n[stigma]\nperhaps\n");
  EXPECT_EQ(cues.bonus, (std::vector<std::string>{"important", "key"}));
  EXPECT_EQ(cues.stigma, (std::vector<std::string>{"perhaps"}));
}

TEST(CueWordsTest, DictionariesAreEmbedded) {
  const CueWords& cues = Cues("en");
  EXPECT_GT(cues.bonus.size(), 10U);
  EXPECT_GT(cues.stigma.size(), 10U);
  for (const char* code : {"de", "pt", "ru", "tr"}) {
    EXPECT_FALSE(Cues(code).bonus.empty()) << code;
    EXPECT_FALSE(Cues(code).stigma.empty()) << code;
  }
  EXPECT_TRUE(Cues("xx").bonus.empty());
}

// "important" and "Results" (stemmed like "result") are bonus words,
// "Perhaps" and "maybe" stigma words, although all but "results" are English
// stopwords: the cue analysis keeps stopwords.
TEST(CueWordsTest, BalancePerSpan) {
  const std::string text =
      "The results are important. Perhaps it rained, maybe not. Cats sleep.";
  const std::vector<Span> spans = {{0, 26}, {27, 56}, {57, 68}};
  const std::vector<double> balance =
      CueBalance(ResolveLanguage("en"), true, text, spans);
  EXPECT_EQ(balance, (std::vector<double>{2, -2, 0}));
}

}  // namespace
}  // namespace summarize::internal
