#include "source.h"

#include <string>
#include <utility>

#include "html/content_extractor.h"
#include "html/html_sniffing.h"
#include "summarize/error.hpp"
#include "text/input.h"
#include "text/transcode.h"

namespace summarize::internal {
namespace {

bool IsUtf8Label(std::string_view label) {
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8";
}

// The encoding to transcode `input` from, or "" to read it as UTF-8.
std::string_view ChooseEncoding(std::string_view input, bool html,
                                const Options& options, std::string& sniffed) {
  if (!options.encoding.empty()) return options.encoding;
  const ByteOrderMark bom = DetectBom(input);
  if (bom == ByteOrderMark::kUtf16Le || bom == ByteOrderMark::kUtf16Be) {
    return BomEncoding(bom);
  }
  if (html && bom == ByteOrderMark::kNone) {
    sniffed = SniffHtmlCharset(input);
    if (!sniffed.empty() && !IsUtf8Label(sniffed)) return sniffed;
  }
  return {};
}

}  // namespace

Source ReadSource(std::string_view input, std::string_view title,
                  const Options& options) {
  if (input.size() > options.max_input_bytes) {
    throw Error(ErrorCode::kInputTooLarge,
                "input is " + std::to_string(input.size()) +
                    " bytes, over the limit of " +
                    std::to_string(options.max_input_bytes));
  }
  Source source;
  Document& document = source.document;
  document.title.assign(title);

  // Sniffing looks at ASCII markup, which every encoding we read in
  // place or sniff a <meta> in shares; UTF-16 input is sniffed after
  // transcoding.
  bool html = options.input_format == InputFormat::kHtml ||
              (options.input_format == InputFormat::kAuto &&
               LooksLikeHtml(input));
  std::string sniffed;
  const std::string_view encoding =
      ChooseEncoding(input, html, options, sniffed);
  const InvalidBytes invalid =
      options.replace_invalid ? InvalidBytes::kReplace : InvalidBytes::kThrow;

  std::string utf8;
  bool converted = false;
  if (!encoding.empty()) {
    const ByteOrderMark bom = DetectBom(input);
    const std::size_t skip =
        options.encoding.empty() ? BomLength(bom) : std::size_t{0};
    utf8 = TranscodeToUtf8(input.substr(skip), encoding, invalid);
    document.encoding.assign(encoding);
    converted = true;
  } else if (options.replace_invalid &&
             FindInvalidUtf8(input) != std::string_view::npos) {
    utf8 = ReplaceInvalidUtf8(input);
    converted = true;
  }
  const std::string_view text = converted ? std::string_view(utf8) : input;
  // HTML read in place gets the checks plain text gets before the pipeline
  // (invalid UTF-8, binary data), with offsets into the caller's input.
  if (html && !converted) CheckInput(input, options.max_input_bytes);
  if (!html && options.input_format == InputFormat::kAuto && converted) {
    html = LooksLikeHtml(text);
  }

  if (html) {
    HtmlLimits limits;
    limits.max_input_bytes = options.max_input_bytes;
    ExtractedArticle article = ExtractArticle(text, limits);
    document.html = true;
    document.converted = true;
    document.text = std::move(article.text);
    if (document.title.empty()) document.title = std::move(article.title);
    source.declared_language = std::move(article.language);
  } else if (converted) {
    document.converted = true;
    document.text = std::move(utf8);
  }
  if (document.encoding.empty()) document.encoding = "UTF-8";
  return source;
}

}  // namespace summarize::internal
