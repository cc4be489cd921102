// Tests for reading the list of sets (bench/eval/eval_set.h), including the
// committed bench/eval/sets.json.
#include "eval/eval_set.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "eval/eval_error.h"
#include "test_support.h"

namespace summarize::eval {
namespace {

using ::testing::HasSubstr;

std::string ErrorOf(const std::string& json) {
  try {
    ParseEvalSets(json, "sets.json", "/data");
  } catch (const EvalError& error) {
    EXPECT_EQ(error.exit_code(), kExitFailure);
    return error.what();
  }
  return "";
}

TEST(EvalSetTest, CommittedSetsJsonListsTheSweep) {
  const std::vector<EvalSet> sets = LoadEvalSets(
      summarize::testing::SourceDir() / "bench/eval/sets.json", "/data");
  ASSERT_EQ(sets.size(), 8u);
  const struct {
    const char* name;
    std::size_t k;
    const char* language;
    double target;  // 0: none
  } expected[] = {{"bbc_news_summary", 7, "en", 72.2},
                  {"cnndm_val1000", 3, "en", 21.7},
                  {"tes_tr", 4, "tr", 74.2},
                  {"ru_sci_papers", 4, "ru", 15.4},
                  {"temario_pt", 9, "pt", 35.2},
                  {"lcsts3_zh", 1, "zh", 21.3},
                  {"klexikon_de", 26, "de", 22.5},
                  {"textrank_paper_example", 4, "en", 0}};
  for (std::size_t i = 0; i < sets.size(); ++i) {
    EXPECT_EQ(sets[i].name, expected[i].name);
    EXPECT_EQ(sets[i].k, expected[i].k) << sets[i].name;
    EXPECT_EQ(sets[i].language, expected[i].language) << sets[i].name;
    EXPECT_EQ(sets[i].path,
              std::filesystem::path("/data") / expected[i].name / "docs.jsonl");
    if (expected[i].target > 0) {
      ASSERT_TRUE(sets[i].target.has_value()) << sets[i].name;
      EXPECT_DOUBLE_EQ(*sets[i].target, expected[i].target);
      EXPECT_FALSE(sets[i].requirement.has_value());
    } else {
      EXPECT_FALSE(sets[i].target.has_value());
    }
  }
  ASSERT_TRUE(sets[7].requirement.has_value());
  EXPECT_EQ(sets[7].requirement->method, "textrank");
  EXPECT_EQ(sets[7].requirement->metric, "rouge1");
  EXPECT_DOUBLE_EQ(sets[7].requirement->min_f1, 95);
}

TEST(EvalSetTest, BadConfigsSayWhatIsWrong) {
  EXPECT_THAT(ErrorOf("{"), HasSubstr("sets.json: invalid JSON"));
  EXPECT_THAT(ErrorOf(R"({"sets": []})"),
              HasSubstr("non-empty \"sets\" array"));
  EXPECT_EQ(ErrorOf(R"({"sets": [{"k": 3, "language": "en"}]})"),
            "sets.json: sets[0]: \"folder\" is missing or not a string");
  EXPECT_EQ(ErrorOf(R"({"sets": [{"folder": "a", "k": 0, "language": "en"}]})"),
            "sets.json: sets[0]: \"k\" is missing or not a whole number >= 1");
  EXPECT_EQ(ErrorOf(R"({"sets": [{"folder": "a", "k": 2, "language": "en",)"
                    R"( "target": "high"}]})"),
            "sets.json: sets[0]: \"target\" is not a number");
  EXPECT_THAT(
      ErrorOf(
          R"({"sets": [{"folder": "a", "k": 2, "language": "en",)"
          R"( "require": {"method": "x", "metric": "bleu", "min_f1": 1}}]})"),
      HasSubstr("unknown metric \"bleu\""));
  EXPECT_EQ(ErrorOf(R"({"sets": [{"folder": "a", "k": 2, "language": "en"},)"
                    R"( {"folder": "a", "k": 3, "language": "de"}]})"),
            "sets.json: sets[1]: folder \"a\" is listed twice");
}

}  // namespace
}  // namespace summarize::eval
