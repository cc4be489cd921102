// Language detection: CLD2 on a bounded sample, mapped to our codes.
#include "text/language_detector.h"

// <cstdio> first: compact_lang_det.h uses FILE without including it.
#include <cstdio>
//
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <climits>
#include <string>

#include "text/language.h"

namespace summarize::internal {
namespace {

// CLD2 scans its buffer with table-driven UTF-8 lookups; it gets a private
// copy of the sample with this many spaces after it, so that no lookup can
// reach past the caller's bytes.
constexpr std::size_t kSamplePadding = 8;

// CLD2's pseudo-languages: unknown ("un"), and scripts or test languages
// with no real language behind them ("xx-Copt", "xx-Piglatin").
bool IsPseudoLanguage(std::string_view cld2_code) {
  return cld2_code == "un" || cld2_code.starts_with("xx");
}

// Our code for a CLD2 code: its language subtag canonicalised by ICU
// ("zh-Hant" → "zh", "iw" → "he", "sr-ME" → "sr", "tl" → "fil"), or "" when
// it is a pseudo-language or ICU has no locale for it.
std::string FromCld2Code(const char* cld2_code) {
  if (cld2_code == nullptr || IsPseudoLanguage(cld2_code)) return {};
  const std::string code = CanonicalLanguageCode(cld2_code);
  return code == kUndeterminedLanguage ? std::string() : code;
}

// The first `limit` bytes of `text`, cut back to a character boundary.
std::string_view Prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  // Back off continuation bytes (10xxxxxx) to the start of the character
  // that straddles the limit: at most 3 steps in valid UTF-8.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  return text.substr(0, end);
}

// CLD2's spelling of our canonical code, for its content-language hint: its
// tables know ISO 639-1 codes, but Hebrew as "iw" and Filipino as "tl".
std::string Cld2HintCode(std::string_view code) {
  if (code == "he") return "iw";
  if (code == "fil") return "tl";
  return std::string(code);
}

// CLD2 on `sample` with the content-language hint `hint` (a CLD2 code, or
// empty), as a DetectedLanguage; `reliable` is CLD2's is_reliable.
DetectedLanguage RunCld2(std::string_view sample, const std::string& hint,
                         bool& reliable) {
  static_assert(kDetectionSampleBytes + kSamplePadding <= INT_MAX);
  std::string buffer;
  buffer.reserve(sample.size() + kSamplePadding);
  buffer.append(sample);
  buffer.append(kSamplePadding, ' ');

  const CLD2::CLDHints hints = {hint.empty() ? nullptr : hint.c_str(), nullptr,
                                CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language top3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                            CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double normalized_score3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool is_reliable = false;
  CLD2::ExtDetectLanguageSummary(
      buffer.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true,
      &hints, /*flags=*/0, top3, percent3, normalized_score3,
      /*resultchunkvector=*/nullptr, &text_bytes, &is_reliable);
  reliable = is_reliable;

  // The top language by share, top3[0], not CLD2's return value: for web
  // pages CLD2 returns the second language when English leads with less
  // than about two thirds of the text (English boilerplate around a page in
  // another language), which turns an English article quoting Italian names
  // into Italian.
  DetectedLanguage result;
  result.code = std::string(kUndeterminedLanguage);
  const int identified = percent3[0] + percent3[1] + percent3[2];
  if (top3[0] == CLD2::UNKNOWN_LANGUAGE || text_bytes <= 0 ||
      percent3[0] <= 0 || identified <= 0) {
    return result;
  }
  const double share = static_cast<double>(percent3[0]) / identified;
  result.confidence = std::clamp(share, 0.0, 1.0) * (is_reliable ? 1.0 : 0.5);

  std::string code = FromCld2Code(CLD2::LanguageCode(top3[0]));
  if (!code.empty() && result.confidence >= kMinDetectionConfidence) {
    result.code = std::move(code);
  }
  return result;
}

}  // namespace

std::string_view DetectionSample(std::string_view text) {
  return Prefix(text, kDetectionSampleBytes);
}

namespace {

// Detection on the quick sample, else the full one (see kQuickSampleBytes),
// with the content-language hint `hint` (a CLD2 code, or empty); `reliable`
// is CLD2's is_reliable for the result.
DetectedLanguage DetectWithHint(std::string_view text, const std::string& hint,
                                bool& reliable) {
  const std::string_view sample = DetectionSample(text);
  const std::string_view quick = Prefix(text, kQuickSampleBytes);
  if (quick.size() < sample.size()) {
    DetectedLanguage first = RunCld2(quick, hint, reliable);
    if (reliable && first.confidence >= kQuickAcceptConfidence &&
        first.code != kUndeterminedLanguage) {
      return first;
    }
  }
  return RunCld2(sample, hint, reliable);
}

}  // namespace

DetectedLanguage DetectLanguage(std::string_view text,
                                std::string_view declared) {
  bool reliable = false;
  DetectedLanguage detected = DetectWithHint(text, {}, reliable);
  std::string declared_code =
      declared.empty() ? std::string() : CanonicalLanguageCode(declared);
  if (declared_code.empty() || declared_code == kUndeterminedLanguage ||
      (reliable && detected.code != kUndeterminedLanguage)) {
    return detected;
  }
  DetectedLanguage hinted =
      DetectWithHint(text, Cld2HintCode(declared_code), reliable);
  // The declaration is no evidence from the text: the confidence stays the
  // text's own.
  detected.code = hinted.code == kUndeterminedLanguage ? declared_code
                                                       : std::move(hinted.code);
  return detected;
}

}  // namespace summarize::internal
