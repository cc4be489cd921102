// Tests for reading evaluation sets (bench/eval/dataset.h).
#include "eval/dataset.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "eval/eval_error.h"

namespace summarize::eval {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::vector<Document> Read(const std::string& text, std::size_t limit = 0) {
  std::istringstream in(text);
  return ReadDataset(in, "docs.jsonl", limit);
}

// The EvalError message of reading `text`, "" when it does not throw.
std::string ErrorOf(const std::string& text) {
  try {
    Read(text);
  } catch (const EvalError& error) {
    EXPECT_EQ(error.exit_code(), kExitFailure);
    return error.what();
  }
  return "";
}

TEST(DatasetTest, ReadsFieldsAndSummary) {
  const std::vector<Document> documents = Read(
      R"({"id": "a-1", "lang": "en", "text": "One. Two.", "summary": "One.",)"
      R"( "title": "T", "extra": [1, 2]})"
      "\n");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].id, "a-1");
  EXPECT_EQ(documents[0].language, "en");
  EXPECT_EQ(documents[0].text, "One. Two.");
  EXPECT_THAT(documents[0].references, ElementsAre("One."));
  EXPECT_FALSE(documents[0].multi_reference);
}

TEST(DatasetTest, ReferencesWinOverSummary) {
  const std::vector<Document> documents = Read(
      R"({"id": 7, "text": "x", "summary": "s", "references": ["a\nb", "c"]})");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].id, "7");
  EXPECT_THAT(documents[0].references, ElementsAre("a\nb", "c"));
  EXPECT_TRUE(documents[0].multi_reference);
}

TEST(DatasetTest, MissingIdIsNamedByLine) {
  const std::vector<Document> documents = Read(
      "\n"
      R"({"text": "x", "summary": "s"})"
      "\n   \n"
      R"({"id": "", "text": "y", "summary": "t"})");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].id, "line 2");
  EXPECT_EQ(documents[1].id, "line 4");
  EXPECT_EQ(documents[0].language, "");
}

TEST(DatasetTest, LimitStopsReading) {
  const std::string line = R"({"text": "x", "summary": "s"})"
                           "\n";
  EXPECT_EQ(Read(line + line + line).size(), 3u);
  EXPECT_EQ(Read(line + line + line, 2).size(), 2u);
  // Lines past the limit are not even parsed.
  EXPECT_EQ(Read(line + "not json\n", 1).size(), 1u);
}

TEST(DatasetTest, BadLinesNameTheLineAndTheReason) {
  const std::string good = R"({"text": "x", "summary": "s"})"
                           "\n";
  EXPECT_THAT(ErrorOf(good + "{oops\n"),
              AllOf(StartsWith("docs.jsonl:2: invalid JSON at byte"),
                    ::testing::Not(HasSubstr("\n"))));
  EXPECT_EQ(ErrorOf("[1, 2]"), "docs.jsonl:1: not a JSON object");
  EXPECT_EQ(ErrorOf(R"({"summary": "s"})"),
            "docs.jsonl:1: \"text\" is missing or not a string");
  EXPECT_EQ(ErrorOf(R"({"text": 3, "summary": "s"})"),
            "docs.jsonl:1: \"text\" is missing or not a string");
  EXPECT_EQ(ErrorOf(R"({"text": "x"})"),
            "docs.jsonl:1: \"summary\" is missing or not a string (and no "
            "\"references\")");
  EXPECT_EQ(ErrorOf(R"({"text": "x", "references": []})"),
            "docs.jsonl:1: \"references\" is not a non-empty array of "
            "strings");
  EXPECT_EQ(ErrorOf(R"({"text": "x", "references": ["a", 1]})"),
            "docs.jsonl:1: \"references\" is not a non-empty array of "
            "strings");
}

TEST(DatasetTest, InvalidUtf8IsABadLine) {
  EXPECT_THAT(ErrorOf("{\"text\": \"a\xff\", \"summary\": \"s\"}"),
              StartsWith("docs.jsonl:1: invalid JSON"));
}

TEST(DatasetTest, LoadDatasetFailsClearlyOnMissingOrEmptyFiles) {
  const std::filesystem::path missing =
      std::filesystem::temp_directory_path() / "summarize-eval-no-such.jsonl";
  try {
    LoadDataset(missing);
    FAIL() << "no exception";
  } catch (const EvalError& error) {
    EXPECT_EQ(error.exit_code(), kExitFailure);
    EXPECT_EQ(std::string(error.what()), missing.string() + ": cannot open");
  }

  const std::filesystem::path empty =
      std::filesystem::temp_directory_path() /
      ("summarize-eval-empty-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(empty) << "\n\n";
  try {
    LoadDataset(empty);
    ADD_FAILURE() << "no exception";
  } catch (const EvalError& error) {
    EXPECT_EQ(std::string(error.what()), empty.string() + ": no documents");
  }
  std::filesystem::remove(empty);
}

}  // namespace
}  // namespace summarize::eval
