#include "select/repeats.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "select/selector.h"

namespace summarize::internal {
namespace {

std::vector<Candidate> Scored(const std::vector<double>& scores) {
  std::vector<Candidate> out;
  for (const double s : scores) out.push_back({s, 5, 30});
  return out;
}

std::vector<bool> RepeatFlags(const std::vector<Candidate>& candidates) {
  std::vector<bool> flags;
  for (const Candidate& c : candidates) flags.push_back(c.repeat);
  return flags;
}

TEST(RepeatsTest, OnlyTheBestRankedCopyStays) {
  std::vector<Candidate> candidates = Scored({0.1, 0.3, 0.2, 0.4});
  const std::vector<std::string_view> texts = {
      "The dam held.", "Rain fell all night.", "The dam held.",
      "The dam held."};
  MarkRepeats(candidates, texts);
  EXPECT_EQ(RepeatFlags(candidates),
            (std::vector<bool>{true, false, true, false}));
}

TEST(RepeatsTest, EqualScoresKeepTheEarlierCopy) {
  std::vector<Candidate> candidates = Scored({0.25, 0.25, 0.25, 0.25});
  MarkRepeats(candidates, {"B b.", "A a.", "A a.", "B b."});
  EXPECT_EQ(RepeatFlags(candidates),
            (std::vector<bool>{false, false, true, true}));
}

TEST(RepeatsTest, WhitespaceRunsCountAsOneSpace) {
  std::vector<Candidate> candidates = Scored({0.5, 0.4, 0.1});
  MarkRepeats(candidates,
              {"The dam held.", "The \n  dam\theld.", "The dam  held!"});
  EXPECT_EQ(RepeatFlags(candidates), (std::vector<bool>{false, true, false}));
}

TEST(RepeatsTest, CaseAndPunctuationMakeADifferentSentence) {
  std::vector<Candidate> candidates = Scored({0.5, 0.4, 0.3, 0.2});
  MarkRepeats(candidates,
              {"The dam held.", "the dam held.", "The dam held", "The dam."});
  EXPECT_EQ(RepeatFlags(candidates),
            (std::vector<bool>{false, false, false, false}));
}

// Same length, same first and last eight letters: only the middle tells
// these apart, and it does.
TEST(RepeatsTest, TextsDifferingOnlyInTheMiddleAreDistinct) {
  std::vector<Candidate> candidates = Scored({0.5, 0.4, 0.3});
  MarkRepeats(candidates, {"Alpha beta gamma X delta epsilon zeta.",
                           "Alpha beta gamma Y delta epsilon zeta.",
                           "Alpha beta  gamma X delta epsilon\nzeta."});
  EXPECT_EQ(RepeatFlags(candidates), (std::vector<bool>{false, false, true}));
}

// Zero TF-IDF rows (every term in every sentence) hide the copies from the
// cosine filter, and its backfill would then fill the summary with them.
TEST(RepeatsTest, SelectionNeverChoosesARepeat) {
  std::vector<Candidate> candidates = Scored({0.3, 0.2, 0.3, 0.2});
  MarkRepeats(candidates,
              {"Same words.", "Same words.", "Same words.", "Same  words."});
  SparseMatrix zero(4, 1);
  zero.makeCompressed();
  SelectionParams params;
  params.length = Length::Sentences(3);
  params.redundancy_threshold = 0.5;
  EXPECT_EQ(SelectSentences(candidates, zero, params),
            (std::vector<std::size_t>{0}));
  params.mmr_lambda = 0.5;
  EXPECT_EQ(SelectSentences(candidates, zero, params),
            (std::vector<std::size_t>{0}));
  params.mmr_lambda = 0;
  params.filter_redundant = false;
  EXPECT_EQ(SelectSentences(candidates, zero, params),
            (std::vector<std::size_t>{0}));
}

TEST(RepeatFilterTest, AnOfferedTextMakesLaterCopiesRepeats) {
  const std::vector<std::string_view> texts = {"The dam held.", "Rain fell.",
                                               "The  dam\nheld.", "Rain fell!",
                                               "Rain fell."};
  RepeatFilter filter(texts);
  EXPECT_FALSE(filter.Offer(2));  // first of its text, whatever its index
  EXPECT_TRUE(filter.Offer(0));
  EXPECT_FALSE(filter.Offer(4));
  EXPECT_FALSE(filter.Offer(3));
  EXPECT_TRUE(filter.Offer(1));
}

// Enough distinct texts to grow the table several times; each repeat still
// found after the growth.
TEST(RepeatFilterTest, FindsRepeatsAcrossGrowth) {
  std::vector<std::string> owned;
  for (int i = 0; i < 500; ++i)
    owned.push_back("Sentence " + std::to_string(i) + ".");
  std::vector<std::string_view> texts(owned.begin(), owned.end());
  texts.insert(texts.end(), owned.begin(), owned.end());
  RepeatFilter filter(texts);
  for (std::size_t i = 0; i < 500; ++i) EXPECT_FALSE(filter.Offer(i)) << i;
  for (std::size_t i = 500; i < 1000; ++i) EXPECT_TRUE(filter.Offer(i)) << i;
}

// The selector offers every candidate it visits, eligible or not: the copy
// of a better-ranked sentence that is itself not taken (here: longer than
// the byte limit, by one more space) is still a repeat, as MarkRepeats has
// it.
TEST(RepeatFilterTest, SelectorSkipsCopiesOfIneligibleCandidates) {
  const std::vector<std::string_view> texts = {
      "Short  one.", "A longer sentence here.", "Short one.",
      "Another longer sentence."};
  std::vector<Candidate> candidates;
  const std::vector<double> scores = {0.5, 0.4, 0.3, 0.2};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    candidates.push_back({scores[i], 3, texts[i].size()});
  }
  SparseMatrix zero(4, 1);
  zero.makeCompressed();
  SelectionParams params;
  params.length = Length::Sentences(3);
  const std::vector<std::size_t> order = {0, 1, 2, 3};
  RepeatFilter filter(texts);
  EXPECT_EQ(SelectSentences(candidates, zero, params, order, &filter),
            (std::vector<std::size_t>{0, 1, 3}));
  // Candidate 0 over the limit: its copy, candidate 2, is not taken either
  // (the other two are over it too).
  params.max_bytes = 10;
  params.length = Length::Sentences(1);
  RepeatFilter again(texts);
  EXPECT_EQ(SelectSentences(candidates, zero, params, order, &again),
            (std::vector<std::size_t>{}));
  // The same as the flags MarkRepeats sets.
  MarkRepeats(candidates, texts);
  EXPECT_TRUE(candidates[2].repeat);
  EXPECT_EQ(SelectSentences(candidates, zero, params),
            (std::vector<std::size_t>{}));
}

}  // namespace
}  // namespace summarize::internal
