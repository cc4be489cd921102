// A self-contained HTML page that shows a summary in its document: the
// chosen sentences highlighted in place, the others shaded by score.
#ifndef SUMMARIZE_HTML_VIEW_HPP_
#define SUMMARIZE_HTML_VIEW_HPP_

#include <string>
#include <string_view>

#include "summarize/export.h"
#include "summarize/summary.hpp"

namespace summarize {

struct HtmlViewOptions {
  // The page's <title> and heading when the document has no title of its
  // own (Document::title); empty: "Summary".
  std::string fallback_title;
  // The document's language for the page's lang attribute ("en", "ar",
  // ...); empty: none. Text direction is always dir="auto", so Arabic and
  // Hebrew render right to left whatever this says.
  std::string language;
};

// Renders `summary` of `input` (the text Summarize() was given; when
// summary.ranking.document.converted, the document's own text is shown
// instead) as one HTML5 document with inline CSS and no external resource
// or script (a Content-Security-Policy meta tag forbids scripts): the
// title; a summary box listing the chosen sentences, each a link to its
// place; the full text with paragraphs and headings kept, every unit an
// element with its index and score (id "s<index>", data-index,
// data-score), the chosen ones highlighted, the other sentences shaded by
// the quarter of the ranking they fall in (with a legend), page furniture
// dimmed. Every piece of
// text is escaped. Never throws except std::bad_alloc.
SUMMARIZE_EXPORT std::string RenderHtmlView(const Summary& summary,
                                            std::string_view input,
                                            const HtmlViewOptions& options = {});

}  // namespace summarize

#endif  // SUMMARIZE_HTML_VIEW_HPP_
