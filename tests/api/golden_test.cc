// Golden summaries of short articles written for this test suite
// (tests/golden/<article>.txt). Each <article>.<algorithm>.expected holds
// the expected 3-sentence summary, one sentence per line with whitespace
// runs collapsed. The expected files are reviewed like code: a change that
// alters them must say why.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "summarize/summarize.hpp"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using summarize::testing::ReadFile;
using summarize::testing::SourceDir;

std::string Collapse(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct GoldenCase {
  std::string article;
  std::string algorithm;
};

void PrintTo(const GoldenCase& c, std::ostream* os) {
  *os << c.article << "/" << c.algorithm;
}

std::vector<GoldenCase> Cases() {
  std::vector<GoldenCase> cases;
  for (const auto& entry :
       fs::directory_iterator(SourceDir() / "tests" / "golden")) {
    if (entry.path().extension() != ".txt") continue;
    for (const auto& info : summarize::Algorithms()) {
      cases.push_back({entry.path().stem().string(), info.name});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const GoldenCase& a, const GoldenCase& b) {
              return a.article + a.algorithm < b.article + b.algorithm;
            });
  return cases;
}

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, MatchesReviewedSummary) {
  const fs::path dir = SourceDir() / "tests" / "golden";
  const std::string text = ReadFile(dir / (GetParam().article + ".txt"));
  ASSERT_FALSE(text.empty());
  const fs::path expected_path =
      dir / (GetParam().article + "." + GetParam().algorithm + ".expected");
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path;

  summarize::Options options;
  options.algorithm = summarize::AlgorithmFromName(GetParam().algorithm);
  const summarize::Summary summary = summarize::Summarize(text, options);
  std::string got;
  for (const auto& sentence : summary.sentences)
    got += Collapse(sentence.text) + "\n";
  EXPECT_EQ(got, ReadFile(expected_path));
}

INSTANTIATE_TEST_SUITE_P(Articles, GoldenTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) {
                           // Test names allow [A-Za-z0-9_] only.
                           std::string name =
                               info.param.article + "_" + info.param.algorithm;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

// The TextRank paper's worked example (Mihalcea & Tarau 2004, Figure 2):
// on the raw wire story, with its wire codes, headline and byline lines,
// `textrank` with 4 sentences must pick the sentences the paper printed.
TEST(TextRankPaperTest, PicksThePapersSentences) {
  const auto shared = summarize::testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared not found (set SUMMARIZE_SHARED_DIR)";
  const fs::path dir = *shared / "data" / "textrank_paper_example" / "raw";
  const std::string text = ReadFile(dir / "mihalcea_tarau.txt");
  const std::string expected = ReadFile(dir / "mihalcea_tarau.summ.txt");
  if (text.empty() || expected.empty()) GTEST_SKIP() << "example files missing";

  summarize::Options options;
  options.algorithm = summarize::Algorithm::kTextRank;
  options.length = summarize::Length::Sentences(4);
  const summarize::Summary summary = summarize::Summarize(text, options);
  std::string got;
  for (const auto& sentence : summary.sentences) {
    if (!got.empty()) got += "\n";
    got += Collapse(sentence.text);
  }
  std::string want = expected;
  while (!want.empty() && want.back() == '\n') want.pop_back();
  EXPECT_EQ(got, want);
}

}  // namespace
