// Stage 1 for HTML input: the main article text of a web page, without the
// page furniture around it (menus, banners, share bars, related links,
// comments, footers), as plain text whose blank lines and short headings
// the structure stage (text/structure.h) understands.
#ifndef SUMMARIZE_LIB_HTML_CONTENT_EXTRACTOR_H_
#define SUMMARIZE_LIB_HTML_CONTENT_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "html/html_document.h"

namespace summarize::internal {

enum class ArticleBlockKind {
  kParagraph,  // p, div text, blockquote, table cell, pre, ...
  kHeading,    // h1-h6
  kListItem,   // li
};

// One block of ExtractedArticle::text: bytes [begin, end), never empty,
// no leading or trailing white space.
struct ArticleBlock {
  std::size_t begin = 0;
  std::size_t end = 0;
  ArticleBlockKind kind = ArticleBlockKind::kParagraph;
};

struct ExtractedArticle {
  // The main article text, UTF-8: its blocks in document order, separated by
  // one blank line ("\n\n"). Within a block, white space (including
  // U+00A0 no-break spaces) is collapsed to single spaces; a single <br>
  // (or a line break in <pre>) is kept as one "\n"; character references
  // are decoded. Headings are blocks of their own, so the structure stage
  // sees them as short unpunctuated lines. Empty when the page has no text.
  std::string text;
  // The blocks of `text`, in order.
  std::vector<ArticleBlock> blocks;
  // Metadata (html_metadata.h): og:title, else <title>, else the first
  // <h1>. Never inserted into `text`; the article's own <h1> headline may
  // appear there as its first block.
  std::string title;
  // The language the page declares (HtmlMetadata::language: <html lang>,
  // Content-Language, og:locale), as written; empty when none.
  std::string language;
  // True when a container of article paragraphs was found; false when no
  // block scored and `text` is all the body's text minus furniture.
  bool found_main_content = false;
};

// Extracts the main content of `html` (UTF-8; transcode legacy encodings
// first, see text/transcode.h). Malformed and truncated markup is parsed as
// a browser would and never fails.
//
// How (the Readability idea, own implementation): furniture elements are
// dropped (furniture_hints.h); every paragraph or list item of at least 25
// characters (code points) scores 1 + its commas + one point per 100
// characters (at most 3), times the share of its text that is not link
// text, times 0.2 per enclosing element whose class or id names furniture;
// the score goes to the block's container (the block element around it, or
// that element's parent for p, li, blockquote, headings ...), half of it to
// the container's parent and a quarter to the grandparent. Each
// container's total is weighted by its own non-link share (and 1.5 for
// <article>/<main>, 1.25 for a class or id like "article-body"); the best
// container wins, with those of its siblings that score at least a fifth
// as much, that are long low-link paragraphs, or that are headings right
// before included content; when that leaves out no sibling with text, the
// same look (paragraphs and headings only) goes one level up, and so on.
// Inside the chosen content, elements whose class or id names furniture
// (unless they hold most of the text), link lists and link-dominated
// blocks ("Read more") are left out. With nothing scoring, the body is
// taken whole with the same filtering.
//
// Throws Error(kInputTooLarge) past limits.max_input_bytes and
// Error(kInvalidOptions) for invalid limits. O(n) for n bytes besides the
// parse (html_document.h). Thread-safe.
ExtractedArticle ExtractArticle(std::string_view html,
                                const HtmlLimits& limits = {});

// The same for an already parsed page.
ExtractedArticle ExtractArticle(const HtmlDocument& document);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_HTML_CONTENT_EXTRACTOR_H_
