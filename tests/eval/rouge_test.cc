// Tests for the ROUGE scorer (bench/eval/rouge.h) on hand-worked examples.
#include "eval/rouge.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace summarize::eval {
namespace {

constexpr double kTolerance = 1e-12;

void ExpectPrf(const Prf& got, double precision, double recall, double f1) {
  EXPECT_NEAR(got.precision, precision, kTolerance);
  EXPECT_NEAR(got.recall, recall, kTolerance);
  EXPECT_NEAR(got.f1, f1, kTolerance);
}

void ExpectZero(const Prf& got) { ExpectPrf(got, 0, 0, 0); }

RougeScorer Unstemmed() { return RougeScorer({.stem = false}); }

TEST(RougeScorerTest, DefaultConfigStemsAndPicksTokenizerByLanguage) {
  const RougeScorer scorer;
  EXPECT_TRUE(scorer.config().stem);
  EXPECT_EQ(scorer.config().tokenizer, RougeTokenizer::kAuto);
}

// ref "the cat sat on the mat" / cand "the cat was on the mat":
//   unigrams: the ×2, cat, on, mat shared → 5 of 6 each side → 5/6;
//   bigrams: "the cat", "on the", "the mat" shared → 3 of 5 → 0.6;
//   LCS "the cat on the mat" = 5 → 5/6; one sentence, so Lsum = L.
TEST(RougeScorerTest, CatSatOnTheMat) {
  const RougeScores s = Unstemmed().Score("the cat sat on the mat",
                                          "the cat was on the mat", "en");
  ExpectPrf(s.rouge1, 5.0 / 6, 5.0 / 6, 5.0 / 6);
  ExpectPrf(s.rouge2, 0.6, 0.6, 0.6);
  ExpectPrf(s.rouge_l, 5.0 / 6, 5.0 / 6, 5.0 / 6);
  ExpectPrf(s.rouge_lsum, 5.0 / 6, 5.0 / 6, 5.0 / 6);
}

// Lin (2004) sec. 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
//   LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5; union = w1 w2 w3 w5 → 4 hits;
//   R = 4/5 = 0.8, P = 4/10 = 0.4, F = 2·0.8·0.4 / 1.2 = 0.5333.
TEST(RougeScorerTest, LinUnionLcsExample) {
  const RougeScores s = Unstemmed().Score(
      "w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", "en");
  ExpectPrf(s.rouge_lsum, 0.4, 0.8, 2 * 0.4 * 0.8 / 1.2);
  // Plain LCS of r and c1 c2 as one sequence: w1 w2 w3 w5 = 4 too.
  ExpectPrf(s.rouge_l, 0.4, 0.8, 2 * 0.4 * 0.8 / 1.2);
}

// cand "w5 w3 w1" vs ref "w1 w3 w5": the LCS is 1 token → L F = 1/3; split
// per line, each candidate line matches one reference token → the union
// holds all 3 → Lsum P = R = F = 1.
TEST(RougeScorerTest, PerLineUnionRecoversOrder) {
  const RougeScores s = Unstemmed().Score("w1 w3 w5", "w5\nw3\nw1", "en");
  ExpectPrf(s.rouge_l, 1.0 / 3, 1.0 / 3, 1.0 / 3);
  ExpectPrf(s.rouge_lsum, 1, 1, 1);
}

// Empty lines are dropped; lines with no tokens count for nothing.
TEST(RougeScorerTest, EmptyAndTokenlessLinesDoNotMatter) {
  const RougeScores s =
      Unstemmed().Score("w1 w3 w5\n\n", "\n\nw5\n\n...\nw3\n\nw1\n", "en");
  ExpectPrf(s.rouge_lsum, 1, 1, 1);
}

// "running dogs" → run dog with stemming: R1 = 1; without, nothing shared.
TEST(RougeScorerTest, Stemming) {
  ExpectPrf(RougeScorer().Score("run dog", "running dogs", "en").rouge1, 1, 1,
            1);
  ExpectZero(Unstemmed().Score("run dog", "running dogs", "en").rouge1);
}

TEST(RougeScorerTest, EmptyCandidateOrReferenceScoresZero) {
  for (const auto& [reference, candidate] :
       std::vector<std::pair<std::string, std::string>>{
           {"a b", ""}, {"", "a b"}, {"", ""}, {"a b", " ,.\n;"}}) {
    SCOPED_TRACE(reference + " / " + candidate);
    const RougeScores s = Unstemmed().Score(reference, candidate, "en");
    ExpectZero(s.rouge1);
    ExpectZero(s.rouge2);
    ExpectZero(s.rouge_l);
    ExpectZero(s.rouge_lsum);
  }
}

// ref "a a b", cand "a a a a":
//   unigrams: min(2, 4) for "a" → overlap 2; P = 2/4, R = 2/3,
//   F = 2·(1/2)(2/3) / (7/6) = 4/7;
//   bigrams: ref "a a", "a b"; cand "a a" ×3 → min(1, 3) = 1;
//   P = 1/3, R = 1/2, F = 2·(1/3)(1/2) / (5/6) = 0.4;
//   LCS "a a" = 2 → P 2/4, R 2/3 → 4/7.
TEST(RougeScorerTest, ClippedCounts) {
  const RougeScores s = Unstemmed().Score("a a b", "a a a a", "en");
  ExpectPrf(s.rouge1, 0.5, 2.0 / 3, 4.0 / 7);
  ExpectPrf(s.rouge2, 1.0 / 3, 0.5, 0.4);
  ExpectPrf(s.rouge_l, 0.5, 2.0 / 3, 4.0 / 7);
  // One line each: the union is the LCS positions 0, 1 of "a a b", both
  // still available → 2 hits, as L.
  ExpectPrf(s.rouge_lsum, 0.5, 2.0 / 3, 4.0 / 7);
}

// Reference lines "a b" and "a", candidate line "b a".
//   Line "a b": the LCS has length 1 and is "a" or "b". rouge-score's
//   backtracking starts at (2, 2): b ≠ a; T[2][1] = 1 is not > T[1][2] = 1,
//   so it steps up to (1, 2) where a = a: it picks "a" → hit, candidate "a"
//   used up. Line "a": LCS "a", but no candidate "a" is left → no hit.
//   hits = 1: P = 1/2, R = 1/3, F = 2·(1/2)(1/3) / (5/6) = 0.4.
//   (Picking "b" for the first line would give 2 hits: P 1, R 2/3, F 0.8.)
//   Plain L: LCS("a b a", "b a") = 2 → P 1, R 2/3, F 0.8.
TEST(RougeScorerTest, LsumFollowsRougeScoreBacktracking) {
  const RougeScores s = Unstemmed().Score("a b\na", "b a", "en");
  ExpectPrf(s.rouge_lsum, 0.5, 1.0 / 3, 0.4);
  ExpectPrf(s.rouge_l, 1, 2.0 / 3, 0.8);
}

// Candidate "a b c d":
//   ref "d c b a": R1 4/4 → 1; R2 none → 0; L 1 token → 1/4.
//   ref "a b x y": R1 2/4 → 0.5; R2 "a b" 1 of 3 → 1/3; L "a b" → 0.5.
// Each metric keeps its own best reference.
TEST(RougeScorerTest, MultiReferenceTakesBestF1PerMetric) {
  const RougeScores s =
      Unstemmed().ScoreMulti({"d c b a", "a b x y"}, "a b c d", "en");
  ExpectPrf(s.rouge1, 1, 1, 1);
  ExpectPrf(s.rouge2, 1.0 / 3, 1.0 / 3, 1.0 / 3);
  ExpectPrf(s.rouge_l, 0.5, 0.5, 0.5);
  // rouge.py selftest: "a b" against ["x y", "a b"] → 1.
  ExpectPrf(Unstemmed().ScoreMulti({"x y", "a b"}, "a b", "en").rouge1, 1, 1,
            1);
}

// Candidate "a z": ref "a" gives P 1/2, R 1; ref "a z q y" gives P 1, R 1/2;
// both F = 2/3 exactly, and the first reference wins.
TEST(RougeScorerTest, MultiReferenceTieKeepsFirst) {
  ExpectPrf(Unstemmed().ScoreMulti({"a", "a z q y"}, "a z", "en").rouge1, 0.5,
            1, 2.0 / 3);
  ExpectPrf(Unstemmed().ScoreMulti({"a z q y", "a"}, "a z", "en").rouge1, 1,
            0.5, 2.0 / 3);
}

TEST(RougeScorerTest, MultiReferenceWithNoReferenceScoresZero) {
  const RougeScores s = Unstemmed().ScoreMulti({}, "a b", "en");
  ExpectZero(s.rouge1);
  ExpectZero(s.rouge_lsum);
}

// rouge.py selftest: 4 tokens each, 3 shared (кошка, на, ковре) → 0.75;
// stemming is on but never applies to Russian.
TEST(RougeScorerTest, Russian) {
  const RougeScores s = RougeScorer().Score("Кошка сидит на ковре.",
                                            "кошка сидела на ковре", "ru");
  ExpectPrf(s.rouge1, 0.75, 0.75, 0.75);
  // Bigrams: "на ковре" only, of 3 → 1/3.
  ExpectPrf(s.rouge2, 1.0 / 3, 1.0 / 3, 1.0 / 3);
}

// rouge.py selftest: characters are tokens. 我爱北京 / 我爱上海:
// R1 2 of 4 = 0.5; bigrams 我爱 爱北 北京 / 我爱 爱上 上海 → 1 of 3.
TEST(RougeScorerTest, ChineseCharacterTokensAndBigrams) {
  const RougeScores s = RougeScorer().Score("我爱北京", "我爱上海", "zh");
  ExpectPrf(s.rouge1, 0.5, 0.5, 0.5);
  ExpectPrf(s.rouge2, 1.0 / 3, 1.0 / 3, 1.0 / 3);
}

// Turkish: "İstanbul'da IŞIK" and "istanbul da ışık" are the same 3 tokens
// → 1. In German the rules differ: i̇stanbul (with U+0307), da, işik against
// istanbul, da, ışık → only "da" shared → 1/3.
TEST(RougeScorerTest, TurkishDottedAndDotlessI) {
  ExpectPrf(
      RougeScorer().Score("İstanbul'da IŞIK", "istanbul da ışık", "tr").rouge1,
      1, 1, 1);
  ExpectPrf(
      RougeScorer().Score("İstanbul'da IŞIK", "istanbul da ışık", "de").rouge1,
      1.0 / 3, 1.0 / 3, 1.0 / 3);
}

// Hindi: the marks stay in their words, so "नमस्ते दुनिया" is 2 tokens and
// "नमस्ते" 1: P 1/1, R 1/2, F 2/3. (Splitting at the marks would give
// several tokens per word and other numbers.)
TEST(RougeScorerTest, HindiCombiningMarks) {
  ExpectPrf(RougeScorer().Score("नमस्ते दुनिया", "नमस्ते", "hi").rouge1, 1, 0.5,
            2.0 / 3);
}

// Scoring from several threads at once (each with its own stemmer) gives
// exactly the single-threaded numbers.
TEST(RougeScorerTest, SameScoresFromManyThreads) {
  std::vector<std::string> candidates;
  for (int i = 0; i < 50; ++i) {
    candidates.push_back("Running runners were generously connected " +
                         std::to_string(i % 7) +
                         "\nhopefully the relational dogs ran");
  }
  const std::vector<std::string> references = {
      "the runner runs\nconnections were generous and hopeful",
      "dogs are running relationally"};
  const RougeScorer scorer;
  std::vector<RougeScores> expected;
  for (const std::string& candidate : candidates) {
    expected.push_back(scorer.ScoreMulti(references, candidate, "en"));
  }
  constexpr int kThreads = 8;
  std::vector<std::vector<RougeScores>> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (const std::string& candidate : candidates) {
        results[t].push_back(scorer.ScoreMulti(references, candidate, "en"));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) {
    ASSERT_EQ(result.size(), expected.size());
    for (std::size_t i = 0; i < result.size(); ++i) {
      // Bit-identical, not merely close.
      EXPECT_EQ(result[i].rouge1.f1, expected[i].rouge1.f1);
      EXPECT_EQ(result[i].rouge2.f1, expected[i].rouge2.f1);
      EXPECT_EQ(result[i].rouge_l.f1, expected[i].rouge_l.f1);
      EXPECT_EQ(result[i].rouge_lsum.f1, expected[i].rouge_lsum.f1);
    }
  }
  EXPECT_GT(expected[0].rouge1.f1, 0);
}

}  // namespace
}  // namespace summarize::eval
