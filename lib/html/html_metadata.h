// Page metadata that is not part of the article text: title and language.
#ifndef SUMMARIZE_LIB_HTML_HTML_METADATA_H_
#define SUMMARIZE_LIB_HTML_HTML_METADATA_H_

#include <string>

#include "html/html_document.h"

namespace summarize::internal {

struct HtmlMetadata {
  // The page's title, white space collapsed: the first non-empty
  // <meta property="og:title"> (or name="og:title") content, else the first
  // <title> element of the HTML namespace, else the first <h1>; empty when
  // none has text. Site-name suffixes ("Headline | Site") are kept.
  std::string title;
  // The language the page declares, trimmed, as written ("en", "pt-BR",
  // "de_DE"): the lang attribute of <html> (else its xml:lang); else the
  // first entry of <meta http-equiv="Content-Language" content="de, en">
  // (a comma-separated list); else <meta property="og:locale"> (or
  // name="og:locale"). The first non-empty one counts; empty when none.
  // Often a site-wide default rather than the article's language: a hint
  // for language detection, not a fact (see text/language_detector.h).
  std::string language;
};

// Reads the metadata of a parsed page. O(nodes). Never throws.
HtmlMetadata ReadHtmlMetadata(const HtmlDocument& document);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_HTML_HTML_METADATA_H_
