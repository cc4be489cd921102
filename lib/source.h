// Stage 1 as a whole: from the caller's bytes to the UTF-8 text the
// pipeline reads — plain text as it is, or transcoded, or the article
// extracted from an HTML page.
#ifndef SUMMARIZE_LIB_SOURCE_H_
#define SUMMARIZE_LIB_SOURCE_H_

#include <string>
#include <string_view>

#include "summarize/options.hpp"
#include "summarize/summary.hpp"

namespace summarize::internal {

// What ReadSource() learned about the input.
struct Source {
  Document document;
  // The language an HTML page declares (html/html_metadata.h: <html lang>,
  // Content-Language, og:locale), as written ("en", "pt-BR", "de_DE"); empty
  // for plain text and pages that declare none. Not checked: a hint for
  // language detection (text/language_detector.h), not a fact.
  std::string declared_language;
};

// Reads `input` as `options` say (input_format, encoding, replace_invalid,
// max_input_bytes), with `title` the caller's title (empty: none):
//  - the encoding is options.encoding when set; else UTF-16 when the input
//    starts with a UTF-16 byte-order mark; else, for HTML, the page's
//    <meta charset> when it names something other than UTF-8; else UTF-8;
//  - UTF-8 input is used in place, unless options.replace_invalid and it
//    has invalid sequences, which become U+FFFD;
//  - HTML (input_format kHtml, or kAuto and the input starts like an HTML
//    document) is replaced by its main article text, and the page's title
//    is the document's title unless the caller gave one.
// Throws Error: kInputTooLarge over options.max_input_bytes (checked on the
// raw input), kInvalidOptions for an unknown encoding, kInvalidUtf8 for
// bytes invalid in their encoding (with their offset in `input`).
// The text to summarize is then `input` itself, or the returned
// document's text when it is `converted`.
Source ReadSource(std::string_view input, std::string_view title,
                  const Options& options);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_SOURCE_H_
