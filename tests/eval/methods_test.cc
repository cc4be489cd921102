// Tests for the method list and the lead and random baselines
// (bench/eval/methods.h).
#include "eval/methods.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <summarize/summarizer.hpp>
#include <vector>

#include "collapse_whitespace.h"
#include "eval/eval_error.h"

namespace summarize::eval {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// A ranking of `kinds` in document order; unit i has text "<i>".
Ranking MakeRanking(const std::vector<SentenceKind>& kinds) {
  Ranking ranking;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    Sentence sentence;
    sentence.text = std::to_string(i);
    sentence.index = i;
    sentence.kind = kinds[i];
    ranking.sentences.push_back(sentence);
    if (kinds[i] == SentenceKind::kSentence) ++ranking.candidates;
  }
  return ranking;
}

std::vector<std::size_t> Indices(const std::vector<Sentence>& sentences) {
  std::vector<std::size_t> indices;
  for (const Sentence& sentence : sentences) {
    indices.push_back(sentence.index);
  }
  return indices;
}

constexpr SentenceKind kS = SentenceKind::kSentence;
constexpr SentenceKind kF = SentenceKind::kFragment;

TEST(MethodsTest, DefaultMethodsAreEveryAlgorithmThenTheBaselines) {
  const std::vector<Method> methods = DefaultMethods();
  ASSERT_EQ(methods.size(), Algorithms().size() + 3);
  for (std::size_t i = 0; i < Algorithms().size(); ++i) {
    EXPECT_EQ(methods[i].name, Algorithms()[i].name);
    EXPECT_EQ(methods[i].kind, MethodKind::kLibrary);
    EXPECT_EQ(methods[i].algorithm, Algorithms()[i].algorithm);
    EXPECT_FALSE(methods[i].is_baseline());
  }
  const std::size_t b = Algorithms().size();
  EXPECT_EQ(methods[b].kind, MethodKind::kLead);
  EXPECT_EQ(methods[b + 1].kind, MethodKind::kRandom);
  EXPECT_EQ(methods[b + 2].kind, MethodKind::kOts);
  EXPECT_TRUE(methods[b + 2].is_baseline());
}

TEST(MethodsTest, ParseMethodsKeepsTheGivenOrder) {
  const std::vector<Method> methods = ParseMethods("ots,textrank,lead");
  ASSERT_EQ(methods.size(), 3u);
  EXPECT_EQ(methods[0].kind, MethodKind::kOts);
  EXPECT_EQ(methods[1].name, "textrank");
  EXPECT_EQ(methods[1].algorithm, Algorithm::kTextRank);
  EXPECT_EQ(methods[2].kind, MethodKind::kLead);
}

TEST(MethodsTest, ParseMethodsRejectsBadListsAsUsageErrors) {
  for (const char* list :
       {"", "lead,", ",lead", "lead,,random", "bogus", "lead,lead", "Lead"}) {
    try {
      ParseMethods(list);
      ADD_FAILURE() << "accepted \"" << list << "\"";
    } catch (const EvalError& error) {
      EXPECT_EQ(error.exit_code(), kExitUsage) << list;
      EXPECT_THAT(error.what(), HasSubstr("--methods")) << list;
    }
  }
  try {
    ParseMethods("default,nope");
  } catch (const EvalError& error) {
    EXPECT_THAT(error.what(), HasSubstr("unknown method \"nope\""));
    EXPECT_THAT(error.what(), HasSubstr("textrank"));
    EXPECT_THAT(error.what(), HasSubstr("ots"));
  }
}

TEST(MethodsTest, LeadTakesTheFirstKCandidatesInOrder) {
  const Ranking ranking = MakeRanking({kF, kS, kS, kF, kS, kS, kS});
  EXPECT_THAT(Indices(LeadSentences(ranking, 3)), ElementsAre(1, 2, 4));
  EXPECT_THAT(Indices(LeadSentences(ranking, 1)), ElementsAre(1));
  EXPECT_THAT(Indices(LeadSentences(ranking, 9)), ElementsAre(1, 2, 4, 5, 6));
  EXPECT_TRUE(LeadSentences(MakeRanking({kF, kF}), 2).empty());
  EXPECT_TRUE(LeadSentences(Ranking{}, 2).empty());
}

TEST(MethodsTest, RandomTakesKCandidatesInDocumentOrder) {
  const Ranking ranking = MakeRanking({kS, kF, kS, kS, kS, kF, kS, kS, kS});
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    const std::vector<std::size_t> chosen =
        Indices(RandomSentences(ranking, 4, seed));
    ASSERT_EQ(chosen.size(), 4u);
    EXPECT_TRUE(std::is_sorted(chosen.begin(), chosen.end()));
    EXPECT_EQ(std::set<std::size_t>(chosen.begin(), chosen.end()).size(), 4u);
    for (const std::size_t index : chosen) {
      EXPECT_EQ(ranking.sentences[index].kind, kS);
    }
  }
  EXPECT_THAT(Indices(RandomSentences(ranking, 20, 3)),
              ElementsAre(0, 2, 3, 4, 6, 7, 8));
  EXPECT_TRUE(RandomSentences(MakeRanking({kF}), 1, 3).empty());
}

TEST(MethodsTest, RandomIsDeterministicPerSeed) {
  const Ranking ranking = MakeRanking(std::vector<SentenceKind>(30, kS));
  EXPECT_EQ(Indices(RandomSentences(ranking, 5, 77)),
            Indices(RandomSentences(ranking, 5, 77)));
  std::set<std::vector<std::size_t>> choices;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    choices.insert(Indices(RandomSentences(ranking, 5, seed)));
  }
  EXPECT_GT(choices.size(), 15u);
}

// Each of n candidates is chosen with probability k / n.
TEST(MethodsTest, RandomIsUniform) {
  const std::size_t n = 10;
  const std::size_t k = 3;
  const int trials = 20000;
  const Ranking ranking = MakeRanking(std::vector<SentenceKind>(n, kS));
  std::vector<int> counts(n, 0);
  for (int t = 0; t < trials; ++t) {
    for (const std::size_t index :
         Indices(RandomSentences(ranking, k, static_cast<std::uint64_t>(t)))) {
      ++counts[index];
    }
  }
  const double expected = static_cast<double>(trials) * k / n;  // 6000
  for (const int count : counts) EXPECT_NEAR(count, expected, 300);
}

TEST(MethodsTest, BaselinesSkipFragmentsOfARealRanking) {
  const Summarizer summarizer(Options{});
  const Ranking ranking = summarizer.Rank(
      "Storm Heads North\n\nThe storm moved north on Sunday. It brought "
      "heavy rain to the coast. Officials closed three schools.\n");
  ASSERT_EQ(ranking.sentences.front().kind, kF);
  const std::vector<Sentence> lead = LeadSentences(ranking, 2);
  ASSERT_EQ(lead.size(), 2u);
  EXPECT_EQ(SummaryText(lead),
            "The storm moved north on Sunday.\nIt brought heavy rain to the "
            "coast.");
}

TEST(MethodsTest, SummaryTextCollapsesWhitespaceOneSentencePerLine) {
  Sentence a;
  a.text = "  One\nsentence\t here. ";
  Sentence blank;
  blank.text = " \n ";
  Sentence b;
  b.text = "Two.";
  EXPECT_EQ(SummaryText({a, blank, b}), "One sentence here.\nTwo.");
  EXPECT_EQ(SummaryText({}), "");
  EXPECT_EQ(summarize::cli::CollapseWhitespace("\r\n a \v\f b \n"), "a b");
}

}  // namespace
}  // namespace summarize::eval
