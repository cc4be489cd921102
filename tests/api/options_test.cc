// Options validation and the algorithm catalogue, through the public API.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>
#include <string>

#include "summarize/summarize.hpp"

namespace {

using summarize::Algorithm;
using summarize::ErrorCode;
using summarize::Length;
using summarize::Options;

ErrorCode ConstructionError(const Options& options) {
  try {
    summarize::Summarizer summarizer(options);
  } catch (const summarize::Error& e) {
    return e.code();
  }
  return ErrorCode::kInternal;  // stands for "no error"
}

TEST(OptionsTest, DefaultsAreValid) {
  const Options options;
  EXPECT_EQ(options.algorithm, Algorithm::kDefault);
  EXPECT_EQ(options.length.unit, Length::Unit::kSentences);
  EXPECT_EQ(options.length.value, 3);
  EXPECT_EQ(options.language, "auto");
  EXPECT_DOUBLE_EQ(options.damping, 0.85);
  EXPECT_EQ(options.max_input_bytes, std::size_t{64} << 20);
  EXPECT_NO_THROW(summarize::Summarizer{options});
}

struct BadOptionCase {
  const char* name;
  void (*apply)(Options&);
};

class BadOptionTest : public ::testing::TestWithParam<BadOptionCase> {};

TEST_P(BadOptionTest, IsRejectedAtConstruction) {
  Options options;
  GetParam().apply(options);
  EXPECT_EQ(ConstructionError(options), ErrorCode::kInvalidOptions);
}

INSTANTIATE_TEST_SUITE_P(
    Options, BadOptionTest,
    ::testing::Values(
        BadOptionCase{"zero_sentences",
                      [](Options& o) { o.length = Length::Sentences(0); }},
        BadOptionCase{"fractional_sentences",
                      [](Options& o) {
                        o.length = {Length::Unit::kSentences, 2.5};
                      }},
        BadOptionCase{"zero_ratio",
                      [](Options& o) { o.length = Length::Ratio(0); }},
        BadOptionCase{"ratio_above_one",
                      [](Options& o) { o.length = Length::Ratio(1.5); }},
        BadOptionCase{
            "nan_ratio",
            [](Options& o) { o.length = Length::Ratio(std::nan("")); }},
        BadOptionCase{"zero_words",
                      [](Options& o) { o.length = Length::Words(0); }},
        BadOptionCase{"redundancy_zero",
                      [](Options& o) { o.redundancy_threshold = 0; }},
        BadOptionCase{"redundancy_above_one",
                      [](Options& o) { o.redundancy_threshold = 1.1; }},
        BadOptionCase{"mmr_negative", [](Options& o) { o.mmr_lambda = -0.1; }},
        BadOptionCase{"mmr_above_one", [](Options& o) { o.mmr_lambda = 1.1; }},
        BadOptionCase{"mmr_nan",
                      [](Options& o) { o.mmr_lambda = std::nan(""); }},
        BadOptionCase{"position_prior_negative",
                      [](Options& o) { o.position_prior = -1; }},
        BadOptionCase{"position_prior_above_ten",
                      [](Options& o) { o.position_prior = 11; }},
        BadOptionCase{"too_many_keywords",
                      [](Options& o) { o.keywords = 1001; }},
        BadOptionCase{"damping_one", [](Options& o) { o.damping = 1; }},
        BadOptionCase{"damping_negative", [](Options& o) { o.damping = -0.1; }},
        BadOptionCase{"tolerance_zero", [](Options& o) { o.tolerance = 0; }},
        BadOptionCase{"iterations_zero",
                      [](Options& o) { o.max_iterations = 0; }},
        BadOptionCase{"max_input_zero",
                      [](Options& o) { o.max_input_bytes = 0; }},
        BadOptionCase{
            "unknown_algorithm",
            [](Options& o) { o.algorithm = static_cast<Algorithm>(99); }},
        BadOptionCase{"unknown_language",
                      [](Options& o) { o.language = "xx"; }},
        BadOptionCase{"empty_language", [](Options& o) { o.language = ""; }},
        BadOptionCase{"language_name",
                      [](Options& o) { o.language = "english"; }}),
    [](const ::testing::TestParamInfo<BadOptionCase>& info) {
      return info.param.name;
    });

TEST(OptionsTest, LanguagesWithAndWithoutStemmersAreAccepted) {
  for (const char* code :
       {"en", "de", "tr", "ru", "pt", "zh", "ja", "th", "EN"}) {
    Options options;
    options.language = code;
    EXPECT_NO_THROW(summarize::Summarizer{options}) << code;
  }
}

TEST(OptionsTest, AlgorithmCatalogue) {
  const auto& algorithms = summarize::Algorithms();
  ASSERT_GE(algorithms.size(), 3U);
  EXPECT_EQ(algorithms.front().name, "default");
  const std::regex name_pattern("[a-z0-9_-]+");
  std::set<std::string> names;
  for (const auto& info : algorithms) {
    EXPECT_TRUE(std::regex_match(info.name, name_pattern)) << info.name;
    EXPECT_FALSE(info.description.empty());
    EXPECT_EQ(info.description.find('\n'), std::string::npos);
    EXPECT_EQ(summarize::AlgorithmFromName(info.name), info.algorithm);
    EXPECT_EQ(summarize::AlgorithmName(info.algorithm), info.name);
    names.insert(info.name);
  }
  EXPECT_EQ(names.count("textrank"), 1U);
  EXPECT_EQ(names.count("centroid"), 1U);
  // Issue 7: every classic method, at least ten of them.
  EXPECT_GE(names.size(), 10U);
  for (const char* name :
       {"lexrank", "lexrank-continuous", "textrank-cosine", "textrank-bm25",
        "lsa", "luhn", "edmundson", "sumbasic", "kl-sum", "degree", "pacsum"}) {
    EXPECT_EQ(names.count(name), 1U) << name;
  }
}

TEST(OptionsTest, UnknownAlgorithmName) {
  try {
    summarize::AlgorithmFromName("pagerank");
    FAIL();
  } catch (const summarize::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidOptions);
    EXPECT_NE(std::string(e.what()).find("pagerank"), std::string::npos);
  }
}

TEST(OptionsTest, ErrorCodeNames) {
  EXPECT_STREQ(summarize::ErrorCodeName(ErrorCode::kInvalidUtf8),
               "invalid_utf8");
  EXPECT_STREQ(summarize::ErrorCodeName(ErrorCode::kCancelled), "cancelled");
}

TEST(OptionsTest, InputFormatAndKindNames) {
  EXPECT_EQ(summarize::InputFormatFromName("text"),
            summarize::InputFormat::kText);
  EXPECT_EQ(summarize::InputFormatFromName("html"),
            summarize::InputFormat::kHtml);
  EXPECT_EQ(summarize::InputFormatFromName("auto"),
            summarize::InputFormat::kAuto);
  try {
    summarize::InputFormatFromName("HTML");
    ADD_FAILURE() << "names are lowercase";
  } catch (const summarize::Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInvalidOptions);
  }
  EXPECT_STREQ(summarize::SentenceKindName(summarize::SentenceKind::kSentence),
               "sentence");
  EXPECT_STREQ(summarize::SentenceKindName(summarize::SentenceKind::kFragment),
               "fragment");
  EXPECT_STREQ(
      summarize::SentenceKindName(summarize::SentenceKind::kBoilerplate),
      "boilerplate");
}

TEST(OptionsTest, VersionMatchesMacros) {
  EXPECT_STREQ(summarize::Version(), SUMMARIZE_VERSION_STRING);
}

}  // namespace
