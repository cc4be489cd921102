// HTML parsing: an HTML5 parse (gumbo) turned into a small owned tree of
// elements and text, in document order, that the later steps walk without
// recursion and without gumbo types.
#ifndef SUMMARIZE_LIB_HTML_HTML_DOCUMENT_H_
#define SUMMARIZE_LIB_HTML_HTML_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace summarize::internal {

// Bounds that keep hostile HTML from taking unbounded time or memory.
struct HtmlLimits {
  // Largest input accepted, in bytes; larger input throws
  // Error(kInputTooLarge). Default 64 MiB (as Options::max_input_bytes).
  // Range: any; 0 accepts only empty input.
  std::size_t max_input_bytes = std::size_t{64} << 20;

  // Deepest element nesting kept, counted in <body> (approximately: see
  // parser_guard.h). Tags nested deeper are dropped before parsing; their
  // text is kept and joins the enclosing element's. Real pages nest 10-60
  // deep, rarely past 200. Default 512; range 1..kMaxHtmlNestingDepth, else
  // Error(kInvalidOptions). The parser's time grows with depth × tags, and
  // gumbo frees its tree recursively: 10,000 levels need between 256 and
  // 512 KiB of stack (measured), 512 levels at most about 26 KiB.
  std::size_t max_nesting_depth = 512;
};

// Upper bound of HtmlLimits::max_nesting_depth (see there).
inline constexpr std::size_t kMaxHtmlNestingDepth = 10'000;

// Throws Error(kInvalidOptions) when a field of `limits` is out of range.
void ValidateHtmlLimits(const HtmlLimits& limits);

enum class HtmlNodeType {
  kElement,
  kText,  // text, CDATA and white space between elements
};

enum class HtmlNamespace { kHtml, kSvg, kMathMl };

struct HtmlAttribute {
  std::string name;   // lower case as the parser normalised it
  std::string value;  // character references decoded
};

inline constexpr std::size_t kNoHtmlNode = static_cast<std::size_t>(-1);

struct HtmlNode {
  HtmlNodeType type = HtmlNodeType::kElement;
  HtmlNamespace name_space = HtmlNamespace::kHtml;
  // Element: its tag name in lower case ("div", "my-widget"). Text: empty.
  std::string name;
  // Text: the characters as UTF-8, character references decoded, white
  // space as in the source. Element: empty.
  std::string text;
  std::vector<HtmlAttribute> attributes;  // elements only
  std::size_t parent = kNoHtmlNode;       // kNoHtmlNode for the root
  // Nodes are in document order (pre-order), so the descendants of node i
  // are exactly the nodes (i, subtree_end).
  std::size_t subtree_end = 0;
  std::size_t depth = 0;  // the root has depth 0
};

// A parsed page. nodes[0] is the <html> element (the parser always makes
// one); comments, doctype and the content of <template> are not kept.
struct HtmlDocument {
  std::vector<HtmlNode> nodes;
};

// Parses `html` (UTF-8; a leading UTF-8 BOM is skipped; ill-formed UTF-8
// sequences become U+FFFD, as the HTML standard's decoder does) with the
// HTML5 algorithm, so that malformed or truncated markup yields the same
// tree a browser builds, except that SVG and MathML elements are removed
// and tags nested past limits.max_nesting_depth dropped before parsing
// (parser_guard.h: gumbo 0.10 aborts on some foreign content). Throws
// Error(kInputTooLarge) past limits.max_input_bytes and Error(kInvalidOptions)
// for invalid limits. Time O(n × max_nesting_depth) at worst, O(n) for ordinary
// pages; memory O(n). Thread-safe (no shared state).
HtmlDocument ParseHtml(std::string_view html, const HtmlLimits& limits = {});

// The value of attribute `name` (lower case) of `node`, or nullptr.
const std::string* FindAttribute(const HtmlNode& node, std::string_view name);

// `text` with each run of HTML white space (SPACE, TAB, LF, FF, CR) and
// no-break spaces (U+00A0) replaced by one space, none at either end.
std::string CollapseWhitespace(std::string_view text);

// The text of node `index` and its descendants, concatenated in document
// order and passed through CollapseWhitespace. O(subtree size).
std::string CollapsedTextContent(const HtmlDocument& document,
                                 std::size_t index);

// True when `node` is an HTML-namespace element named `name`.
inline bool IsElement(const HtmlNode& node, std::string_view name) {
  return node.type == HtmlNodeType::kElement &&
         node.name_space == HtmlNamespace::kHtml && node.name == name;
}

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_HTML_HTML_DOCUMENT_H_
