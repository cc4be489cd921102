// End-to-end tests of the summarize command-line tool: they run the built
// binary (SUMMARIZE_CLI_PATH) through the shell with files for stdin,
// stdout and stderr, and check its output, stderr and exit code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace summarize::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using Json = nlohmann::json;
using namespace std::string_literals;

// What one run of the tool produced.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// This test process's scratch folder, removed at exit.
const fs::path& ScratchDir() {
  static const ScratchFolder folder;
  return folder.path();
}

// A new file in ScratchDir() holding `bytes`; returns its path.
fs::path WriteScratchFile(std::string_view bytes) {
  static int counter = 0;
  const fs::path path = ScratchDir() / ("file" + std::to_string(counter++));
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

// `arg` quoted for a POSIX shell.
std::string ShellQuote(std::string_view arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted.push_back(c);
    }
  }
  return quoted + "'";
}

// Runs the tool with `args`, feeding it `stdin_bytes`; `shell_prefix` is
// shell code run first in the same shell (e.g. to set a ulimit).
RunResult RunCli(const std::vector<std::string>& args,
                 std::string_view stdin_bytes = "",
                 const std::string& shell_prefix = "") {
  const fs::path in = WriteScratchFile(stdin_bytes);
  const fs::path out = WriteScratchFile("");
  const fs::path err = WriteScratchFile("");
  std::string command = shell_prefix + ShellQuote(SUMMARIZE_CLI_PATH);
  for (const std::string& arg : args) command += " " + ShellQuote(arg);
  command += " <" + ShellQuote(in.string()) + " >" + ShellQuote(out.string()) +
             " 2>" + ShellQuote(err.string());
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

// `text` with runs of ASCII whitespace made one space, ends trimmed.
std::string Collapse(std::string_view text) {
  std::string collapsed;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !collapsed.empty();
    } else {
      if (space) collapsed.push_back(' ');
      space = false;
      collapsed.push_back(c);
    }
  }
  return collapsed;
}

// Whitespace-separated tokens holding a letter or digit.
std::size_t CountWords(const std::string& text) {
  std::istringstream stream(text);
  std::size_t words = 0;
  for (std::string token; stream >> token;) {
    for (char c : token) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        ++words;
        break;
      }
    }
  }
  return words;
}

constexpr char kStory[] =
    "The city council approved a new budget for public libraries on "
    "Monday. The budget adds funding for longer opening hours at the "
    "central library and two branch libraries.\n"
    "Library staff had asked for longer opening hours for years, citing\n"
    "crowded reading rooms in the evenings.\n"
    "\n"
    "The mayor said the libraries are among the most used public buildings "
    "in the city. Critics argued the council should have spent the money on "
    "road repairs instead. A vote on the road repair budget is expected next "
    "month.\n"
    "\n"
    "The new opening hours start in September, when the central library will "
    "stay open until nine in the evening.\n";

// Success means exit 0 and nothing on stderr.
void ExpectSuccess(const RunResult& result) {
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
}

// A failure prints exactly one line, "summarize: ...", and nothing on stdout.
void ExpectFailure(const RunResult& result, int exit_code) {
  EXPECT_EQ(result.exit_code, exit_code) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_THAT(result.err, StartsWith("summarize: "));
  ASSERT_FALSE(result.err.empty());
  EXPECT_EQ(result.err.back(), '\n');
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1)
      << result.err;
}

TEST(CliTest, ReadsStdin) {
  const RunResult result = RunCli({"-n", "2"}, kStory);
  ExpectSuccess(result);
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 2u);
  const std::string story = Collapse(kStory);
  for (const std::string& line : lines) {
    EXPECT_THAT(story, HasSubstr(line));
  }
  EXPECT_LT(story.find(lines[0]), story.find(lines[1])) << "document order";
}

TEST(CliTest, ReadsFileAndDash) {
  const fs::path file = WriteScratchFile(kStory);
  const RunResult from_stdin = RunCli({}, kStory);
  const RunResult from_file = RunCli({file.string()});
  const RunResult from_dash = RunCli({"-"}, kStory);
  ExpectSuccess(from_stdin);
  ExpectSuccess(from_file);
  ExpectSuccess(from_dash);
  EXPECT_EQ(Lines(from_stdin.out).size(), 3u);
  EXPECT_EQ(from_file.out, from_stdin.out);
  EXPECT_EQ(from_dash.out, from_stdin.out);
}

TEST(CliTest, TextLinesAreCollapsedSlices) {
  const RunResult text = RunCli({"-n", "4"}, kStory);
  const RunResult json = RunCli({"-n", "4", "--format", "json"}, kStory);
  ExpectSuccess(text);
  ExpectSuccess(json);
  const Json document = Json::parse(json.out);
  std::string expected;
  for (const Json& sentence : document["sentences"]) {
    expected += Collapse(sentence["text"].get<std::string>()) + "\n";
  }
  EXPECT_EQ(text.out, expected);
  // One sentence of kStory spans a line break; it must come out on one line.
  const RunResult wrapped =
      RunCli({"-n", "1"},
             "Library staff had asked for longer opening hours for years,\n"
             "   citing crowded reading rooms.\n");
  ExpectSuccess(wrapped);
  EXPECT_EQ(wrapped.out,
            "Library staff had asked for longer opening hours for years, "
            "citing crowded reading rooms.\n");
}

TEST(CliTest, JsonHasDocumentedKeysAndOffsetsSliceInput) {
  const RunResult result =
      RunCli({"--format", "json", "-n", "2", "-a", "textrank"}, kStory);
  ExpectSuccess(result);
  ASSERT_FALSE(result.out.empty());
  EXPECT_EQ(result.out.back(), '\n');
  const Json document = Json::parse(result.out);
  ASSERT_TRUE(document.is_object());
  EXPECT_TRUE(document.contains("sentences"));
  EXPECT_TRUE(document.contains("summary"));
  EXPECT_TRUE(document.contains("options"));
  EXPECT_FALSE(document.contains("ranking"));

  const std::string input = kStory;
  const Json& sentences = document["sentences"];
  ASSERT_EQ(sentences.size(), 2u);
  std::string summary;
  std::size_t previous_begin = 0;
  for (const Json& sentence : sentences) {
    for (const char* key : {"index", "begin", "end", "score", "text"}) {
      EXPECT_TRUE(sentence.contains(key)) << key;
    }
    const std::size_t begin = sentence["begin"];
    const std::size_t end = sentence["end"];
    ASSERT_LE(begin, end);
    ASSERT_LE(end, input.size());
    EXPECT_EQ(input.substr(begin, end - begin), sentence["text"]);
    EXPECT_GE(begin, previous_begin);
    previous_begin = begin;
    if (!summary.empty()) summary += "\n";
    summary += Collapse(sentence["text"].get<std::string>());
  }
  EXPECT_EQ(document["summary"], summary);

  // The language is detected by default, and reported with the input.
  EXPECT_EQ(document["input"]["language"], "en");
  EXPECT_GE(document["input"]["language_confidence"].get<double>(), 0.9);
  EXPECT_LE(document["input"]["language_confidence"].get<double>(), 1.0);

  const Json& options = document["options"];
  EXPECT_EQ(options["algorithm"], "textrank");
  EXPECT_EQ(options["language"], "auto");
  EXPECT_EQ(options["length"]["unit"], "sentences");
  EXPECT_EQ(options["length"]["value"], 2);
  EXPECT_TRUE(options.contains("redundancy"));
}

TEST(CliTest, AllScoresAddsRanking) {
  const RunResult result = RunCli({"--format", "json", "--all-scores"}, kStory);
  ExpectSuccess(result);
  const Json document = Json::parse(result.out);
  ASSERT_TRUE(document.contains("ranking"));
  const Json& ranking = document["ranking"];
  ASSERT_GE(ranking.size(), document["sentences"].size());
  const std::string input = kStory;
  std::size_t candidates = 0;
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    const Json& unit = ranking[i];
    for (const char* key :
         {"index", "begin", "end", "score", "rank", "kind", "text"}) {
      EXPECT_TRUE(unit.contains(key)) << key;
    }
    EXPECT_EQ(unit["index"], i);
    const std::size_t begin = unit["begin"];
    const std::size_t end = unit["end"];
    ASSERT_LE(end, input.size());
    EXPECT_EQ(input.substr(begin, end - begin), unit["text"]);
    const std::string kind = unit["kind"];
    EXPECT_TRUE(kind == "sentence" || kind == "fragment" ||
                kind == "boilerplate")
        << kind;
    if (kind == "sentence") ++candidates;
  }
  EXPECT_GE(candidates, 3u);
  for (const Json& chosen : document["sentences"]) {
    const Json& unit = ranking[chosen["index"].get<std::size_t>()];
    EXPECT_EQ(unit["begin"], chosen["begin"]);
    EXPECT_EQ(unit["score"], chosen["score"]);
    EXPECT_EQ(unit["kind"], "sentence");
  }
}

TEST(CliTest, TitleChangesScoresNotTheOutputShape) {
  const RunResult plain = RunCli({"--format", "json", "--all-scores"}, kStory);
  const RunResult titled = RunCli({"--format", "json", "--all-scores",
                                   "--title", "Council budget for libraries"},
                                  kStory);
  ExpectSuccess(plain);
  ExpectSuccess(titled);
  const Json a = Json::parse(plain.out)["ranking"];
  const Json b = Json::parse(titled.out)["ranking"];
  ASSERT_EQ(a.size(), b.size());
  bool any_score_changed = false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i]["begin"], b[i]["begin"]);
    if (a[i]["score"] != b[i]["score"]) any_score_changed = true;
  }
  EXPECT_TRUE(any_score_changed);
}

TEST(CliTest, KeepBoilerplateTurnsTheFilterOff) {
  const std::string page =
      "Home | News | Sport\n\nPublished 3 May 2026, 10:15.\n\n" +
      std::string(kStory) + "\n\nWe use cookies to improve your experience.\n";
  const auto kinds = [](const RunResult& result) {
    std::map<std::string, std::size_t> counts;
    const Json document = Json::parse(result.out);
    for (const Json& unit : document["ranking"]) {
      ++counts[unit["kind"].get<std::string>()];
    }
    return counts;
  };
  const RunResult filtered = RunCli({"--format", "json", "--all-scores"}, page);
  const RunResult kept = RunCli(
      {"--format", "json", "--all-scores", "--keep-boilerplate"}, page);
  ExpectSuccess(filtered);
  ExpectSuccess(kept);
  EXPECT_EQ(kinds(filtered)["boilerplate"], 3u);  // menu, dateline, notice
  EXPECT_EQ(kinds(kept)["boilerplate"], 0u);
  EXPECT_EQ(kinds(kept)["sentence"], kinds(filtered)["sentence"] + 2);
}

constexpr char kPage[] =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Budget news</title>"
    "</head><body><nav><a href=\"/\">Home</a> <a href=\"/n\">News</a></nav>"
    "<article><h1>Libraries get longer hours</h1><p>The city council "
    "approved a new budget for public libraries on Monday.</p><p>The budget "
    "adds funding for longer opening hours at the central library.</p><p>"
    "Library staff had asked for longer hours for years.</p></article>"
    "<footer>Copyright 2026 &amp; all that</footer></body></html>";

TEST(CliTest, HtmlIsDetectedOrForced) {
  const RunResult detected = RunCli({"--format", "json", "--include-text"},
                                    kPage);
  ExpectSuccess(detected);
  const Json document = Json::parse(detected.out);
  EXPECT_EQ(document["title"], "Budget news");
  EXPECT_EQ(document["input"]["format"], "html");
  EXPECT_EQ(document["input"]["converted"], true);
  const std::string text = document["text"];
  EXPECT_EQ(text.find('<'), std::string::npos);
  EXPECT_EQ(text.find("Copyright"), std::string::npos);
  for (const Json& sentence : document["sentences"]) {
    const std::size_t begin = sentence["begin"];
    const std::size_t end = sentence["end"];
    EXPECT_EQ(text.substr(begin, end - begin), sentence["text"]);
  }
  // --html and --format-in html force it; --format-in text reads markup.
  const std::string fragment = "<p>One short sentence here. Another one.</p>";
  EXPECT_EQ(RunCli({"--html"}, fragment).out,
            "One short sentence here.\nAnother one.\n");
  EXPECT_EQ(RunCli({"--format-in", "html"}, fragment).out,
            RunCli({"--html"}, fragment).out);
  EXPECT_THAT(RunCli({"--format-in", "text"}, kPage).out,
              ::testing::HasSubstr("<"));
  ExpectFailure(RunCli({"--html", "--format-in", "text"}, fragment), 2);
  ExpectFailure(RunCli({"--format-in", "pdf"}, fragment), 2);
}

TEST(CliTest, PageLanguageIsReportedWhenTheTextCannotTell) {
  // Names and scores: no language in the text, so the page's lang is used
  // (and reported); -l beats it; a reliable detection beats a wrong lang.
  const std::string scores =
      "<html lang=\"pt-BR\"><body><p>Porto 3, Benfica 1.</p>"
      "<p>Braga 0, Sporting 2.</p></body></html>";
  const RunResult declared = RunCli({"--format", "json"}, scores);
  ExpectSuccess(declared);
  EXPECT_EQ(Json::parse(declared.out)["input"]["language"], "pt");
  const RunResult forced = RunCli({"--format", "json", "-l", "es"}, scores);
  ExpectSuccess(forced);
  EXPECT_EQ(Json::parse(forced.out)["input"]["language"], "es");
  EXPECT_EQ(Json::parse(forced.out)["input"]["language_confidence"], 1.0);
  std::string wrong = kPage;  // an English page that says lang="en"
  wrong.replace(wrong.find("lang=\"en\""), 9, "lang=\"de\"");
  const RunResult english = RunCli({"--format", "json"}, wrong);
  ExpectSuccess(english);
  EXPECT_EQ(Json::parse(english.out)["input"]["language"], "en");
}

TEST(CliTest, EncodingFlag) {
  const std::string latin1 = "Le caf\xE9 ouvre \xE0 midi. Il ferme le soir.";
  ExpectFailure(RunCli({"-l", "fr"}, latin1), 1);  // invalid UTF-8
  const RunResult transcoded =
      RunCli({"-l", "fr", "--encoding", "latin1", "-n", "1"}, latin1);
  ExpectSuccess(transcoded);
  EXPECT_THAT(transcoded.out, ::testing::HasSubstr("caf\xC3\xA9"));
  const RunResult replaced = RunCli({"--replace-invalid", "-n", "2"}, latin1);
  ExpectSuccess(replaced);
  EXPECT_THAT(replaced.out, ::testing::HasSubstr("\xEF\xBF\xBD"));
  const RunResult unknown = RunCli({"--encoding", "klingon-8"}, latin1);
  ExpectFailure(unknown, 2);
  EXPECT_THAT(unknown.err, ::testing::HasSubstr("klingon-8"));
}

TEST(CliTest, IncludeTextNeedsJson) {
  ExpectFailure(RunCli({"--include-text"}, kStory), 2);
  const RunResult lines = RunCli({"--jsonl", "--include-text"},
                                 "{\"text\": \"One. Two.\"}\n");
  EXPECT_EQ(lines.exit_code, 0);
  EXPECT_EQ(Json::parse(lines.out)["text"], "One. Two.");
}

TEST(CliTest, HtmlViewFormatAndOutputDir) {
  const RunResult view = RunCli({"--format", "html", "-n", "2"}, kStory);
  ExpectSuccess(view);
  EXPECT_THAT(view.out, StartsWith("<!DOCTYPE html>"));
  EXPECT_THAT(view.out, HasSubstr("Content-Security-Policy"));
  std::size_t chosen = 0;
  for (std::size_t at = view.out.find("class=\"s chosen\" data-index");
       at != std::string::npos;
       at = view.out.find("class=\"s chosen\" data-index", at + 1)) {
    ++chosen;
  }
  EXPECT_EQ(chosen, 2u);
  // Every unit is shown with its text, chosen or not.
  EXPECT_THAT(view.out, Not(HasSubstr("\"></span>")));
  ExpectFailure(RunCli({"--format", "html", "--all-scores"}, kStory), 2);
  ExpectFailure(RunCli({"--output-dir", "/tmp"}, kStory), 2);  // needs --jsonl

  ScratchFolder folder;
  const RunResult batch =
      RunCli({"--jsonl", "-n", "1", "--output-dir", folder.path().string()},
             "{\"id\": 7, \"text\": \"One thing. Another thing.\"}\n\n"
             "{\"id\": 8, \"text\": \"Third thing here. Fourth.\"}\n");
  EXPECT_EQ(batch.exit_code, 0);
  std::istringstream lines(batch.out);
  std::string line;
  std::vector<std::string> views;
  while (std::getline(lines, line)) {
    const Json record = Json::parse(line);
    // The blank line 2 is answered with an error record and has no view.
    if (!record.contains("error")) views.push_back(record["view"]);
  }
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(views[0], (folder.path() / "1.html").string());
  EXPECT_EQ(views[1], (folder.path() / "3.html").string());  // line numbers
  EXPECT_THAT(summarize::testing::ReadFile(views[1]),
              HasSubstr("Third thing here."));
  EXPECT_THAT(summarize::testing::ReadFile(views[1]),
              Not(HasSubstr("\"></span>")));
}

// Regression (found by the JSONL fuzzer): a number too large for a double
// made the JSON parser throw an exception the reader did not catch, and the
// whole batch died. It is a bad line like any other.
TEST(CliTest, JsonlNumberOverflowIsABadLine) {
  const RunResult result = RunCli(
      {"--jsonl", "-n", "1"},
      "{\"id\": 1, \"text\": \"First one. Second one.\"}\n"
      "8888884444e444\n"
      "{\"id\": 3, \"text\": \"Third. Fourth.\", \"n\": 1e999}\n"
      "{\"id\": 4, \"text\": \"Fifth one. Sixth one.\"}\n");
  EXPECT_EQ(result.exit_code, 1);  // some lines failed
  std::istringstream lines(result.out);
  std::string line;
  std::vector<Json> records;
  while (std::getline(lines, line)) records.push_back(Json::parse(line));
  ASSERT_EQ(records.size(), 4u);
  EXPECT_TRUE(records[0].contains("summary"));
  EXPECT_THAT(records[1]["error"].get<std::string>(),
              HasSubstr("line 2: invalid JSON"));
  EXPECT_THAT(records[2]["error"].get<std::string>(),
              HasSubstr("line 3: invalid JSON"));
  EXPECT_TRUE(records[3].contains("summary"));
  EXPECT_EQ(result.err, "summarize: 4 documents, 2 summaries, 2 errors\n");
}

TEST(CliTest, InvalidTitleIsBlamedOnTheTitle) {
  const RunResult result = RunCli({"--title", "bad \xC3 title"}, kStory);
  ExpectFailure(result, 1);
  EXPECT_THAT(result.err, ::testing::HasSubstr("--title: "));
}

TEST(CliTest, ListAlgorithms) {
  const RunResult result = RunCli({"--list-algorithms"});
  ExpectSuccess(result);
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_GE(lines.size(), 3u);
  const std::regex line_format(R"(^[a-z0-9_-]+\s+\S.*$)");
  std::set<std::string> names;
  for (const std::string& line : lines) {
    EXPECT_TRUE(std::regex_match(line, line_format)) << line;
    names.insert(line.substr(0, line.find_first_of(" \t")));
  }
  EXPECT_EQ(lines.front().substr(0, 8), "default ");
  for (const char* name : {"default", "textrank", "centroid"}) {
    EXPECT_TRUE(names.count(name)) << name;
  }
  EXPECT_GE(names.size(), 10U);
  for (const std::string& name : names) {
    ExpectSuccess(RunCli({"-a", name}, kStory));
  }
}

// The long options ("--name") that --help output names.
std::set<std::string> HelpOptions(const std::string& help) {
  const std::regex option("--([a-z][a-z-]*[a-z])");
  std::set<std::string> names;
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option);
       it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1]);
  }
  return names;
}

// The long options that a roff page names, written "\-\-na\-me" there.
std::set<std::string> ManOptions(const std::string& man) {
  const std::regex option(R"(\\-\\-([a-z](?:[a-z]|\\-)*[a-z]))");
  std::set<std::string> names;
  for (auto it = std::sregex_iterator(man.begin(), man.end(), option);
       it != std::sregex_iterator(); ++it) {
    names.insert(std::regex_replace((*it)[1].str(), std::regex(R"(\\-)"),
                                    "-"));
  }
  return names;
}

TEST(CliTest, ManPageListsEveryOption) {
  const std::string help = RunCli({"--help"}).out;
  const std::string man =
      summarize::testing::ReadFile(summarize::testing::SourceDir() /
                                   "docs/summarize.1");
  ASSERT_FALSE(man.empty());
  const std::set<std::string> in_help = HelpOptions(help);
  EXPECT_GE(in_help.size(), 20u);
  EXPECT_EQ(ManOptions(man), in_help);
  // "summarize 0.1.0" → the page's footer names the same version.
  const std::string version = RunCli({"--version"}).out;
  ASSERT_THAT(version, StartsWith("summarize "));
  EXPECT_THAT(man, HasSubstr("\"libsummarize " +
                             version.substr(10, version.find('\n') - 10) +
                             "\""));
}

TEST(CliTest, KeywordsInTextAndJson) {
  const RunResult text = RunCli({"-n", "1", "--keywords", "3"}, kStory);
  ExpectSuccess(text);
  const std::vector<std::string> lines = Lines(text.out);
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[1].substr(0, 10), "Keywords: ");
  const RunResult json =
      RunCli({"-n", "1", "--keywords", "3", "--format", "json"}, kStory);
  ExpectSuccess(json);
  const auto document = nlohmann::json::parse(json.out);
  ASSERT_TRUE(document["keywords"].is_array());
  ASSERT_FALSE(document["keywords"].empty());
  EXPECT_TRUE(document["keywords"][0]["text"].is_string());
  EXPECT_TRUE(document["keywords"][0]["score"].is_number());
  // Without --keywords there is no line and no field.
  EXPECT_EQ(Lines(RunCli({"-n", "1"}, kStory).out).size(), 1U);
  EXPECT_FALSE(
      nlohmann::json::parse(RunCli({"-n", "1", "--format", "json"}, kStory).out)
          .contains("keywords"));
  ExpectFailure(RunCli({"--keywords", "-1"}, kStory), 2);
  // --jsonl: every record carries them.
  const RunResult jsonl = RunCli(
      {"--jsonl", "--threads", "1", "--keywords", "2"},
      R"({"id": 1, "text": "The river rose fast. The river flooded the town."})"
      "\n");
  EXPECT_EQ(jsonl.exit_code, 0) << jsonl.err;
  const auto record = nlohmann::json::parse(Lines(jsonl.out).at(0));
  ASSERT_TRUE(record["keywords"].is_array());
  EXPECT_FALSE(record["keywords"].empty());
}

TEST(CliTest, MmrOption) {
  ExpectSuccess(RunCli({"-n", "2", "--mmr", "0.5"}, kStory));
  ExpectSuccess(RunCli({"-n", "2", "--mmr", "0"}, kStory));
  ExpectFailure(RunCli({"--mmr", "1.5"}, kStory), 2);
  ExpectFailure(RunCli({"--mmr", "nan"}, kStory), 2);
  ExpectSuccess(RunCli({"-a", "lexrank", "--position-prior", "1"}, kStory));
  ExpectFailure(RunCli({"--position-prior", "-1"}, kStory), 2);
}

TEST(CliTest, HelpAndVersion) {
  const RunResult help = RunCli({"--help"});
  ExpectSuccess(help);
  EXPECT_THAT(help.out, HasSubstr("--sentences"));
  EXPECT_THAT(help.out, HasSubstr("--jsonl"));
  const RunResult version = RunCli({"--version"});
  ExpectSuccess(version);
  EXPECT_TRUE(
      std::regex_match(version.out, std::regex(R"(summarize \d+\.\d+\.\d+\n)")))
      << version.out;
}

TEST(CliTest, JsonlKeepsOrderAndEchoesIds) {
  const std::string input =
      R"({"id": 7, "text": "The first story is about rain. Rain fell all day. The river rose fast."})"
      "\n"
      R"({"id": "b-2", "title": "Snow", "lang": "en", "text": "Snow came early this year. Schools closed for a day."})"
      "\n"
      R"({"id": null, "text": "A third document with one sentence."})"
      "\n"
      R"({"id": {"source": "wire", "n": [1, 2]}, "text": "Objects work as ids too."})"
      "\n"
      R"({"id": 2.5, "text": ""})"
      "\n"
      R"({"text": "No id here at all."})"
      "\n";
  const RunResult result = RunCli({"--jsonl", "-n", "2"}, input);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "summarize: 6 documents, 6 summaries, 0 errors\n");
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 6u);
  const std::vector<Json> ids = {
      7,   "b-2",  nullptr, Json::parse(R"({"source": "wire", "n": [1, 2]})"),
      2.5, nullptr};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Json record = Json::parse(lines[i]);
    EXPECT_EQ(record["id"], ids[i]) << lines[i];
    EXPECT_FALSE(record.contains("error")) << lines[i];
    EXPECT_TRUE(record["summary"].is_string());
    EXPECT_TRUE(record["sentences"].is_array());
  }
  EXPECT_EQ(Json::parse(lines[0])["sentences"].size(), 2u);
  EXPECT_EQ(Json::parse(lines[2])["summary"],
            "A third document with one sentence.");
  EXPECT_EQ(Json::parse(lines[4])["sentences"], Json::array());
}

TEST(CliTest, JsonlDetectsTheLanguageOfEachLine) {
  // The "lang" field is not used: detection runs on each line's text.
  const std::string input =
      R"({"id": 1, "lang": "en", "text": "Der Stadtrat hat am Dienstag beschlossen, eine neue Brücke über den Fluss zu bauen. Die Arbeiten beginnen im Frühjahr."})"
      "\n"
      R"({"id": 2, "text": "市政府今天宣布，城东的老工厂将改建成一个大型公园。工程预计明年春天开始。"})"
      "\n"
      R"({"id": 3, "text": "The council voted on Tuesday to build a new bridge over the river. Work starts in the spring."})"
      "\n"
      R"({"id": 4, "text": "12 + 30 = 42."})"
      "\n";
  const RunResult result = RunCli({"--jsonl", "-n", "1"}, input);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 4u);
  const char* expected[] = {"de", "zh", "en", "und"};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Json record = Json::parse(lines[i]);
    EXPECT_EQ(record["input"]["language"], expected[i]) << lines[i];
    const double confidence = record["input"]["language_confidence"];
    EXPECT_GE(confidence, 0.0);
    EXPECT_LE(confidence, 1.0);
  }
  // An explicit language is used as it is given, with confidence 1.
  const RunResult fixed = RunCli({"--jsonl", "-n", "1", "-l", "de-CH"}, input);
  EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
  for (const std::string& line : Lines(fixed.out)) {
    const Json record = Json::parse(line);
    EXPECT_EQ(record["input"]["language"], "de") << line;
    EXPECT_EQ(record["input"]["language_confidence"], 1.0) << line;
  }
}

TEST(CliTest, JsonlSurvivesBadLines) {
  const std::string input =
      R"({"id": 1, "text": "The first line is fine. It has two sentences."})"
      "\n"
      "{this is not json\n"
      "\n"
      "   \n"
      R"({"id": 3, "text": "Bad byte )"
      "\xFF"
      R"( in the middle."})"
      "\n"
      R"({"id": 4, "body": "no text field"})"
      "\n"
      R"({"id": 5, "text": "Zero \u0000 inside."})"
      "\n"
      R"([1, 2, 3])"
      "\n"
      R"({"id": 6, "text": "The last line is fine too."})";
  const RunResult result = RunCli({"--jsonl"}, input);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "summarize: 9 documents, 2 summaries, 7 errors (2 blank lines)\n");
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 9u);
  std::vector<Json> records;
  for (const std::string& line : lines) records.push_back(Json::parse(line));

  EXPECT_EQ(records[0]["id"], 1);
  EXPECT_EQ(records[0]["sentences"].size(), 2u);
  EXPECT_TRUE(records[1]["id"].is_null());
  EXPECT_TRUE(records[1]["error"].is_string());
  // Blank lines are answered too, so that output line N is input line N.
  EXPECT_EQ(lines[2], R"({"id":null,"error":"line 3: empty line","line":3})");
  EXPECT_EQ(lines[3], R"({"id":null,"error":"line 4: empty line","line":4})");
  records.erase(records.begin() + 2, records.begin() + 4);
  lines.erase(lines.begin() + 2, lines.begin() + 4);
  // A raw invalid UTF-8 byte makes the line invalid JSON.
  EXPECT_TRUE(records[2]["id"].is_null());
  EXPECT_TRUE(records[2]["error"].is_string());
  EXPECT_EQ(records[3]["id"], 4);
  EXPECT_TRUE(records[3]["error"].is_string());
  EXPECT_EQ(records[4]["id"], 5);
  EXPECT_TRUE(records[4]["error"].is_string()) << lines[4];
  EXPECT_TRUE(records[5]["id"].is_null());
  EXPECT_TRUE(records[5]["error"].is_string());
  EXPECT_EQ(records[6]["id"], 6);
  EXPECT_EQ(records[6]["summary"], "The last line is fine too.");
  for (std::size_t i : {1, 2, 3, 4, 5}) {
    EXPECT_EQ(records[i].size(), 3u) << lines[i];  // id, error and line only
  }
}

TEST(CliTest, JsonlAllScoresAndEmptyInput) {
  const RunResult scored =
      RunCli({"--jsonl", "--all-scores"},
             R"({"id": 1, "text": "One sentence here. Another one there."})"
             "\n");
  EXPECT_EQ(scored.exit_code, 0);
  const Json record = Json::parse(scored.out);
  EXPECT_EQ(record["ranking"].size(), 2u);

  const RunResult empty = RunCli({"--jsonl"}, "");
  EXPECT_EQ(empty.exit_code, 0);
  EXPECT_EQ(empty.out, "");
  EXPECT_EQ(empty.err, "summarize: 0 documents, 0 summaries, 0 errors\n");
}

// A --jsonl input of `documents` lines (several sentences each), with a
// bad line and blank lines among them.
std::string ManyJsonlLines(int documents) {
  std::string input;
  for (int i = 0; i < documents; ++i) {
    Json line = {{"id", i},
                 {"text", "Story " + std::to_string(i) +
                              " starts here. The council met on day " +
                              std::to_string(i % 7) +
                              ". Rain fell all week in the valley. Library "
                              "hours grew longer. The vote comes next month."}};
    if (i % 3 == 0) line["title"] = "Rain in the valley";
    input += line.dump() + "\n";
    if (i == documents / 2) input += "{not json\n\n  \n";
  }
  return input;
}

TEST(CliTest, JsonlThreadsGiveIdenticalOutput) {
  const std::string input = ManyJsonlLines(40);
  const RunResult one = RunCli({"--jsonl", "-n", "2", "--threads", "1"}, input);
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_EQ(one.err,
            "summarize: 43 documents, 40 summaries, 3 errors (2 blank "
            "lines)\n");
  const std::vector<std::string> lines = Lines(one.out);
  ASSERT_EQ(lines.size(), 43u);
  EXPECT_EQ(Json::parse(lines[0])["id"], 0);
  for (std::size_t i : {21, 22, 23}) {
    EXPECT_EQ(Json::parse(lines[i])["line"], i + 1) << lines[i];
  }
  EXPECT_EQ(Json::parse(lines[24])["id"], 21);
  EXPECT_EQ(Json::parse(lines[42])["id"], 39);
  for (const char* threads : {"2", "3", "8", "0"}) {
    SCOPED_TRACE(threads);
    const RunResult many =
        RunCli({"--jsonl", "-n", "2", "--threads", threads}, input);
    EXPECT_EQ(many.exit_code, 1);
    EXPECT_EQ(many.err, one.err);
    EXPECT_EQ(many.out, one.out);
  }
  // The default (all cores) too.
  EXPECT_EQ(RunCli({"--jsonl", "-n", "2"}, input).out, one.out);
}

// A new empty folder in ScratchDir().
fs::path FreshDir() {
  static int counter = 0;
  const fs::path path = ScratchDir() / ("dir" + std::to_string(counter++));
  fs::create_directory(path);
  return path;
}

// The names of the entries of `dir`, sorted.
std::vector<std::string> DirEntries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(CliTest, OutputFileHoldsWhatStdoutWouldShow) {
  const std::string jsonl = ManyJsonlLines(6);
  struct Case {
    std::vector<std::string> args;
    std::string input;
  };
  const std::vector<Case> cases = {
      {{"-n", "2"}, kStory},
      {{"-n", "2", "--format", "json", "--all-scores"}, kStory},
      {{"--format", "html"}, kStory},
      {{"--keywords", "3"}, kStory},
      {{"--jsonl", "--threads", "2"}, jsonl},  // with a bad line: exit 1
      {{"--list-algorithms"}, ""},
      {{}, ""},  // an empty summary makes an empty FILE
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(::testing::PrintToString(c.args));
    const RunResult to_stdout = RunCli(c.args, c.input);
    for (const char* flag : {"-o", "--output"}) {
      const fs::path dir = FreshDir();
      const fs::path file = dir / "out.txt";
      std::vector<std::string> args = c.args;
      args.insert(args.end(), {flag, file.string()});
      const RunResult to_file = RunCli(args, c.input);
      EXPECT_EQ(to_file.exit_code, to_stdout.exit_code);
      EXPECT_EQ(to_file.out, "");
      EXPECT_EQ(to_file.err, to_stdout.err);
      EXPECT_EQ(ReadFile(file), to_stdout.out);
      // Only FILE is left: no temporary file.
      EXPECT_EQ(DirEntries(dir), std::vector<std::string>{"out.txt"});
    }
  }
  // "-o -" is standard output.
  EXPECT_EQ(RunCli({"-n", "2", "-o", "-"}, kStory).out,
            RunCli({"-n", "2"}, kStory).out);
}

TEST(CliTest, OutputFileReplacesAndKeepsItsMode) {
  const fs::path dir = FreshDir();
  const fs::path file = dir / "summary.txt";
  std::ofstream(file) << "an older, much longer summary that must go away\n"
                      << std::string(5000, 'x') << "\n";
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write |
                            fs::perms::group_read);
  const RunResult result = RunCli({"-n", "1", "-o", file.string()}, kStory);
  ExpectSuccess(result);
  EXPECT_EQ(ReadFile(file), RunCli({"-n", "1"}, kStory).out);
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write |
                fs::perms::group_read);
  EXPECT_EQ(DirEntries(dir), std::vector<std::string>{"summary.txt"});
  // The input file itself may be the output: it is read before the rename.
  const fs::path in_place = dir / "in_place.txt";
  std::ofstream(in_place) << kStory;
  ExpectSuccess(
      RunCli({"-n", "1", "-o", in_place.string(), in_place.string()}));
  EXPECT_EQ(ReadFile(in_place), RunCli({"-n", "1"}, kStory).out);
}

TEST(CliTest, FailedRunLeavesNoOutputFile) {
  const std::string old_content = "yesterday's summary\n";
  const fs::path missing_input = ScratchDir() / "no-such-input.txt";
  struct Case {
    std::vector<std::string> args;
    std::string input;
  };
  const std::vector<Case> cases = {
      {{}, "Bad \xFF byte in the middle. Second sentence."},
      {{"--format", "json"}, "Some text\0\0\0 with NUL bytes."s},
      {{"--max-input-bytes", "10"}, kStory},
      {{"--timeout", "0.000000001"}, kStory},
      {{"--format", "html", missing_input.string()}, ""},
      {{"--jsonl", ScratchDir().string()}, ""},  // a folder: read fails
      {{"--title", "bad \xC3 title"}, kStory},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(::testing::PrintToString(c.args));
    // A new FILE is not created.
    const fs::path dir = FreshDir();
    const fs::path file = dir / "out.txt";
    std::vector<std::string> args = c.args;
    args.insert(args.end(), {"-o", file.string()});
    const RunResult fresh = RunCli(args, c.input);
    ExpectFailure(fresh, 1);
    EXPECT_EQ(fresh.err, RunCli(c.args, c.input).err);
    EXPECT_EQ(DirEntries(dir), std::vector<std::string>{});
    // An existing FILE is untouched.
    std::ofstream(file) << old_content;
    ExpectFailure(RunCli(args, c.input), 1);
    EXPECT_EQ(ReadFile(file), old_content);
    EXPECT_EQ(DirEntries(dir), std::vector<std::string>{"out.txt"});
  }
  // A usage error does not touch FILE either.
  const fs::path dir = FreshDir();
  ExpectFailure(RunCli({"-n", "0", "-o", (dir / "out.txt").string()}, kStory),
                2);
  EXPECT_EQ(DirEntries(dir), std::vector<std::string>{});
}

TEST(CliTest, OutputFileWriteErrorsAreOneLine) {
  const fs::path dir = FreshDir();
  const std::string in_missing_dir = (dir / "no-such-dir" / "out.txt").string();
  const RunResult no_dir = RunCli({"-o", in_missing_dir}, kStory);
  ExpectFailure(no_dir, 1);
  EXPECT_EQ(no_dir.err, "summarize: cannot write " + in_missing_dir +
                            ": No such file or directory\n");

  const fs::path folder = dir / "a-folder";
  fs::create_directory(folder);
  const RunResult is_dir = RunCli({"-o", folder.string()}, kStory);
  ExpectFailure(is_dir, 1);
  EXPECT_EQ(is_dir.err,
            "summarize: cannot write " + folder.string() + ": Is a directory\n");
  EXPECT_EQ(DirEntries(dir), std::vector<std::string>{"a-folder"});

  // A full disk, simulated with a file size limit of 1 KiB at most (ulimit
  // -f counts 512- or 1024-byte blocks depending on the shell); SIGXFSZ is
  // ignored so that write(2) fails with EFBIG instead of killing the tool.
  const std::string limit = "trap '' XFSZ; ulimit -f 1; ";
  const fs::path big = dir / "big.html";
  const std::string long_story = std::string(kStory) + kStory + kStory;
  const RunResult html = RunCli({"--format", "html", "-o", big.string()},
                                long_story, limit);
  ASSERT_GT(RunCli({"--format", "html"}, long_story).out.size(), 4096u);
  ExpectFailure(html, 1);
  EXPECT_EQ(html.err,
            "summarize: cannot write " + big.string() + ": File too large\n");
  EXPECT_EQ(DirEntries(dir), std::vector<std::string>{"a-folder"});
  // The same with --jsonl, whose records are flushed line by line.
  const RunResult jsonl = RunCli({"--jsonl", "-o", big.string()},
                                 ManyJsonlLines(20), limit);
  ExpectFailure(jsonl, 1);
  EXPECT_EQ(jsonl.err,
            "summarize: cannot write " + big.string() + ": File too large\n");
  EXPECT_EQ(DirEntries(dir), std::vector<std::string>{"a-folder"});

  ExpectFailure(RunCli({"-o", ""}, kStory), 2);
}

TEST(CliTest, OutputFileIsRemovedWhenTheRunIsKilled) {
  const fs::path dir = FreshDir();
  const fs::path file = dir / "out.jsonl";
  // The tool reads a FIFO that this shell holds open, so it waits for
  // input; once its temporary file exists it gets SIGTERM.
  const fs::path fifo = ScratchDir() / "killed.fifo";
  const std::string script =
      "mkfifo " + ShellQuote(fifo.string()) + "; " +
      ShellQuote(SUMMARIZE_CLI_PATH) + " --jsonl -o " +
      ShellQuote(file.string()) + " <" + ShellQuote(fifo.string()) +
      " 2>/dev/null & pid=$!; exec 3>" + ShellQuote(fifo.string()) +
      "; i=0; "
      "while ! ls " + ShellQuote(dir.string()) + " | grep -q tmp; do "
      "i=$((i+1)); [ $i -gt 600 ] && exit 3; sleep 0.05; done; "
      "kill -TERM $pid; wait $pid; echo $?";
  const fs::path out = WriteScratchFile("");
  const int status =
      std::system(("sh -c " + ShellQuote(script) + " >" +
                   ShellQuote(out.string()) + " 2>/dev/null")
                      .c_str());
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0) << "the temporary file never appeared";
  EXPECT_EQ(ReadFile(out), "143\n");  // died of SIGTERM (128 + 15)
  EXPECT_EQ(DirEntries(dir), std::vector<std::string>{});
}

// Splits `text` at '\n' into lines; a last line without '\n' counts.
std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

TEST(CliTest, JsonlAnswersEveryLineInOrder) {
  constexpr std::size_t kLimit = 300000;  // --max-input-bytes
  std::string fine_text;
  while (fine_text.size() < 250000) {
    fine_text += "The harbour " + std::to_string(fine_text.size()) +
                 " opened at dawn and the ferry crew sold tickets. ";
  }
  std::string too_large;
  while (too_large.size() <= kLimit) too_large += "Waves hit the pier. ";
  // What each line is expected to give: its id, or an error (id null unless
  // given) and whether the error is a blank line.
  struct Line {
    std::string bytes;
    Json id;
    bool error = false;
    bool blank = false;
  };
  const std::vector<Line> table = {
      {R"({"id": "ok", "text": "The first story is fine. It has two sentences."})",
       "ok"},
      {R"({"id" "corrupt", "text": "no colon after id"})", nullptr, true},
      {R"({"id": "cut", "text": "The council met on Mon)", nullptr, true},
      {Json{{"id", "huge"}, {"text", fine_text}}.dump(), "huge"},
      {Json{{"id", "too-large"}, {"text", too_large}}.dump(), "too-large",
       true},
      {"{\"id\": \"raw\", \"text\": \"Bad \xFF byte in a line.\"}", nullptr,
       true},
      {"{\"id\": \"latin1\", \"text\": \"Caf\xE9 au lait.\"}", nullptr, true},
      {R"({"id": "surrogate", "text": "Lone \ud800 half."})", nullptr, true},
      {"", nullptr, true, true},
      {" \t ", nullptr, true, true},
      {R"({"id": "empty", "text": ""})", "empty"},
      {R"({"id": "nul", "text": "Zero \u0000 byte."})", "nul", true},
      {"\x00\x01\x02 binary"s, nullptr, true},
      {R"({"id": 42, "text": "Windows line end. Still fine."})"
       "\r",
       42},
      {R"([1, 2])", nullptr, true},
      {R"({"id": "no-text", "body": "x"})", "no-text", true},
      {R"({"id": "last", "text": "The last line is cut in the mid)", nullptr,
       true},  // no final newline
  };
  std::string input;
  for (const Line& line : table) input += line.bytes + "\n";
  input.pop_back();
  ASSERT_EQ(SplitLines(input).size(), table.size());

  std::string first_out;
  for (const char* threads : {"1", "2", "8"}) {
    SCOPED_TRACE(threads);
    const RunResult result =
        RunCli({"--jsonl", "-n", "2", "--threads", threads,
                "--max-input-bytes", std::to_string(kLimit)},
               input);
    EXPECT_EQ(result.exit_code, 1);
    const std::vector<std::string> lines = SplitLines(result.out);
    ASSERT_EQ(lines.size(), table.size()) << result.out.substr(0, 2000);
    std::size_t summaries = 0;
    std::size_t errors = 0;
    std::size_t blank = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      SCOPED_TRACE("line " + std::to_string(i + 1));
      const Json record = Json::parse(lines[i]);
      EXPECT_EQ(record["id"], table[i].id);
      if (table[i].error) {
        ASSERT_TRUE(record.contains("error")) << lines[i].substr(0, 300);
        EXPECT_EQ(record["line"], i + 1);
        EXPECT_THAT(record["error"].get<std::string>(),
                    StartsWith("line " + std::to_string(i + 1) + ": "));
        EXPECT_EQ(record.size(), 3u);
        ++errors;
        if (table[i].blank) {
          EXPECT_EQ(record["error"], "line " + std::to_string(i + 1) +
                                         ": empty line");
          ++blank;
        }
      } else {
        EXPECT_FALSE(record.contains("error")) << lines[i];
        EXPECT_TRUE(record["summary"].is_string());
        ++summaries;
      }
    }
    EXPECT_EQ(Json::parse(lines[3])["sentences"].size(), 2u);
    EXPECT_THAT(Json::parse(lines[4])["error"].get<std::string>(),
                HasSubstr("over the limit of 300000"));
    // The totals line adds up: documents = summaries + errors = lines.
    std::smatch totals;
    ASSERT_TRUE(std::regex_match(
        result.err, totals,
        std::regex(R"(summarize: (\d+) documents, (\d+) summaries, (\d+) )"
                   R"(errors \((\d+) blank lines\)\n)")))
        << result.err;
    EXPECT_EQ(std::stoul(totals[1]), table.size());
    EXPECT_EQ(std::stoul(totals[2]), summaries);
    EXPECT_EQ(std::stoul(totals[3]), errors);
    EXPECT_EQ(std::stoul(totals[4]), blank);
    EXPECT_EQ(summaries + errors, table.size());
    EXPECT_EQ(blank, 2u);
    if (first_out.empty()) first_out = result.out;
    EXPECT_EQ(result.out, first_out);
  }
}

TEST(CliTest, JsonlBlankLinesAloneDoNotFail) {
  const RunResult result = RunCli(
      {"--jsonl"},
      "\n" R"({"id": 1, "text": "One sentence here."})" "\n\n   \n");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err,
            "summarize: 4 documents, 1 summary, 3 errors (3 blank lines)\n");
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], R"({"id":null,"error":"line 1: empty line","line":1})");
  EXPECT_EQ(Json::parse(lines[1])["id"], 1);
  EXPECT_EQ(lines[3], R"({"id":null,"error":"line 4: empty line","line":4})");
}

TEST(CliTest, JsonlProgressGoesToStderrOnlyWhenAsked) {
  const std::string input = ManyJsonlLines(12);
  // stderr is a file here, not a terminal: no progress line unless asked.
  const RunResult quiet = RunCli({"--jsonl", "--threads", "2"}, input);
  EXPECT_EQ(quiet.err,
            "summarize: 15 documents, 12 summaries, 3 errors (2 blank "
            "lines)\n");

  const RunResult shown =
      RunCli({"--jsonl", "--threads", "2", "--progress"}, input);
  EXPECT_EQ(shown.exit_code, quiet.exit_code);
  EXPECT_EQ(shown.out, quiet.out);
  const std::vector<std::string> err_lines = Lines(shown.err);
  ASSERT_EQ(err_lines.size(), 2u) << shown.err;
  EXPECT_THAT(err_lines[0], StartsWith("\rsummarize: "));
  EXPECT_THAT(err_lines[0], HasSubstr(" docs/s"));
  // The last redraw shows the final count.
  const std::string last = err_lines[0].substr(err_lines[0].rfind('\r'));
  EXPECT_THAT(last, StartsWith("\rsummarize: 15 documents, "));
  EXPECT_EQ(err_lines[1],
            "summarize: 15 documents, 12 summaries, 3 errors (2 blank lines)");
}

TEST(CliTest, UsageErrorsExitTwoWithOneLine) {
  const std::vector<std::vector<std::string>> cases = {
      {"--no-such-option"},
      {"-n", "0"},
      {"-n", "-1"},
      {"-n", "two"},
      {"-r", "1.5"},
      {"-r", "0"},
      {"-r", "-0.5"},
      {"-r", "nan"},
      {"-w", "0"},
      {"-n", "2", "-r", "0.5"},
      {"-n", "2", "-w", "10"},
      {"-r", "0.5", "-w", "10"},
      {"-a", "no-such-algorithm"},
      {"-l", "xx"},
      {"--format", "xml"},
      {"--all-scores"},
      {"--jsonl", "--format", "json"},
      {"--jsonl", "--title", "A headline"},
      {"--jsonl", "--threads", "-1"},
      {"--jsonl", "--threads", "abc"},
      {"--jsonl", "--threads", "1.5"},
      {"--jsonl", "--threads", "5000"},
      {"--jsonl", "--threads", ""},
      {"--threads", "2"},
      {"--progress"},
      {"--timeout", "0"},
      {"--redundancy", "1.5"},
      {"--min-words", "-3"},
      {"--max-input-bytes", "0"},
      {"first.txt", "second.txt"},
  };
  for (const std::vector<std::string>& args : cases) {
    SCOPED_TRACE(::testing::PrintToString(args));
    ExpectFailure(RunCli(args, kStory), 2);
  }
}

TEST(CliTest, InputErrorsExitOneWithOneLine) {
  ExpectFailure(RunCli({(ScratchDir() / "missing.txt").string()}), 1);
  ExpectFailure(RunCli({ScratchDir().string()}), 1);  // a directory

  const RunResult utf8 = RunCli({}, "Hello wor\xFFld. Second sentence.");
  ExpectFailure(utf8, 1);
  EXPECT_THAT(utf8.err, HasSubstr("UTF-8"));
  EXPECT_THAT(utf8.err, HasSubstr("9"));

  ExpectFailure(RunCli({}, "Some text\0\0\0 with NUL bytes."s), 1);
  ExpectFailure(RunCli({"--max-input-bytes", "10"}, kStory), 1);
  const RunResult timed_out =
      RunCli({"--timeout", "0.000000001"}, kStory);  // 1 ns
  ExpectFailure(timed_out, 1);
  EXPECT_THAT(timed_out.err, HasSubstr("timed out"));
  ExpectFailure(RunCli({"--format", "json"}, "Bad \xC3( byte."), 1);
}

// README.md's text, read from the source folder.
const std::string& Readme() {
  static const std::string readme = ReadFile(SourceDir() / "README.md");
  return readme;
}

// Every row of README.md's "Bad input" table: the tool prints exactly that
// message and exits with that code, and the message is in the README
// verbatim, so the table and the tool cannot drift apart.
TEST(CliTest, BadInputTableOfTheReadme) {
  ASSERT_FALSE(Readme().empty());
  struct Row {
    std::vector<std::string> args;
    std::string input;
    std::string message;  // without "\n"
    int exit_code;
  };
  const std::string story =
      "The council approved a budget. The library opens longer. Critics "
      "wanted roads.";
  const std::vector<Row> rows = {
      {{}, "Hello wor\xFFld. Second sentence.",
       "summarize: <stdin>: invalid UTF-8 at byte offset 9", 1},
      {{}, "<html><body>\xFF</body></html>",
       "summarize: <stdin>: invalid UTF-8 at byte offset 12", 1},
      {{"--encoding", "shift_jis"}, "Hello \xFF\xFE world.",
       "summarize: <stdin>: unassigned shift_jis sequence at byte offset 6", 1},
      {{"--encoding", "utf-16le"}, "H\0i\0\0\xD8"s,
       "summarize: <stdin>: truncated utf-16le sequence at byte offset 4", 1},
      {{}, "Some text\0\0 with NUL."s,
       "summarize: <stdin>: binary data (byte 0x00) at byte offset 9", 1},
      {{}, "\x7F" "ELF\x02\x01\x01\0\0\0"s,
       "summarize: <stdin>: binary data (byte 0x02) at byte offset 4", 1},
      {{"--max-input-bytes", "10"}, story,
       "summarize: <stdin>: input too large: more than 10 bytes (see "
       "--max-input-bytes)",
       1},
      {{"--timeout", "0.000000001"}, story,
       "summarize: <stdin>: timed out (--timeout): deadline exceeded", 1},
      {{"/nonexistent/input.txt"}, "",
       "summarize: cannot open /nonexistent/input.txt: No such file or "
       "directory",
       1},
      {{"/"}, "", "summarize: cannot read /: Is a directory", 1},
      {{"--title", "bad \xC3 title"}, story,
       "summarize: --title: invalid UTF-8 at byte offset 4", 1},
      {{"-o", "/nonexistent/out.txt"}, story,
       "summarize: cannot write /nonexistent/out.txt: No such file or "
       "directory",
       1},
      {{"--jsonl"}, "{\"id\":1,\"text\":\"Fine here.\"}\n{bad\n\n",
       "summarize: 3 documents, 1 summary, 2 errors (1 blank line)", 1},
      {{"--no-such-option"}, story,
       "summarize: The following argument was not expected: "
       "--no-such-option",
       2},
      {{"a.txt", "b.txt"}, story,
       "summarize: The following argument was not expected: b.txt", 2},
      {{"-n"}, story, "summarize: --sentences: 1 required N missing", 2},
      {{"-n", "0"}, story,
       "summarize: --sentences: expected a whole number >= 1, got '0'", 2},
      {{"-n", "two"}, story,
       "summarize: --sentences: expected a whole number >= 1, got 'two'", 2},
      {{"-r", "1.5"}, story,
       "summarize: --ratio: expected a number in (0, 1], got '1.5'", 2},
      {{"-w", "0"}, story,
       "summarize: --words: expected a whole number >= 1, got '0'", 2},
      {{"-n", "2", "-r", "0.5"}, story,
       "summarize: --sentences excludes --ratio", 2},
      {{"-r", "0.5", "-w", "10"}, story, "summarize: --ratio excludes --words",
       2},
      {{"--redundancy", "0"}, story,
       "summarize: --redundancy: expected a number in (0, 1], got '0'", 2},
      {{"--mmr", "1.5"}, story,
       "summarize: --mmr: expected a number in [0, 1], got '1.5'", 2},
      {{"--position-prior", "11"}, story,
       "summarize: --position-prior: expected a number in [0, 10], got '11'",
       2},
      {{"--keywords", "1001"}, story,
       "summarize: --keywords: Value 1001 not in range 0 to 1000", 2},
      {{"--min-words", "-3"}, story,
       "summarize: --min-words: expected a whole number >= 0, got '-3'", 2},
      {{"--max-bytes", "x"}, story,
       "summarize: --max-bytes: expected a whole number >= 0, got 'x'", 2},
      {{"--max-input-bytes", "0"}, story,
       "summarize: --max-input-bytes: expected a whole number >= 1, got '0'",
       2},
      {{"--timeout", "0"}, story,
       "summarize: --timeout: expected a number in (0, 1e+09], got '0'", 2},
      {{"--jsonl", "--threads", "5000"}, story,
       "summarize: --threads: Value 5000 not in range 0 to 1024", 2},
      {{"--threads", "2"}, story, "summarize: --threads requires --jsonl", 2},
      {{"-a", "nope"}, story,
       "summarize: --algorithm: nope not in "
       "{default,textrank,centroid,lexrank,lexrank-continuous,textrank-"
       "cosine,textrank-bm25,lsa,luhn,edmundson,sumbasic,kl-sum,degree,"
       "pacsum}",
       2},
      {{"-l", "xx"}, story, "summarize: unknown language code 'xx'", 2},
      {{"--encoding", "nope"}, story, "summarize: unknown encoding \"nope\"",
       2},
      {{"--format", "xml"}, story,
       "summarize: --format: xml not in {text,json,html}", 2},
      {{"--format-in", "pdf"}, story,
       "summarize: --format-in: pdf not in {text,html,auto}", 2},
      {{"--all-scores"}, story,
       "summarize: --all-scores: needs --format json or --jsonl", 2},
      {{"--jsonl", "--format", "json"}, story,
       "summarize: --format excludes --jsonl", 2},
      {{"-o", ""}, story, "summarize: --output: expected a file name, got ''",
       2},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(::testing::PrintToString(row.args));
    const RunResult result = RunCli(row.args, row.input);
    EXPECT_EQ(result.exit_code, row.exit_code);
    EXPECT_EQ(result.err, row.message + "\n");
    if (row.args.empty() || row.args[0] != "--jsonl" || row.exit_code == 2) {
      EXPECT_EQ(result.out, "");
    }
    EXPECT_THAT(Readme(), HasSubstr("`" + row.message + "`"))
        << "README.md's Bad input table lacks this message";
  }
}

// The README's table of --jsonl error records, line by line.
TEST(CliTest, JsonlErrorRecordTableOfTheReadme) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {" ", "line 1: empty line"},
      {"{bad", "line 2: invalid JSON at byte 2 of the line: invalid literal"},
      {R"({"id":9,"text":"cut)",
       "line 3: invalid JSON at byte 20 of the line: invalid string: missing "
       "closing quote"},
      {"{\"text\":\"Bad \xFF byte.\"}",
       "line 4: invalid JSON at byte 14 of the line: invalid string: "
       "ill-formed UTF-8 byte"},
      {R"({"text":"Lone \ud800 half."})",
       "line 5: invalid JSON at byte 21 of the line: invalid string: "
       "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"},
      {R"({"text":"x","n":1e999})",
       "line 6: invalid JSON: [json.exception.out_of_range.406] number "
       "overflow parsing '1e999'"},
      {"[1]", "line 7: not a JSON object"},
      {R"({"id":4,"body":"x"})", "line 8: \"text\" is missing or not a string"},
      {R"({"text":"Zero \u0000 byte."})",
       "line 9: binary data (byte 0x00) at byte offset 5"},
      {R"({"text":"Long enough text here."})",
       "line 10: input is 22 bytes, over the limit of 15"},
      // Skipped without being held: 6 x 15 + 1 MiB = 1048666 bytes at most.
      {std::string(1100000, 'x'),
       "line 11: line too long: 1100000 bytes, over the limit of 1048666 (6 "
       "x --max-input-bytes + 1 MiB)"},
  };
  std::string input;
  for (const auto& row : rows) input += row.first + "\n";
  const RunResult result =
      RunCli({"--jsonl", "--max-input-bytes", "15"}, input);
  EXPECT_EQ(result.exit_code, 1);
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(Json::parse(lines[i])["error"], rows[i].second);
    EXPECT_THAT(Readme(), HasSubstr("`" + rows[i].second + "`"))
        << "README.md's --jsonl error table lacks this message";
  }
}

TEST(CliTest, EmptyAndWhitespaceInput) {
  for (const char* input : {"", " \n\t \r\n\n"}) {
    const RunResult text = RunCli({}, input);
    ExpectSuccess(text);
    EXPECT_EQ(text.out, "");
    const RunResult json = RunCli({"--format", "json"}, input);
    ExpectSuccess(json);
    const Json document = Json::parse(json.out);
    EXPECT_EQ(document["sentences"], Json::array());
    EXPECT_EQ(document["summary"], "");
  }
}

TEST(CliTest, OneSentence) {
  const RunResult result = RunCli({}, "  Just one short sentence here.\n");
  ExpectSuccess(result);
  EXPECT_EQ(result.out, "Just one short sentence here.\n");
}

TEST(CliTest, TextWithoutPunctuationIsSummarized) {
  const std::string input =
      "so we started the meeting late because the projector did not work and "
      "then the team talked about the budget for the new library building "
      "and everyone agreed that the reading room needs more light and more "
      "seats and the children's corner should move closer to the entrance "
      "and then we talked about the opening hours in the summer months and "
      "the volunteers who help on weekends and finally the date of the next "
      "meeting which will be in two weeks";
  const RunResult result = RunCli({"-n", "1"}, input);
  ExpectSuccess(result);
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_FALSE(lines[0].empty());
  EXPECT_THAT(input, HasSubstr(lines[0]));
}

TEST(CliTest, RatioAndWordBudget) {
  const RunResult ratio =
      RunCli({"-r", "0.5", "--format", "json", "--all-scores"}, kStory);
  ExpectSuccess(ratio);
  const Json document = Json::parse(ratio.out);
  std::size_t candidates = 0;
  for (const Json& unit : document["ranking"]) {
    if (unit["kind"] == "sentence") ++candidates;
  }
  EXPECT_EQ(document["sentences"].size(), (candidates + 1) / 2);
  EXPECT_EQ(document["options"]["length"]["unit"], "ratio");
  EXPECT_EQ(document["options"]["length"]["value"], 0.5);

  for (const char* budget : {"12", "25", "40"}) {
    const RunResult words = RunCli({"-w", budget}, kStory);
    ExpectSuccess(words);
    EXPECT_LE(CountWords(words.out), std::stoul(budget)) << words.out;
    EXPECT_FALSE(words.out.empty()) << budget;
  }
}

TEST(CliTest, VerboseAndTimeoutKeepOutput) {
  const RunResult plain = RunCli({}, kStory);
  const RunResult verbose = RunCli({"--verbose", "--timeout", "60"}, kStory);
  EXPECT_EQ(verbose.exit_code, 0);
  EXPECT_EQ(verbose.out, plain.out);
  EXPECT_THAT(verbose.err, StartsWith("summarize: "));
}

TEST(CliTest, ExampleArticleGivesThreeBodySentences) {
  const fs::path article = SourceDir() / "examples" / "article.txt";
  const std::string text = ReadFile(article);
  ASSERT_FALSE(text.empty());
  // The page furniture written around the article's body.
  const std::set<std::string> furniture = {
      "The Harwick Valley Courier",
      "Home | Local News | Weather | Sport | Opinion | Letters",
      "Millbrook's new flood barrier passes its first real test",
      "By Fiona Gallagher, Local Affairs Reporter | 14 March 2024, 6:12 p.m.",
      "Was your street flooded last winter?",
      "Share this article: Facebook | X | WhatsApp | Email",
      "« Previous story: Council delays vote on town centre parking charges",
      "Next story: Riverside cafe reopens after winter refit »",
      "More from Local News",
      "Harwick bridge repairs to finish by summer",
      "Volunteers plant 2,000 trees along the Ashby",
      "Bus timetable changes for the Easter holidays",
      "Library extends opening hours on Saturdays",
      "© 2024 Harwick Valley Media Ltd. All rights reserved.",
  };
  std::string body;
  for (const std::string& line : Lines(text)) {
    if (furniture.count(line) == 0) body += line + "\n";
    if (furniture.count(line) == 0 && !line.empty()) {
      EXPECT_GT(line.size(), 200u) << "unlisted furniture? " << line;
    }
  }
  const std::string collapsed_body = Collapse(body);

  const RunResult result = RunCli({"-n", "3", article.string()});
  ExpectSuccess(result);
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 3u) << result.out;
  for (const std::string& line : lines) {
    EXPECT_EQ(furniture.count(line), 0u) << line;
    for (const std::string& piece : furniture) {
      EXPECT_THAT(line, Not(HasSubstr(piece))) << line;
    }
    EXPECT_THAT(collapsed_body, HasSubstr(line));
    EXPECT_TRUE(line.back() == '.' || line.back() == '"') << line;
  }
}

}  // namespace
}  // namespace summarize::testing
