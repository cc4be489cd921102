// The C++ ROUGE scorer against ../shared/tools/rouge.py on every DEV set.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "eval/rouge.h"
#include "test_support.h"

namespace summarize::eval {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The interpreter that sees Debian's python3-nltk (rouge.py stems English
// with NLTK's PorterStemmer).
constexpr const char* kPython = "/usr/bin/python3";

// "The C++ scorer must agree with rouge.py to 0.01 on the DEV sets": without
// stemming both implement the same rules, so the means must agree to 0.01 on
// the 0-100 scale; with stemming libstemmer's Porter and NLTK's differ on
// some words, so they must agree to 0.01 on the 0-1 scale.
constexpr double kUnstemmedTolerance = 1e-4;
constexpr double kStemmedTolerance = 1e-2;

// Candidate lines hold this many words (characters for Chinese), so that
// ROUGE-Lsum has several sentences to take the union over.
constexpr std::size_t kWordsPerLine = 15;

struct DevSet {
  const char* name;
  // Candidate length, about the set's median reference length (shorter for
  // bbc_news_summary, whose pure-Python LCS dominates the run time).
  std::size_t words;
  // Chinese: count characters, not whitespace-separated words.
  bool characters = false;
};

void PrintTo(const DevSet& set, std::ostream* out) { *out << set.name; }

constexpr DevSet kDevSets[] = {
    {"bbc_news_summary", 100},
    {"cnndm_val1000", 45},
    {"tes_tr", 75},
    {"ru_sci_papers", 70},
    {"temario_pt", 190},
    {"lcsts3_zh", 20, true},
    {"klexikon_de", 200},
    {"textrank_paper_example", 100},
};

struct Document {
  json id;
  std::string lang;
  std::vector<std::string> references;
  std::string candidate;
};

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// A cheap deterministic candidate that needs no summarizer: the first
// `words` whitespace-separated words of `text` (or, with `characters`, its
// first non-space UTF-8 characters), kWordsPerLine per line.
std::string LeadCandidate(std::string_view text, std::size_t words,
                          bool characters) {
  std::vector<std::string> units;
  std::size_t i = 0;
  while (i < text.size() && units.size() < words) {
    if (IsAsciiSpace(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    if (characters) {
      while (end < text.size() &&
             (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        ++end;
      }
    } else {
      while (end < text.size() && !IsAsciiSpace(text[end])) ++end;
    }
    units.emplace_back(text.substr(i, end - i));
    i = end;
  }
  const std::string_view space = characters ? "" : " ";
  std::string candidate;
  for (std::size_t k = 0; k < units.size(); ++k) {
    if (k > 0) candidate += k % kWordsPerLine == 0 ? "\n" : space;
    candidate += units[k];
  }
  return candidate;
}

// The set's documents as rouge.py reads them: "lang" defaults to "en", and
// "references" (when a non-empty list) replaces "summary".
std::vector<Document> LoadDocuments(const fs::path& path, const DevSet& set) {
  std::ifstream in(path);
  std::vector<Document> documents;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const json record = json::parse(line);
    Document document;
    document.id = record.at("id");
    document.lang = record.value("lang", "en");
    if (record.contains("references") && record["references"].is_array() &&
        !record["references"].empty()) {
      document.references =
          record["references"].get<std::vector<std::string>>();
    } else {
      document.references.push_back(record.at("summary").get<std::string>());
    }
    document.candidate = LeadCandidate(record.at("text").get<std::string>(),
                                       set.words, set.characters);
    documents.push_back(std::move(document));
  }
  return documents;
}

void Add(Prf& sum, const Prf& value) {
  sum.precision += value.precision;
  sum.recall += value.recall;
  sum.f1 += value.f1;
}

void Divide(Prf& sum, double n) {
  sum.precision /= n;
  sum.recall /= n;
  sum.f1 /= n;
}

// Summed in document order and divided once, as rouge.py does.
RougeScores CppMeans(const std::vector<Document>& documents, bool stem) {
  const RougeScorer scorer({.stem = stem});
  RougeScores mean;
  for (const Document& document : documents) {
    const RougeScores s = scorer.ScoreMulti(document.references,
                                            document.candidate, document.lang);
    Add(mean.rouge1, s.rouge1);
    Add(mean.rouge2, s.rouge2);
    Add(mean.rouge_l, s.rouge_l);
    Add(mean.rouge_lsum, s.rouge_lsum);
  }
  const double n =
      static_cast<double>(std::max<std::size_t>(documents.size(), 1));
  Divide(mean.rouge1, n);
  Divide(mean.rouge2, n);
  Divide(mean.rouge_l, n);
  Divide(mean.rouge_lsum, n);
  return mean;
}

std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

// A fresh folder removed with everything in it when the test ends.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(fs::temp_directory_path() /
              ("rouge_agreement_" + name + "_" + std::to_string(getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

Prf ReadPrf(const json& scores, const char* metric) {
  const json& m = scores.at(metric);
  return {m.at("precision").get<double>(), m.at("recall").get<double>(),
          m.at("f1").get<double>()};
}

struct Comparison {
  const char* metric;
  Prf cpp;
  Prf python;
};

class RougeAgreementTest : public ::testing::TestWithParam<DevSet> {};

TEST_P(RougeAgreementTest, MeansMatchRougePy) {
  const DevSet& set = GetParam();
  const auto shared = summarize::testing::SharedDir();
  if (!shared) GTEST_SKIP() << "no ../shared data (set SUMMARIZE_SHARED_DIR)";
  const fs::path data = *shared / "data" / set.name / "docs.jsonl";
  const fs::path rouge_py = *shared / "tools" / "rouge.py";
  if (!fs::exists(data)) GTEST_SKIP() << "no " << data;
  if (!fs::exists(rouge_py)) GTEST_SKIP() << "no " << rouge_py;
  if (!fs::exists(kPython)) GTEST_SKIP() << "no " << kPython;

  const std::vector<Document> documents = LoadDocuments(data, set);
  ASSERT_FALSE(documents.empty());
  const bool english = IsEnglishForRouge(documents.front().lang);
  if (english && std::system((std::string(kPython) +
                              " -c 'import nltk.stem.porter' 2>/dev/null")
                                 .c_str()) != 0) {
    GTEST_SKIP() << kPython << " has no nltk (apt-get install python3-nltk)";
  }

  TempDir temp(set.name);
  const fs::path pred = temp.path() / "pred.jsonl";
  {
    std::ofstream out(pred);
    for (const Document& document : documents) {
      out << json{{"id", document.id}, {"summary", document.candidate}}.dump()
          << '\n';
    }
    ASSERT_TRUE(out.good()) << "cannot write " << pred;
  }

  // Stemming only changes English; rouge.py runs in the background (one
  // process per setting) while the C++ side scores.
  std::vector<bool> stem_settings = {true};
  if (english) stem_settings.push_back(false);
  std::string command;
  for (const bool stem : stem_settings) {
    const std::string out = (temp.path() / (stem ? "stem" : "nostem")).string();
    command += std::string(kPython) + " " + ShellQuote(rouge_py.string()) +
               " --data " + ShellQuote(data.string()) + " --pred " +
               ShellQuote(pred.string()) + " --json " +
               ShellQuote(out + ".json") + (stem ? "" : " --no-stem") + " > " +
               ShellQuote(out + ".log") + " 2>&1 & ";
  }
  command += "wait";
  int python_status = 0;
  // A jthread joins even if the C++ side throws.
  std::jthread python([&] { python_status = std::system(command.c_str()); });
  std::vector<RougeScores> cpp;
  std::vector<double> cpp_seconds;
  for (const bool stem : stem_settings) {
    const auto start = std::chrono::steady_clock::now();
    cpp.push_back(CppMeans(documents, stem));
    cpp_seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count());
  }
  python.join();
  ASSERT_EQ(python_status, 0) << command;

  for (std::size_t k = 0; k < stem_settings.size(); ++k) {
    const bool stem = stem_settings[k];
    const fs::path out = temp.path() / (stem ? "stem" : "nostem");
    const std::string result =
        summarize::testing::ReadFile(fs::path(out.string() + ".json"));
    ASSERT_FALSE(result.empty())
        << "rouge.py failed:\n"
        << summarize::testing::ReadFile(fs::path(out.string() + ".log"));
    const json python_scores = json::parse(result);
    ASSERT_EQ(python_scores.at("n_docs").get<std::size_t>(), documents.size());
    ASSERT_EQ(python_scores.at("missing_predictions").get<int>(), 0);

    const bool stemmed = english && stem;
    const double tolerance = stemmed ? kStemmedTolerance : kUnstemmedTolerance;
    const Comparison comparisons[] = {
        {"rouge1", cpp[k].rouge1, ReadPrf(python_scores, "rouge1")},
        {"rouge2", cpp[k].rouge2, ReadPrf(python_scores, "rouge2")},
        {"rougeLsum", cpp[k].rouge_lsum, ReadPrf(python_scores, "rougeLsum")},
        {"rougeL", cpp[k].rouge_l, ReadPrf(python_scores, "rougeL")},
    };
    std::printf(
        "%-22s %-7s %4zu docs, C++ %.2f s; F1x100 C++ - rouge.py:", set.name,
        stemmed ? "stem" : "no-stem", documents.size(), cpp_seconds[k]);
    double largest = 0;
    for (const Comparison& c : comparisons) {
      largest =
          std::max({largest, std::abs(c.cpp.precision - c.python.precision),
                    std::abs(c.cpp.recall - c.python.recall),
                    std::abs(c.cpp.f1 - c.python.f1)});
      SCOPED_TRACE(std::string(c.metric) + (stemmed ? " stemmed" : ""));
      EXPECT_NEAR(c.cpp.precision, c.python.precision, tolerance);
      EXPECT_NEAR(c.cpp.recall, c.python.recall, tolerance);
      EXPECT_NEAR(c.cpp.f1, c.python.f1, tolerance);
      std::printf("  %s %+.4f (%.2f)", c.metric, 100 * (c.cpp.f1 - c.python.f1),
                  100 * c.python.f1);
    }
    std::printf("; largest P/R/F difference %.1e\n", largest);
  }
}

INSTANTIATE_TEST_SUITE_P(DevSets, RougeAgreementTest,
                         ::testing::ValuesIn(kDevSets),
                         [](const ::testing::TestParamInfo<DevSet>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace summarize::eval
