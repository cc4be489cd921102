#include "rank/adaptive_textrank.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "model/similarity_graph.h"
#include "rank/rank_test_support.h"
#include "rank/textrank.h"

namespace summarize::internal {
namespace {

double Sum(const Scores& scores) {
  return std::accumulate(scores.begin(), scores.end(), 0.0);
}

// Five sentences with identical content, so centrality cannot tell them
// apart and only the position, length and title factors can.
TermMatrix Identical() {
  return BuildTermMatrix({{"ship", "port"},
                          {"ship", "port"},
                          {"ship", "port"},
                          {"ship", "port"},
                          {"ship", "port"}});
}

TEST(AdaptiveTextRankTest, ShortSummaryPrefersEarlierOfEqualSentences) {
  const TermMatrix matrix = Identical();
  // Unknown target: share 0, the full lead prior (1 + i)^-0.3, and the first
  // sentence counts double.
  const Scores scores = AdaptiveTextRank(TestInput(matrix));
  ASSERT_EQ(scores.size(), 5U);
  EXPECT_NEAR(scores[0] / scores[1], 2.0 * std::pow(2.0, 0.3), 1e-9);
  EXPECT_NEAR(scores[2] / scores[1], std::pow(1.5, -0.3), 1e-9);
  EXPECT_GT(scores[2], scores[3]);
  EXPECT_GT(scores[3], scores[4]);
  EXPECT_NEAR(Sum(scores), 1.0, 1e-12);
}

TEST(AdaptiveTextRankTest, LeadPriorFadesAsTheShareGrows) {
  const TermMatrix matrix = Identical();
  // 2 of 5 is share 0.4 >= 0.25: no lead prior, only the first-sentence
  // factor. Scores are 2, 1, 1, 1, 1 over 6.
  const Scores scores = AdaptiveTextRank(TestInput(matrix, 2));
  EXPECT_NEAR(scores[0], 2.0 / 6.0, 1e-9);
  for (std::size_t i = 1; i < 5; ++i) EXPECT_NEAR(scores[i], 1.0 / 6.0, 1e-9);
}

TEST(AdaptiveTextRankTest, LargeShareIsTextRankWithALeadSentence) {
  // Without a title, a share >= 0.25 is the overlap TextRank, with the first
  // sentence's score doubled (then renormalised).
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b", "x"}, {"a", "b", "c", "d"}, {"c", "d", "y"}});
  const Scores adaptive = AdaptiveTextRank(TestInput(matrix, 1));
  Scores expected = TextRank(TestInput(matrix));
  expected[0] *= 2;
  const double total = Sum(expected);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(adaptive[i], expected[i] / total, 1e-12);
  }
}

TEST(AdaptiveTextRankTest, ZeroShareIsCosineTextRankTimesLeadPrior) {
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b", "x"}, {"a", "b", "c", "d"}, {"c", "d", "y"}});
  const Scores adaptive = AdaptiveTextRank(TestInput(matrix));
  const Scores cosine = PowerIteration(CosineGraph(matrix, 0.05F),
                                       TightParams(), {}, Cancellation())
                            .scores;
  std::vector<double> expected(3);
  for (std::size_t i = 0; i < 3; ++i) {
    expected[i] = cosine[i] * std::pow(1.0 + static_cast<double>(i), -0.3);
  }
  expected[0] *= 2;
  const double total = std::accumulate(expected.begin(), expected.end(), 0.0);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(adaptive[i], expected[i] / total, 1e-9);
  }
}

TEST(AdaptiveTextRankTest, ShortSummariesPreferShorterSentences) {
  const TermMatrix matrix = Identical();
  // Unknown target (share 0): length exponent 1.5 × (0 - 0.25) = -0.375.
  // Words 9, 19, 19, 19, 9 → mean 15; relative lengths (w + 1) / 15 are
  // 2/3 and 4/3. Sentences 1 and 4 differ by position and length only.
  const Scores scores =
      AdaptiveTextRank(TestInput(matrix, 0, {9, 19, 19, 19, 9}));
  const double length_ratio = std::pow((10.0 / 15) / (20.0 / 15), -0.375);
  const double position_ratio = std::pow(5.0 / 2.0, -0.3);
  EXPECT_NEAR(scores[4] / scores[1], length_ratio * position_ratio, 1e-9);
  EXPECT_GT(scores[4], scores[3]);  // shorter beats the nearer, longer one
}

TEST(AdaptiveTextRankTest, LengthIsNeutralOnceTheShareIsLarge) {
  const TermMatrix matrix = Identical();
  const Scores scores =
      AdaptiveTextRank(TestInput(matrix, 2, {9, 19, 19, 19, 9}));
  EXPECT_NEAR(scores[4], scores[1], 1e-12);
}

TEST(AdaptiveTextRankTest, TitleOverlapRaisesSentencesThroughTheWalk) {
  // A path 0 - 1 - 2 - 3: without a title, 1 and 2 are symmetric. A title
  // repeated by sentence 2 tilts the teleport, and the walk, towards it.
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}});
  const Scores plain = AdaptiveTextRank(TestInput(matrix, 4));
  const Scores titled =
      AdaptiveTextRank(TestInput(matrix, 4, {}, {0.0, 0.0, 1.0, 0.0}));
  EXPECT_NEAR(plain[1], plain[2], 1e-9);
  EXPECT_GT(titled[2], titled[1]);
  EXPECT_GT(titled[2], plain[2]);
  EXPECT_NEAR(Sum(titled), 1.0, 1e-12);
}

TEST(AdaptiveTextRankTest, TinyShareSkipsTheOverlapPass) {
  // 1 of 500 sentences: s = 0.002, w = 0.008 < 0.01, so the scores are the
  // cosine TextRank times the lead prior (exponent 0.3 × (1 - 0)), the first
  // sentence doubled; no words given, so no length factor.
  std::vector<std::vector<std::string>> sentences;
  for (int i = 0; i < 500; ++i) {
    // append(), not "w" + ...: GCC 12 warns (-Wrestrict) on the latter.
    sentences.push_back({std::string("w").append(std::to_string(i % 7)),
                         std::string("v").append(std::to_string((i * 3) % 11)),
                         "common"});
  }
  const TermMatrix matrix = BuildTermMatrix(sentences);
  const Scores adaptive = AdaptiveTextRank(TestInput(matrix, 1));
  const Scores cosine = PowerIteration(CosineGraph(matrix, 0.05F),
                                       TightParams(), {}, Cancellation())
                            .scores;
  std::vector<double> expected(cosine.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    expected[i] = cosine[i] * std::pow(1.0 + static_cast<double>(i), -0.3);
  }
  expected[0] *= 2;
  const double total = std::accumulate(expected.begin(), expected.end(), 0.0);
  ASSERT_EQ(adaptive.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(adaptive[i], expected[i] / total, 1e-12) << i;
  }
}

TEST(AdaptiveTextRankTest, MidShareBlendsBothGraphs) {
  // 1 of 8 sentences: s = 0.125, w = 0.5. Both graphs come from one sweep;
  // the scores must be those of the two graphs built apart, blended:
  // overlap^0.5 × cosine^0.5 × (1 + i)^-0.15, the first sentence doubled.
  const TermMatrix matrix = BuildTermMatrix({{"a", "b", "x"},
                                             {"a", "b", "c", "d"},
                                             {"c", "d", "y"},
                                             {"y", "z", "a"},
                                             {"z", "q"},
                                             {"q", "b", "b"},
                                             {"r", "s"},
                                             {"s", "a", "d"}});
  const Scores adaptive = AdaptiveTextRank(TestInput(matrix, 1));
  const Scores overlap =
      PowerIteration(OverlapGraph(matrix), TightParams(), {}, Cancellation())
          .scores;
  const Scores cosine = PowerIteration(CosineGraph(matrix, 0.05F),
                                       TightParams(), {}, Cancellation())
                            .scores;
  std::vector<double> expected(8);
  for (std::size_t i = 0; i < 8; ++i) {
    expected[i] = std::sqrt(overlap[i] * cosine[i]) *
                  std::pow(1.0 + static_cast<double>(i), -0.15);
  }
  expected[0] *= 2;
  const double total = Sum(expected);
  ASSERT_EQ(adaptive.size(), 8U);
  for (std::size_t i = 0; i < 8; ++i) {
    EXPECT_NEAR(adaptive[i], expected[i] / total, 1e-12) << i;
  }
}

// Scores solved by hand, no program output. Without a target (share 0, so
// w = 0) the scores are the cosine TextRank alone times the lead prior
// (1 + i)^-0.3, the first doubled. S0 = {a, b}, S1 = {a}, S2 = {b, c}: with
// n = 3, idf(a) = idf(b) = ln(4/3) + 1 = i, idf(c) = ln 2 + 1 = j, so
//   w1 = cos(S0, S1) = 1/√2 ≈ 0.7071,
//   w2 = cos(S0, S2) = i / (√2 √(i² + j²)) ≈ 0.4280,
// both above 0.05, and S1, S2 share nothing: a star around S0, whose
// PageRank (d = 0.85) is s0 = 0.05 + 0.85 (1 − s0) = 18/37 at the centre
// and s_k = 0.05 + 0.85 s0 w_k / (w1 + w2) at leaf k (≈ 0.3076, 0.2059).
// Raw scores 2 s0, s1 × 2^-0.3, s2 × 3^-0.3, divided by their sum:
// ≈ 0.7097, 0.1822, 0.1080.
TEST(AdaptiveTextRankTest, ZeroShareByHand) {
  const TermMatrix matrix = BuildTermMatrix({{"a", "b"}, {"a"}, {"b", "c"}});
  const Scores scores = AdaptiveTextRank(TestInput(matrix));
  const double i = std::log(4.0 / 3.0) + 1;
  const double j = std::log(2.0) + 1;
  const double w1 = 1 / std::sqrt(2.0);
  const double w2 = i / (std::sqrt(2.0) * std::hypot(i, j));
  const double s0 = 18.0 / 37.0;
  const double s1 = 0.05 + 0.85 * s0 * w1 / (w1 + w2);
  const double s2 = 0.05 + 0.85 * s0 * w2 / (w1 + w2);
  const double r0 = 2 * s0;
  const double r1 = s1 * std::pow(2.0, -0.3);
  const double r2 = s2 * std::pow(3.0, -0.3);
  const double total = r0 + r1 + r2;
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_NEAR(scores[0], r0 / total, 1e-6);
  EXPECT_NEAR(scores[1], r1 / total, 1e-6);
  EXPECT_NEAR(scores[2], r2 / total, 1e-6);
  EXPECT_NEAR(scores[0], 0.7097, 1e-4);
  EXPECT_NEAR(scores[1], 0.1822, 1e-4);
  EXPECT_NEAR(scores[2], 0.1080, 1e-4);
}

// Scores solved by hand at a large share: 1 of 3 sentences is s = 1/3
// >= 0.25, so w = 1: the overlap TextRank alone, no lead prior, the first
// doubled. S0 = {a, b, x}, S1 = {a, b, c, d}, S2 = {c, d, y}: both edges weigh
// 2 / (ln 3 + ln 4) and S0, S2 share nothing, a path with equal weights
// whose PageRank is 19/74, 36/74, 19/74 (textrank_test.cc). Doubling S0
// gives 38, 36, 19 over 93.
TEST(AdaptiveTextRankTest, LargeShareByHand) {
  const TermMatrix matrix =
      BuildTermMatrix({{"a", "b", "x"}, {"a", "b", "c", "d"}, {"c", "d", "y"}});
  const Scores scores = AdaptiveTextRank(TestInput(matrix, 1));
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_NEAR(scores[0], 38.0 / 93.0, 1e-9);
  EXPECT_NEAR(scores[1], 36.0 / 93.0, 1e-9);
  EXPECT_NEAR(scores[2], 19.0 / 93.0, 1e-9);
}

TEST(AdaptiveTextRankTest, NoSentences) {
  const TermMatrix matrix = BuildTermMatrix(TermRows{});
  EXPECT_TRUE(AdaptiveTextRank(TestInput(matrix, 3)).empty());
}

}  // namespace
}  // namespace summarize::internal
