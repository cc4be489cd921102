#include "summarize/options.hpp"

#include <cmath>
#include <string>

#include "options_validation.h"
#include "summarize/error.hpp"
#include "summarize/summary.hpp"
#include "text/transcode.h"

namespace summarize {

const std::vector<AlgorithmInfo>& Algorithms() {
  static const std::vector<AlgorithmInfo> kAlgorithms = {
      {Algorithm::kDefault, "default",
       "TextRank whose graph, lead prior and length preference follow the "
       "summary's share of the text; uses the title when given (tuned "
       "default)"},
      {Algorithm::kTextRank, "textrank",
       "TextRank as published: word-overlap similarity, weighted PageRank"},
      {Algorithm::kCentroid, "centroid",
       "cosine similarity of each sentence to the document's TF-IDF centroid"},
      {Algorithm::kLexRank, "lexrank",
       "LexRank: PageRank on IDF-modified cosine edges above 0.1, "
       "degree-normalised"},
      {Algorithm::kLexRankContinuous, "lexrank-continuous",
       "continuous LexRank: PageRank weighted by IDF-modified cosine"},
      {Algorithm::kTextRankCosine, "textrank-cosine",
       "TextRank with TF-IDF cosine similarity as edge weights"},
      {Algorithm::kTextRankBm25, "textrank-bm25",
       "TextRank with symmetrised BM25 edge weights (k1 1.5, b 0.75)"},
      {Algorithm::kLsa, "lsa",
       "latent semantic analysis: length in the truncated-SVD topic space "
       "(Steinberger-Jezek)"},
      {Algorithm::kLuhn, "luhn",
       "Luhn: clusters of significant words, significant^2 / cluster span"},
      {Algorithm::kEdmundson, "edmundson",
       "Edmundson: cue words, key words, title overlap and location"},
      {Algorithm::kSumBasic, "sumbasic",
       "SumBasic: greedy on word probability, squaring words already used"},
      {Algorithm::kKlSum, "kl-sum",
       "KL-Sum: greedy, minimising KL(document || summary) word "
       "distributions"},
      {Algorithm::kDegree, "degree",
       "degree centrality (reduction): sum of TF-IDF cosine similarities"},
      {Algorithm::kPacSum, "pacsum",
       "PacSum-style directed centrality: thresholded cosine to later "
       "sentences"},
  };
  return kAlgorithms;
}

std::string_view AlgorithmName(Algorithm algorithm) {
  for (const AlgorithmInfo& info : Algorithms()) {
    if (info.algorithm == algorithm) return info.name;
  }
  return "unknown";
}

Algorithm AlgorithmFromName(std::string_view name) {
  for (const AlgorithmInfo& info : Algorithms()) {
    if (info.name == name) return info.algorithm;
  }
  throw Error(ErrorCode::kInvalidOptions,
              "unknown algorithm '" + std::string(name) + "'");
}

InputFormat InputFormatFromName(std::string_view name) {
  if (name == "text") return InputFormat::kText;
  if (name == "html") return InputFormat::kHtml;
  if (name == "auto") return InputFormat::kAuto;
  throw Error(ErrorCode::kInvalidOptions,
              "unknown input format '" + std::string(name) +
                  "' (text, html or auto)");
}

const char* SentenceKindName(SentenceKind kind) noexcept {
  switch (kind) {
    case SentenceKind::kSentence:
      return "sentence";
    case SentenceKind::kFragment:
      return "fragment";
    case SentenceKind::kBoilerplate:
      return "boilerplate";
  }
  return "sentence";
}

namespace internal {
namespace {

constexpr std::size_t kMaxInputLimit = std::size_t{1} << 30;  // 1 GiB
constexpr int kMaxIterationsLimit = 100000;
constexpr double kMaxPositionPrior = 10;
constexpr std::size_t kMaxKeywords = 1000;

[[noreturn]] void Reject(const std::string& what) {
  throw Error(ErrorCode::kInvalidOptions, what);
}

bool IsWholeNumber(double v) {
  return std::isfinite(v) && v >= 1 && v <= 1e15 && std::floor(v) == v;
}

}  // namespace

void ValidateOptions(const Options& options) {
  const Length& length = options.length;
  switch (length.unit) {
    case Length::Unit::kSentences:
      if (!IsWholeNumber(length.value)) {
        Reject("sentence count must be a whole number >= 1");
      }
      break;
    case Length::Unit::kRatio:
      if (!(length.value > 0 && length.value <= 1)) {
        Reject("ratio must be in (0, 1]");
      }
      break;
    case Length::Unit::kWords:
      if (!IsWholeNumber(length.value)) {
        Reject("word budget must be a whole number >= 1");
      }
      break;
    default:
      Reject("unknown length unit");
  }
  if (!(options.redundancy_threshold > 0 &&
        options.redundancy_threshold <= 1)) {
    Reject("redundancy threshold must be in (0, 1]");
  }
  if (!(options.mmr_lambda >= 0 && options.mmr_lambda <= 1)) {
    Reject("mmr_lambda must be in [0, 1]");
  }
  if (!(options.position_prior >= 0 &&
        options.position_prior <= kMaxPositionPrior)) {
    Reject("position_prior must be in [0, 10]");
  }
  if (options.keywords > kMaxKeywords) {
    Reject("keywords must be in [0, 1000]");
  }
  if (!(options.damping > 0 && options.damping < 1)) {
    Reject("damping must be in (0, 1)");
  }
  if (!(options.tolerance > 0 && options.tolerance < 1)) {
    Reject("tolerance must be in (0, 1)");
  }
  if (options.max_iterations < 1 ||
      options.max_iterations > kMaxIterationsLimit) {
    Reject("max_iterations must be in [1, 100000]");
  }
  if (options.max_input_bytes < 1 || options.max_input_bytes > kMaxInputLimit) {
    Reject("max_input_bytes must be in [1, 1073741824]");
  }
  switch (options.input_format) {
    case InputFormat::kText:
    case InputFormat::kHtml:
    case InputFormat::kAuto:
      break;
    default:
      Reject("unknown input format");
  }
  if (!options.encoding.empty()) CheckEncoding(options.encoding);
  switch (options.algorithm) {
    case Algorithm::kDefault:
    case Algorithm::kTextRank:
    case Algorithm::kCentroid:
    case Algorithm::kLexRank:
    case Algorithm::kLexRankContinuous:
    case Algorithm::kTextRankCosine:
    case Algorithm::kTextRankBm25:
    case Algorithm::kLsa:
    case Algorithm::kLuhn:
    case Algorithm::kEdmundson:
    case Algorithm::kSumBasic:
    case Algorithm::kKlSum:
    case Algorithm::kDegree:
    case Algorithm::kPacSum:
      break;
    default:
      Reject("unknown algorithm");
  }
}

}  // namespace internal
}  // namespace summarize
