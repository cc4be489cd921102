// Tests for the OTS baseline (bench/eval/ots.h). Those that run OTS skip
// when it is not installed.
#include "eval/ots.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "eval/eval_error.h"
#include "test_support.h"

namespace summarize::eval {
namespace {

using summarize::testing::ScratchFolder;

using ::testing::HasSubstr;
namespace fs = std::filesystem;

TEST(OtsTest, RatioIsTheClosestWholePercent) {
  EXPECT_EQ(OtsRatioPercent(4, 16), 25);
  EXPECT_EQ(OtsRatioPercent(1, 3), 33);
  EXPECT_EQ(OtsRatioPercent(2, 3), 67);
  EXPECT_EQ(OtsRatioPercent(26, 185), 14);
  EXPECT_EQ(OtsRatioPercent(1, 1000), 1);  // 0.1% rounds up to the minimum
  EXPECT_EQ(OtsRatioPercent(5, 3), 100);
  EXPECT_EQ(OtsRatioPercent(3, 0), 100);
}

TEST(OtsTest, MissingProgramIsAClearError) {
  try {
    Ots ots("/nonexistent/ots", kOtsDictionaryDir, "");
    FAIL() << "no exception";
  } catch (const EvalError& error) {
    EXPECT_EQ(error.exit_code(), kExitFailure);
    EXPECT_THAT(error.what(), HasSubstr("cannot run OTS"));
  }
}

class InstalledOtsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    binary_ = Ots::Find();
    if (!binary_) GTEST_SKIP() << "OTS is not installed";
  }
  std::optional<fs::path> binary_;
};

constexpr std::string_view kArticle =
    "The storm moved north on Sunday. Heavy rain fell on the coast for "
    "hours. The storm closed schools and roads across the coast. Officials "
    "said the storm would weaken by Monday. Farmers welcomed some of the "
    "rain.\n";

TEST_F(InstalledOtsTest, SummarizesAndCaches) {
  const ScratchFolder cache;
  const Ots ots(*binary_, kOtsDictionaryDir, cache.path());
  EXPECT_THAT(ots.version(), HasSubstr("ots"));
  EXPECT_TRUE(ots.HasDictionary("en"));
  EXPECT_FALSE(ots.HasDictionary("zh"));
  EXPECT_FALSE(ots.HasDictionary("../en"));

  const std::string first = ots.Summarize(kArticle, 40, "en");
  EXPECT_FALSE(first.empty());
  EXPECT_THAT(std::string(kArticle), HasSubstr(first.substr(0, 20)));
  EXPECT_EQ(ots.runs(), 1u);
  EXPECT_EQ(ots.cache_hits(), 0u);

  EXPECT_EQ(ots.Summarize(kArticle, 40, "en"), first);
  EXPECT_EQ(ots.runs(), 1u);
  EXPECT_EQ(ots.cache_hits(), 1u);

  // Another ratio or dictionary is another entry.
  ots.Summarize(kArticle, 60, "en");
  ots.Summarize(kArticle, 40, "de");
  EXPECT_EQ(ots.runs(), 3u);

  // A second Ots on the same folder reads what the first wrote.
  const Ots again(*binary_, kOtsDictionaryDir, cache.path());
  EXPECT_EQ(again.Summarize(kArticle, 40, "en"), first);
  EXPECT_EQ(again.runs(), 0u);
}

// OTS 0.4.2 reads past the end of non-ASCII input longer than 8 KiB and
// appends random bytes to its output unless the input ends with a NUL
// (ots.cc); the output must be the same, valid UTF-8, every time.
TEST_F(InstalledOtsTest, LongNonAsciiInputGivesStableOutput) {
  std::string text;
  for (int i = 0; text.size() < 20000; ++i) {
    text += "Die Straße Nummer " + std::to_string(i) +
            " führt über die Brücke zum Bahnhof.\n\n";
  }
  text += "== Einzelnachweise";
  const Ots ots(*binary_, kOtsDictionaryDir, "");
  // At 100% OTS prints every line, the last one included.
  const std::string first = ots.Summarize(text, 100, "de");
  EXPECT_TRUE(first.ends_with("\n== Einzelnachweise\n"))
      << first.substr(first.size() - std::min<std::size_t>(first.size(), 40));
  for (int run = 0; run < 4; ++run) {
    EXPECT_EQ(ots.Summarize(text, 100, "de"), first);
  }
  EXPECT_EQ(ots.runs(), 5u);
}

}  // namespace
}  // namespace summarize::eval
