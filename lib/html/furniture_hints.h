// What an element's tag and attributes say about it being page furniture
// (navigation, banners, share bars, comments) or article content.
#ifndef SUMMARIZE_LIB_HTML_FURNITURE_HINTS_H_
#define SUMMARIZE_LIB_HTML_FURNITURE_HINTS_H_

#include <string_view>

#include "html/html_document.h"

namespace summarize::internal {

// True when `node` (an element) is never article text, whatever it
// contains: scripts and styles, embedded objects and SVG/MathML, form
// controls, <nav>, <aside>, <footer>, <menu>, <dialog>, <header> and
// role="banner" outside an article, landmark roles other than main
// (navigation, menu, menubar, contentinfo, complementary, search, dialog,
// toolbar), and hidden elements (hidden, aria-hidden="true",
// style="display:none" or "visibility:hidden").
// `inside_article`: an ancestor is <article>, <main>, role="main" or
// itemprop="articleBody" (their <header> holds the headline and stays).
bool IsFurniture(const HtmlNode& node, bool inside_article);

// True for the elements that mark where an article is: <article>, <main>,
// role="main", itemprop="articleBody".
bool IsArticleElement(const HtmlNode& node);

enum class ClassHint {
  kNeutral,
  kNegative,  // class or id names furniture: "nav", "share-bar", "comments"
  kPositive,  // class or id names content: "article-body", "entry-content"
};

// Classifies the words of the class and id attributes (split at
// non-letters and at camelCase humps, compared in lower case). A word
// matches a negative hint when it is the hint or starts or ends with it
// ("nav", "navbar", "mainnav", but not "canvas" or "unavailable"); a few
// short hints ("ad", "meta", "tags") must match a whole word. Negative
// wins over positive ("article-comments" is negative). Never throws.
ClassHint ClassifyClassAndId(const HtmlNode& node);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_HTML_FURNITURE_HINTS_H_
