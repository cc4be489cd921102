#include "select/repeats.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace summarize::internal
