#include "select/selector.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

// One-hot unit rows: sentence i uses term topic[i], so two sentences are
// identical in content (cosine 1) exactly when their topics match.
SparseMatrix Topics(const std::vector<int>& topic) {
  const int columns =
      topic.empty() ? 1 : *std::max_element(topic.begin(), topic.end()) + 1;
  SparseMatrix m(static_cast<Eigen::Index>(topic.size()), columns);
  for (std::size_t i = 0; i < topic.size(); ++i) {
    m.insert(static_cast<Eigen::Index>(i), topic[i]) = 1.0F;
  }
  m.makeCompressed();
  return m;
}

SparseMatrix Distinct(std::size_t n) {
  std::vector<int> topic(n);
  for (std::size_t i = 0; i < n; ++i) topic[i] = static_cast<int>(i);
  return Topics(topic);
}

std::vector<Candidate> Scored(const std::vector<double>& scores,
                              std::size_t words = 10) {
  std::vector<Candidate> out;
  for (double s : scores) out.push_back({s, words, words * 6});
  return out;
}

SelectionParams Params(Length length) {
  SelectionParams params;
  params.length = length;
  return params;
}

TEST(SelectorTest, TopNInDocumentOrder) {
  const auto chosen = SelectSentences(Scored({0.1, 0.4, 0.2, 0.3}), Distinct(4),
                                      Params(Length::Sentences(2)));
  EXPECT_THAT(chosen, ElementsAre(1, 3));
}

TEST(SelectorTest, TiesGoToTheEarlierSentence) {
  const auto chosen = SelectSentences(Scored({0.2, 0.5, 0.5, 0.5}), Distinct(4),
                                      Params(Length::Sentences(2)));
  EXPECT_THAT(chosen, ElementsAre(1, 2));
}

// A caller's order is the visiting order: the candidates are taken in it,
// whatever their scores say (the caller vouches that they agree).
TEST(SelectorTest, GivenOrderIsTheVisitingOrder) {
  const std::vector<Candidate> candidates = Scored({0.1, 0.4, 0.2, 0.3});
  const std::vector<std::size_t> by_score = {1, 3, 2, 0};
  EXPECT_EQ(SelectSentences(candidates, Distinct(4),
                            Params(Length::Sentences(2)), by_score),
            SelectSentences(candidates, Distinct(4),
                            Params(Length::Sentences(2))));
  const std::vector<std::size_t> reversed = {0, 2, 3, 1};
  EXPECT_THAT(SelectSentences(candidates, Distinct(4),
                              Params(Length::Sentences(2)), reversed),
              ElementsAre(0, 2));
}

TEST(SelectorTest, GivenOrderOfAnotherSizeThrows) {
  const std::vector<std::size_t> too_short = {1, 0};
  EXPECT_EQ(testing::ThrownCode([&] {
              SelectSentences(Scored({0.1, 0.4, 0.2}), Distinct(3),
                              Params(Length::Sentences(1)), too_short);
            }),
            ErrorCode::kInternal);
}

TEST(SelectorTest, FewerCandidatesThanAskedGivesAll) {
  const auto chosen = SelectSentences(Scored({0.2, 0.1}), Distinct(2),
                                      Params(Length::Sentences(5)));
  EXPECT_THAT(chosen, ElementsAre(0, 1));
}

TEST(SelectorTest, NoCandidates) {
  EXPECT_TRUE(
      SelectSentences({}, SparseMatrix(0, 0), Params(Length::Sentences(3)))
          .empty());
}

TEST(SelectorTest, RatioRoundsUpAndTakesAtLeastOne) {
  EXPECT_EQ(TargetSentenceCount(Length::Ratio(0.25), 10), 3U);
  EXPECT_EQ(TargetSentenceCount(Length::Ratio(0.01), 10), 1U);
  EXPECT_EQ(TargetSentenceCount(Length::Ratio(1.0), 7), 7U);
  const auto chosen = SelectSentences(Scored({0.1, 0.4, 0.2, 0.3, 0.0}),
                                      Distinct(5), Params(Length::Ratio(0.5)));
  EXPECT_THAT(chosen, ElementsAre(1, 2, 3));
}

TEST(SelectorTest, WordBudgetSkipsWhatOverflowsAndNeverTruncates) {
  std::vector<Candidate> c = {
      {0.9, 30, 100}, {0.8, 15, 50}, {0.7, 10, 40}, {0.6, 4, 20}};
  // 30 fits (30); 15 would make 45 > 40: skipped; 10 fits (40); 4 overflows.
  EXPECT_THAT(SelectSentences(c, Distinct(4), Params(Length::Words(40))),
              ElementsAre(0, 2));
}

TEST(SelectorTest, NothingFitsTheWordBudget) {
  EXPECT_TRUE(SelectSentences(Scored({0.5, 0.4}, 20), Distinct(2),
                              Params(Length::Words(5)))
                  .empty());
}

TEST(SelectorTest, RedundantCandidateIsSkippedThenBackfilled) {
  // Sentences 0 and 1 say the same thing.
  SelectionParams params = Params(Length::Sentences(2));
  params.redundancy_threshold = 0.5;
  EXPECT_THAT(
      SelectSentences(Scored({0.5, 0.4, 0.3}), Topics({1, 1, 2}), params),
      ElementsAre(0, 2));
  // With three asked and only two distinct, the duplicate fills the gap.
  params.length = Length::Sentences(3);
  EXPECT_THAT(
      SelectSentences(Scored({0.5, 0.4, 0.3}), Topics({1, 1, 2}), params),
      ElementsAre(0, 1, 2));
}

TEST(SelectorTest, FilterCanBeTurnedOff) {
  // A method that controls redundancy itself: its order stands.
  SelectionParams params = Params(Length::Sentences(2));
  params.redundancy_threshold = 0.5;
  params.filter_redundant = false;
  EXPECT_THAT(
      SelectSentences(Scored({0.5, 0.4, 0.3}), Topics({1, 1, 2}), params),
      ElementsAre(0, 1));
}

TEST(SelectorTest, ThresholdDecidesWhatIsRedundant) {
  SparseMatrix m(3, 3);
  m.insert(0, 0) = 1.0F;
  m.insert(1, 0) = 0.8F;
  m.insert(1, 1) = 0.6F;  // cosine to row 0 is 0.8
  m.insert(2, 2) = 1.0F;  // unrelated
  m.makeCompressed();
  SelectionParams params = Params(Length::Sentences(2));
  params.redundancy_threshold = 1.0;
  EXPECT_THAT(SelectSentences(Scored({0.5, 0.4, 0.3}), m, params),
              ElementsAre(0, 1));
  params.redundancy_threshold = 0.8;
  EXPECT_THAT(SelectSentences(Scored({0.5, 0.4, 0.3}), m, params),
              ElementsAre(0, 2));
}

TEST(SelectorTest, MinimumWordsAndMaximumBytes) {
  std::vector<Candidate> c = {
      {0.9, 3, 15}, {0.8, 12, 500}, {0.7, 12, 60}, {0.6, 8, 40}};
  SelectionParams params = Params(Length::Sentences(2));
  params.min_words = 5;
  params.max_bytes = 100;
  EXPECT_THAT(SelectSentences(c, Distinct(4), params), ElementsAre(2, 3));
}

TEST(SelectorTest, OutputIsAscendingAndWithinBudget) {
  std::vector<Candidate> c;
  for (int i = 0; i < 50; ++i) {
    c.push_back(
        {std::fmod(i * 0.37, 1.0), static_cast<std::size_t>(5 + i % 7), 40});
  }
  const auto chosen =
      SelectSentences(c, Distinct(50), Params(Length::Words(60)));
  std::size_t words = 0;
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    if (k > 0) {
      EXPECT_LT(chosen[k - 1], chosen[k]);
    }
    words += c[chosen[k]].words;
  }
  EXPECT_LE(words, 60U);
  EXPECT_FALSE(chosen.empty());
}

}  // namespace
}  // namespace summarize::internal
