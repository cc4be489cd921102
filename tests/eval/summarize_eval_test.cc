// End-to-end tests of the summarize-eval tool: they run the built binary
// (SUMMARIZE_EVAL_PATH) and check its table, JSON, exit codes and errors.
// The run on the TextRank paper's example skips without the shared data.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "eval/subprocess.h"
#include "test_support.h"

namespace summarize::eval {
namespace {

using summarize::testing::ScratchFolder;

namespace fs = std::filesystem;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using Json = nlohmann::json;

// Runs summarize-eval with `args`.
ProcessResult RunEval(std::vector<std::string> args) {
  args.insert(args.begin(), SUMMARIZE_EVAL_PATH);
  return RunProcess(args);
}

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

Json ReadJson(const fs::path& path) {
  return Json::parse(summarize::testing::ReadFile(path));
}

// A small set made of the golden test articles: each article four times
// with different "ids", its first paragraph as the reference.
std::string MiniSet() {
  std::string lines;
  int id = 0;
  for (const char* name : {"comet", "library", "orchard"}) {
    const std::string text = summarize::testing::ReadFile(
        summarize::testing::SourceDir() / "tests/golden" /
        (std::string(name) + ".txt"));
    const std::size_t body = text.find("\n\n") + 2;
    const std::string reference =
        text.substr(body, text.find("\n\n", body) - body);
    for (int copy = 0; copy < 4; ++copy) {
      lines +=
          Json{{"id", id++}, {"text", text}, {"summary", reference}}.dump() +
          "\n";
    }
  }
  return lines;
}

// The one stderr line of a failed run.
void ExpectOneErrorLine(const ProcessResult& result, int exit_code,
                        const std::string& contains) {
  EXPECT_EQ(result.exit_code, exit_code) << result.err;
  EXPECT_THAT(result.err, StartsWith("summarize-eval: "));
  EXPECT_THAT(result.err, HasSubstr(contains));
  EXPECT_THAT(result.err, EndsWith("\n"));
  EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
}

TEST(SummarizeEvalTest, HelpExitsZero) {
  const ProcessResult result = RunEval({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_THAT(result.out, HasSubstr("--sweep"));
  EXPECT_THAT(result.out, HasSubstr("--methods"));
  EXPECT_EQ(result.err, "");
}

TEST(SummarizeEvalTest, UsageErrorsExitTwoWithOneLine) {
  const ScratchFolder scratch;
  const std::string set = (scratch.path() / "docs.jsonl").string();
  WriteFile(set, MiniSet());
  ExpectOneErrorLine(RunEval({}), 2, "exactly one of --sweep and --set");
  ExpectOneErrorLine(RunEval({"--sweep", "--set", set}), 2,
                     "exactly one of --sweep and --set");
  ExpectOneErrorLine(RunEval({"--set", set, "-l", "en"}), 2, "--sentences");
  ExpectOneErrorLine(RunEval({"--set", set, "-n", "0", "-l", "en"}), 2,
                     "whole number >= 1");
  ExpectOneErrorLine(
      RunEval({"--set", set, "-n", "3", "-l", "en", "--methods", "lead,bogus"}),
      2, "unknown method \"bogus\"");
  ExpectOneErrorLine(RunEval({"--set", set, "-n", "3", "-l", "qq"}), 2,
                     "unknown language code 'qq'");
  ExpectOneErrorLine(
      RunEval({"--set", set, "-n", "3", "-l", "en", "--redundancy", "2"}), 2,
      "--redundancy");
  ExpectOneErrorLine(RunEval({"--sweep", "-n", "3"}), 2, "only with --set");
  ExpectOneErrorLine(RunEval({"--set", set, "-n", "3", "-l", "en", "--bogus"}),
                     2, "--bogus");
}

TEST(SummarizeEvalTest, BadDataExitsOneNamingTheLine) {
  const ScratchFolder scratch;
  const fs::path set = scratch.path() / "docs.jsonl";
  WriteFile(set, "{\"text\": \"A.\", \"summary\": \"A.\"}\n{\"text\": 1}\n");
  ExpectOneErrorLine(RunEval({"--set", set.string(), "-n", "1", "-l", "en"}), 1,
                     set.string() + ":2: \"text\" is missing or not a string");
  ExpectOneErrorLine(RunEval({"--set", (scratch.path() / "none.jsonl").string(),
                              "-n", "1", "-l", "en"}),
                     1, "none.jsonl: cannot open");
}

TEST(SummarizeEvalTest, ResultsDoNotDependOnTheThreadCount) {
  const ScratchFolder scratch;
  const fs::path set = scratch.path() / "mini" / "docs.jsonl";
  fs::create_directories(set.parent_path());
  WriteFile(set, MiniSet());
  std::vector<std::string> outputs;
  std::vector<Json> reports;
  for (const char* threads : {"1", "3"}) {
    const fs::path per_doc = scratch.path() / (std::string("doc") + threads);
    const fs::path json = scratch.path() / (std::string("json") + threads);
    const ProcessResult result = RunEval(
        {"--set", set.string(), "-n", "2", "-l", "en", "--methods",
         "default,centroid,lead,random", "--threads", threads, "--per-doc",
         per_doc.string(), "--json", json.string(), "--quiet"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_THAT(result.out, StartsWith("== mini: 12 documents, k = 2"));
    outputs.push_back(summarize::testing::ReadFile(per_doc));
    reports.push_back(ReadJson(json));
  }
  EXPECT_EQ(outputs[0], outputs[1]);
  Json& a = reports[0]["sets"][0];
  Json& b = reports[1]["sets"][0];
  for (Json* report : {&a, &b}) {
    report->erase("elapsed_seconds");
    for (Json& method : (*report)["methods"]) method.erase("elapsed_seconds");
  }
  EXPECT_EQ(a, b);
  // 12 documents × 4 methods, one line each.
  EXPECT_EQ(std::count(outputs[0].begin(), outputs[0].end(), '\n'), 48);
}

TEST(SummarizeEvalTest, DetectLanguageRunsTheLibraryWithAuto) {
  const ScratchFolder scratch;
  const fs::path set = scratch.path() / "mini" / "docs.jsonl";
  fs::create_directories(set.parent_path());
  WriteFile(set, MiniSet());
  const fs::path json = scratch.path() / "report.json";
  const ProcessResult detected =
      RunEval({"--set", set.string(), "-n", "2", "-l", "en", "--methods",
               "default,lead", "--detect-language", "--json", json.string(),
               "--quiet"});
  ASSERT_EQ(detected.exit_code, 0) << detected.err;
  EXPECT_THAT(detected.out,
              HasSubstr("language detection: 100.0% of documents detected as "
                        "en (en 12)"));
  const Json report = ReadJson(json)["sets"][0];
  EXPECT_EQ(report["options"]["language"], "auto");
  EXPECT_EQ(report["language_detection"]["accuracy"], 1.0);
  EXPECT_EQ(report["language_detection"]["languages"]["en"], 12);
  // The English articles get the same scores with and without detection.
  const ProcessResult given =
      RunEval({"--set", set.string(), "-n", "2", "-l", "en", "--methods",
               "default,lead", "--quiet"});
  ASSERT_EQ(given.exit_code, 0) << given.err;
  EXPECT_THAT(given.out, Not(HasSubstr("language detection")));
  const std::string table_end = "\n  language detection";
  EXPECT_EQ(detected.out.substr(0, detected.out.find(table_end) + 1)
                .substr(detected.out.find('\n')),
            given.out.substr(given.out.find('\n')));
}

TEST(SummarizeEvalTest, SweepReadsTheSetsFile) {
  const ScratchFolder scratch;
  fs::create_directories(scratch.path() / "mini");
  WriteFile(scratch.path() / "mini" / "docs.jsonl", MiniSet());
  const fs::path sets = scratch.path() / "sets.json";
  WriteFile(sets, R"({"sets": [{"folder": "mini", "k": 2, "language": "en",)"
                  R"( "target": 30, "require": {"method": "lead", "metric":)"
                  R"( "rouge1", "min_f1": 0}}]})");
  const fs::path json = scratch.path() / "out.json";
  const ProcessResult result =
      RunEval({"--sweep", "--sets", sets.string(), "--data-dir",
               scratch.path().string(), "--methods", "default,lead,random",
               "--json", json.string(), "--limit", "5"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, StartsWith("== mini: 5 documents, k = 2, language "
                                     "en, target 30.0"));
  EXPECT_THAT(result.out, HasSubstr("requirement: lead rouge1 F1 >= 0.0: "));
  EXPECT_THAT(result.out, HasSubstr(" met\n"));
  EXPECT_THAT(result.err, HasSubstr("summarize-eval: 1 set, 5 documents in"));

  const Json report = ReadJson(json);
  EXPECT_EQ(report["scale"], 100);
  EXPECT_EQ(report["limit"], 5);
  const Json& set = report["sets"][0];
  EXPECT_EQ(set["n_docs"], 5);
  EXPECT_EQ(set["k"], 2);
  EXPECT_EQ(set["target"], 30.0);
  EXPECT_EQ(set["best_baseline"],
            set["methods"][1]["mean_f1"] > set["methods"][2]["mean_f1"]
                ? "lead"
                : "random");
  const Json& method = set["methods"][0];
  EXPECT_EQ(method["name"], "default");
  EXPECT_EQ(method["mean_sentences"], 2.0);
  for (const char* metric : {"rouge1", "rouge2", "rougeL", "rougeLsum"}) {
    const Json& scores = method[metric];
    EXPECT_LE(scores["f1_ci"][0].get<double>(), scores["f1"].get<double>());
    EXPECT_GE(scores["f1_ci"][1].get<double>(), scores["f1"].get<double>());
  }
  const double mean = (method["rouge1"]["f1"].get<double>() +
                       method["rouge2"]["f1"].get<double>() +
                       method["rougeLsum"]["f1"].get<double>()) /
                      3;
  EXPECT_NEAR(method["mean_f1"].get<double>(), mean, 1e-9);
  EXPECT_NEAR(method["vs_target"]["difference"].get<double>(), mean - 30, 1e-9);
  EXPECT_TRUE(set["methods"][1]["vs_target"].is_null());  // a baseline

  const ProcessResult unknown =
      RunEval({"--sweep", "--sets", sets.string(), "--only", "maxi"});
  ExpectOneErrorLine(unknown, 2, "--only: no set \"maxi\"");
}

TEST(SummarizeEvalTest, TextRankReproducesThePaperExample) {
  const std::optional<fs::path> shared = summarize::testing::SharedDir();
  if (!shared) GTEST_SKIP() << "no shared data folder";
  const fs::path set = *shared / "data/textrank_paper_example/docs.jsonl";
  if (!fs::exists(set)) GTEST_SKIP() << set << " is missing";
  const ScratchFolder scratch;
  const fs::path json = scratch.path() / "out.json";
  const ProcessResult result =
      RunEval({"--set", set.string(), "-n", "4", "-l", "en", "--methods",
               "textrank,lead", "--json", json.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("textrank"));
  const Json report = ReadJson(json);
  const Json& textrank = report["sets"][0]["methods"][0];
  ASSERT_EQ(textrank["name"], "textrank");
  EXPECT_GE(textrank["rouge1"]["f1"].get<double>(), 95);
  EXPECT_EQ(textrank["vs_best_baseline"]["against"], "lead");
}

}  // namespace
}  // namespace summarize::eval
