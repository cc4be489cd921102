#include "keywords/keywords.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/vocabulary.h"

namespace summarize::internal {
namespace {

PowerIterationParams Tight() {
  PowerIterationParams params;
  params.tolerance = 1e-12;
  params.max_iterations = 10000;
  return params;
}

// Analysis by hand for tests: each sentence is a list of (term, word)
// pairs, the word found in `text` in order.
struct Analysed {
  TermRows rows;
  std::vector<Span> spans;
};

Analysed Analyse(
    std::string_view text,
    const std::vector<std::vector<std::pair<std::string, std::string>>>& s) {
  Analysed a;
  Vocabulary vocabulary;
  std::size_t at = 0;
  for (const auto& sentence : s) {
    for (const auto& [term, word] : sentence) {
      at = text.find(word, at);
      a.rows.open_row().push_back(vocabulary.Intern(term));
      a.spans.push_back({at, at + word.size()});
      at += word.size();
    }
    a.rows.EndRow();
  }
  return a;
}

// "Alpha beta. Beta gamma.": terms alpha, beta | beta, gamma. The
// co-occurrence graph is the path alpha − beta − gamma (unit weights), whose
// PageRank (d = 0.85) is 19/74, 18/37, 19/74.
constexpr std::string_view kText = "Alpha beta. Beta gamma.";

Analysed PathDocument() {
  return Analyse(kText, {{{"alpha", "Alpha"}, {"beta", "beta"}},
                         {{"beta", "Beta"}, {"gamma", "gamma"}}});
}

// k = 1: the top third of 3 terms is 1 term, beta; it forms no phrase
// (its neighbours are not kept), so the keyword is "beta" (spelled "beta"
// and "Beta" once each: the first) with 18/37.
TEST(KeywordsTest, TopWordByHand) {
  const Analysed a = PathDocument();
  const std::vector<Keyword> keywords =
      ExtractKeywords(kText, a.rows, a.spans, 1, Tight(), Cancellation());
  ASSERT_EQ(keywords.size(), 1U);
  EXPECT_EQ(keywords[0].text, "beta");
  EXPECT_NEAR(keywords[0].score, 18.0 / 37.0, 1e-9);
}

// "Alpha beta. Beta gamma. Alpha beta.": the same path (a pair met twice is
// still one edge), 19/74, 18/37, 19/74. k = 3 keeps every term. Each
// sentence is one adjacent run: "Alpha beta" occurs twice and scores
// 19/74 + 18/37 = 55/74; "Beta gamma" occurs once and is no phrase. The
// words follow: beta 18/37 (spelled "beta" twice, "Beta" once), then alpha
// and gamma tie at 19/74 and alpha comes first.
TEST(KeywordsTest, PhrasesSumTheirWords) {
  constexpr std::string_view text = "Alpha beta. Beta gamma. Alpha beta.";
  const Analysed a = Analyse(text, {{{"alpha", "Alpha"}, {"beta", "beta"}},
                                    {{"beta", "Beta"}, {"gamma", "gamma"}},
                                    {{"alpha", "Alpha"}, {"beta", "beta"}}});
  const std::vector<Keyword> keywords =
      ExtractKeywords(text, a.rows, a.spans, 3, Tight(), Cancellation());
  ASSERT_EQ(keywords.size(), 3U);
  EXPECT_EQ(keywords[0].text, "Alpha beta");
  EXPECT_NEAR(keywords[0].score, 55.0 / 74.0, 1e-9);
  EXPECT_EQ(keywords[1].text, "beta");
  EXPECT_NEAR(keywords[1].score, 18.0 / 37.0, 1e-9);
  EXPECT_EQ(keywords[2].text, "Alpha");
  EXPECT_NEAR(keywords[2].score, 19.0 / 74.0, 1e-9);
}

// Punctuation or a dropped stopword between two kept words ends a phrase.
TEST(KeywordsTest, PhrasesNeedAdjacentWords) {
  constexpr std::string_view text = "Alpha, beta. Beta of gamma.";
  const Analysed a = Analyse(text, {{{"alpha", "Alpha"}, {"beta", "beta"}},
                                    {{"beta", "Beta"}, {"gamma", "gamma"}}});
  const std::vector<Keyword> keywords =
      ExtractKeywords(text, a.rows, a.spans, 3, Tight(), Cancellation());
  ASSERT_EQ(keywords.size(), 3U);
  EXPECT_EQ(keywords[0].text, "beta");
  EXPECT_NEAR(keywords[0].score, 18.0 / 37.0, 1e-9);
  EXPECT_EQ(keywords[1].text, "Alpha");
  EXPECT_EQ(keywords[2].text, "gamma");
}

// The shown spelling is the most frequent one.
TEST(KeywordsTest, MostFrequentSpelling) {
  constexpr std::string_view text = "Rivers rise. The rivers fell. rivers.";
  const Analysed a = Analyse(text, {{{"river", "Rivers"}, {"rise", "rise"}},
                                    {{"river", "rivers"}, {"fell", "fell"}},
                                    {{"river", "rivers"}}});
  const std::vector<Keyword> keywords =
      ExtractKeywords(text, a.rows, a.spans, 1, Tight(), Cancellation());
  ASSERT_EQ(keywords.size(), 1U);
  EXPECT_EQ(keywords[0].text, "rivers");
}

TEST(KeywordsTest, NothingToRank) {
  EXPECT_TRUE(
      ExtractKeywords("", TermRows{}, {}, 5, Tight(), Cancellation()).empty());
  const Analysed a = PathDocument();
  EXPECT_TRUE(
      ExtractKeywords(kText, a.rows, a.spans, 0, Tight(), Cancellation())
          .empty());
}

}  // namespace
}  // namespace summarize::internal
