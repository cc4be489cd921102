#include "summarize/options.hpp"

#include <cmath>
#include <string>

#include "options_validation.h"
#include "summarize/error.hpp"
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

namespace internal {
namespace {

constexpr std::size_t kMaxInputLimit = std::size_t{1} << 30;  // 1 GiB
constexpr int kMaxIterationsLimit = 100000;

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
      break;
    default:
      Reject("unknown algorithm");
  }
}

}  // namespace internal
}  // namespace summarize
