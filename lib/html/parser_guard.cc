// A linear pre-scan of HTML that makes it safe for gumbo 0.10: removes
// SVG and MathML, and the tags nested too deeply.
#include "html/parser_guard.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <vector>

#include "util/ascii.h"

namespace summarize::internal {
namespace {

template <std::size_t N>
bool IsOneOf(std::string_view name,
             const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// Elements that never have content.
constexpr std::array<std::string_view, 19> kVoidElements = {
    "area",  "base",  "basefont", "bgsound", "br",    "col",    "embed",
    "frame", "hr",    "image",    "img",     "input", "keygen", "link",
    "meta",  "param", "source",   "track",   "wbr"};

// Elements whose content is text up to their own end tag (raw text and
// RCDATA): tags inside them are not tags.
constexpr std::array<std::string_view, 8> kTextOnlyElements = {
    "script",  "style",    "xmp",   "iframe",
    "noembed", "noframes", "title", "textarea"};

// Elements that exist once per document: never nested.
constexpr std::array<std::string_view, 3> kSingletonElements = {"html", "head",
                                                                "body"};

// The HTML standard's "special" elements, which stop the search for an
// open <li>, <dd> or <dt> to close (except address, div and p).
constexpr std::array<std::string_view, 83> kSpecialElements = {
    "address",    "applet",   "area",       "article",  "aside",  "base",
    "basefont",   "bgsound",  "blockquote", "body",     "br",     "button",
    "caption",    "center",   "col",        "colgroup", "dd",     "details",
    "dir",        "div",      "dl",         "dt",       "embed",  "fieldset",
    "figcaption", "figure",   "footer",     "form",     "frame",  "frameset",
    "h1",         "h2",       "h3",         "h4",       "h5",     "h6",
    "head",       "header",   "hgroup",     "hr",       "html",   "iframe",
    "img",        "input",    "keygen",     "li",       "link",   "listing",
    "main",       "marquee",  "menu",       "meta",     "nav",    "noembed",
    "noframes",   "noscript", "object",     "ol",       "p",      "param",
    "plaintext",  "pre",      "script",     "section",  "select", "source",
    "style",      "summary",  "table",      "tbody",    "td",     "template",
    "textarea",   "tfoot",    "th",         "thead",    "title",  "tr",
    "track",      "ul",       "wbr",        "svg",      "math"};

// Elements that bound the tree builder's "default scope": a search for an
// open element to close stops at them. (<button> also bounds the search
// for an open <p>; <ul> and <ol> that for an open <li>.)
constexpr std::array<std::string_view, 11> kScopeBoundaries = {
    "applet",  "caption", "html",     "table", "td",  "th",
    "marquee", "object",  "template", "svg",   "math"};

// Start tags that close an open <p> in button scope (the HTML standard's
// list, except <table>, which does so only outside quirks mode).
constexpr std::array<std::string_view, 37> kParagraphClosers = {
    "address", "article", "aside",  "blockquote", "center",   "details",
    "dialog",  "dir",     "div",    "dl",         "fieldset", "figcaption",
    "figure",  "footer",  "header", "hgroup",     "main",     "menu",
    "nav",     "ol",      "p",      "section",    "summary",  "ul",
    "h1",      "h2",      "h3",     "h4",         "h5",       "h6",
    "pre",     "listing", "form",   "hr",         "xmp",      "li",
    "dd"};

// Elements whose end tags close only within the innermost table.
constexpr std::array<std::string_view, 8> kTableParts = {
    "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"};

// The HTML standard's formatting elements: the parser keeps a list of them
// and reopens those still in it after other elements close them.
constexpr std::array<std::string_view, 14> kFormattingElements = {
    "a",    "b", "big",   "code",   "em",     "font", "i",
    "nobr", "s", "small", "strike", "strong", "tt",   "u"};

bool IsHeading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

bool IsForeignRoot(std::string_view name) {
  return name == "svg" || name == "math";
}

// Start tags that end SVG or MathML content: the parser pops the foreign
// elements and treats the tag as HTML (as <font> with some attributes).
constexpr std::array<std::string_view, 44> kBreakoutElements = {
    "b",      "big",    "blockquote", "body",    "br",    "center", "code",
    "dd",     "div",    "dl",         "dt",      "em",    "embed",  "h1",
    "h2",     "h3",     "h4",         "h5",      "h6",    "head",   "hr",
    "i",      "img",    "li",         "listing", "menu",  "meta",   "nobr",
    "ol",     "p",      "pre",        "ruby",    "s",     "small",  "span",
    "strong", "strike", "sub",        "sup",     "table", "tt",     "u",
    "ul",     "var"};

std::size_t FormattingIndex(std::string_view name) {
  return static_cast<std::size_t>(
      std::find(kFormattingElements.begin(), kFormattingElements.end(), name) -
      kFormattingElements.begin());
}

// Reads a tag name starting at html[pos] (an ASCII letter); returns it in
// lower case and moves pos past it.
std::string ReadTagName(std::string_view html, std::size_t& pos) {
  std::string name;
  while (pos < html.size() && !IsHtmlSpace(html[pos]) && html[pos] != '/' &&
         html[pos] != '>') {
    name += AsciiLower(html[pos]);
    ++pos;
  }
  return name;
}

struct TagEnd {
  std::size_t end = 0;  // one past the closing '>', or the input's size
  bool self_closing = false;
};

// Skips the attributes of a tag whose name ended at `pos`, as the HTML
// tokenizer does (a quoted value may contain '>').
TagEnd SkipAttributes(std::string_view html, std::size_t pos) {
  const std::size_t size = html.size();
  while (true) {
    while (pos < size && IsHtmlSpace(html[pos])) ++pos;
    if (pos >= size) return {size, false};
    if (html[pos] == '>') return {pos + 1, false};
    if (html[pos] == '/') {
      ++pos;
      if (pos < size && html[pos] == '>') return {pos + 1, true};
      continue;
    }
    ++pos;  // the attribute name's first character may be '='
    while (pos < size && !IsHtmlSpace(html[pos]) && html[pos] != '/' &&
           html[pos] != '>' && html[pos] != '=') {
      ++pos;
    }
    while (pos < size && IsHtmlSpace(html[pos])) ++pos;
    if (pos < size && html[pos] == '=') {
      ++pos;
      while (pos < size && IsHtmlSpace(html[pos])) ++pos;
      if (pos < size && (html[pos] == '"' || html[pos] == '\'')) {
        const std::size_t close = html.find(html[pos], pos + 1);
        pos = close == std::string_view::npos ? size : close + 1;
      } else {
        while (pos < size && !IsHtmlSpace(html[pos]) && html[pos] != '>') {
          ++pos;
        }
      }
    }
  }
}

// Position of the end tag "</name" (any case, followed by a delimiter) at
// or after `pos`, or the input's size.
std::size_t FindEndTag(std::string_view html, std::size_t pos,
                       std::string_view name) {
  while (true) {
    pos = html.find("</", pos);
    if (pos == std::string_view::npos) return html.size();
    const std::size_t after = pos + 2 + name.size();
    if (after <= html.size()) {
      bool same = true;
      for (std::size_t k = 0; k < name.size() && same; ++k) {
        same = AsciiLower(html[pos + 2 + k]) == name[k];
      }
      if (same && (after == html.size() || IsHtmlSpace(html[after]) ||
                   html[after] == '/' || html[after] == '>')) {
        return pos;
      }
    }
    pos += 2;
  }
}

// One past the end of the comment that starts at `pos` ("<!--"): after the
// first "-->" or "--!>", counting "<!-->" and "<!--->" as complete; the
// input's size when the comment is not closed.
std::size_t CommentEnd(std::string_view html, std::size_t pos) {
  const std::size_t close = html.find("-->", pos + 2);
  const std::size_t bang_close = html.find("--!>", pos + 4);
  if (bang_close < close) return bang_close + 4;
  return close == std::string_view::npos ? html.size() : close + 3;
}

// Where the SVG or MathML content that starts at `pos` (after its root's
// start tag) ends: after the root's end tag, before the first start tag
// that ends foreign content in the parser (<p>, <div>, <table>, ...), or at
// the end of the input. Nested roots are counted.
std::size_t ForeignContentEnd(std::string_view html, std::size_t pos) {
  const std::size_t size = html.size();
  std::size_t depth = 1;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.compare(pos, 4, "<!--") == 0) {
      pos = CommentEnd(html, pos);
    } else if (pos + 2 < size && html[pos + 1] == '/' &&
               IsAsciiAlpha(html[pos + 2])) {
      std::size_t name_end = pos + 2;
      const std::string name = ReadTagName(html, name_end);
      pos = SkipAttributes(html, name_end).end;
      if (IsForeignRoot(name) && --depth == 0) return pos;
    } else if (pos + 1 < size && IsAsciiAlpha(html[pos + 1])) {
      std::size_t name_end = pos + 1;
      const std::string name = ReadTagName(html, name_end);
      if (IsOneOf(name, kBreakoutElements) || name == "font") return pos;
      const TagEnd tag = SkipAttributes(html, name_end);
      if (IsForeignRoot(name) && !tag.self_closing) ++depth;
      pos = tag.end;
    } else if (pos + 1 < size &&
               (html[pos + 1] == '!' || html[pos + 1] == '?' ||
                html[pos + 1] == '/')) {
      const std::size_t close = html.find('>', pos + 2);
      pos = close == std::string_view::npos ? size : close + 1;
    } else {
      ++pos;
    }
  }
  return size;
}

class Guard {
 public:
  Guard(std::string_view html, std::size_t max_depth)
      : html_(html), max_depth_(max_depth) {}

  std::optional<std::string> Run() {
    const std::size_t size = html_.size();
    std::size_t pos = 0;
    while ((pos = html_.find('<', pos)) != std::string_view::npos) {
      if (html_.compare(pos, 4, "<!--") == 0) {
        pos = CommentEnd(html_, pos);
      } else if (pos + 1 < size &&
                 (html_[pos + 1] == '!' || html_[pos + 1] == '?')) {
        const std::size_t close = html_.find('>', pos + 2);  // doctype, PI
        pos = close == std::string_view::npos ? size : close + 1;
      } else if (pos + 2 < size && html_[pos + 1] == '/' &&
                 IsAsciiAlpha(html_[pos + 2])) {
        std::size_t name_end = pos + 2;
        const std::string name = ReadTagName(html_, name_end);
        const TagEnd tag = SkipAttributes(html_, name_end);
        if (!EndTag(name)) Drop(pos, tag.end);
        pos = tag.end;
      } else if (pos + 1 < size && html_[pos + 1] == '/') {
        // "</>" is ignored and "</ ..." is a bogus comment up to '>'.
        const std::size_t close = html_.find('>', pos + 2);
        pos = close == std::string_view::npos ? size : close + 1;
      } else if (pos + 1 < size && IsAsciiAlpha(html_[pos + 1])) {
        const std::size_t begin = pos;
        std::size_t name_end = pos + 1;
        const std::string name = ReadTagName(html_, name_end);
        const TagEnd tag = SkipAttributes(html_, name_end);
        pos = tag.end;
        if (name == "plaintext") break;  // everything after it is text
        if (IsOneOf(name, kTextOnlyElements)) {
          pos = FindEndTag(html_, pos, name);
        } else if (IsForeignRoot(name)) {
          pos = tag.self_closing ? tag.end : ForeignContentEnd(html_, tag.end);
          Drop(begin, pos);
        } else if (!StartTag(name)) {
          Drop(begin, tag.end);
        }
      } else {
        ++pos;  // a '<' that starts no tag is text
      }
    }
    if (!changed_) return std::nullopt;
    out_.append(html_.substr(copied_));
    return std::move(out_);
  }

 private:
  // Returns false when the start tag must go. A tag that goes changes
  // nothing but the count of dropped tags: the parser never sees it.
  bool StartTag(const std::string& name) {
    if (IsOneOf(name, kVoidElements) || IsOneOf(name, kSingletonElements)) {
      return true;  // never nests
    }
    const std::size_t f = FormattingIndex(name);
    const bool formatting = f < kFormattingElements.size();
    if (excess_ > 0) {
      // Dropped too, and so will be its end tag.
      ++(formatting ? formatting_dropped_[f] : excess_);
      return false;
    }
    if (formatting) {
      // A new <a> or <nobr> closes the open one of its kind.
      const bool closes =
          (name == "a" || name == "nobr") && formatting_open_[f] > 0;
      if (!closes && stack_.size() + formatting_total_ >= max_depth_) {
        ++formatting_dropped_[f];
        return false;
      }
      if (!closes) {
        ++formatting_open_[f];
        ++formatting_total_;
      }
      return true;
    }
    std::vector<std::string_view> implied;
    const std::size_t top = CloseImplied(name, stack_.size(), implied);
    if (top == kIgnored) return true;  // the parser ignores the tag
    // Opening `implied` and `name` must stay within the limit.
    if (top + implied.size() + 1 + formatting_total_ > max_depth_) {
      ++excess_;
      return false;
    }
    stack_.resize(top);
    for (const std::string_view element : implied) {
      stack_.emplace_back(element);
    }
    stack_.push_back(name);
    return true;
  }

  static constexpr std::size_t kIgnored = static_cast<std::size_t>(-1);

  // Models what the HTML tree builder does to the stack of open elements
  // before it inserts `name`, when the open elements are stack_[0, top):
  // returns how many stay open (kIgnored when the parser ignores the tag)
  // and lists in `implied` the elements it inserts first (<tbody> and <tr>
  // for a cell straight in a table). Changes nothing.
  std::size_t CloseImplied(const std::string& name, std::size_t top,
                           std::vector<std::string_view>& implied) const {
    if (name == "li" || name == "dd" || name == "dt") {
      // Closes an open list item of its kind, looking past address, div, p
      // and non-special elements.
      for (std::size_t k = top; k > 0; --k) {
        const std::string& open = stack_[k - 1];
        if (name == "li" ? open == "li" : (open == "dd" || open == "dt")) {
          top = k - 1;
          break;
        }
        if (IsOneOf(open, kSpecialElements) && open != "address" &&
            open != "div" && open != "p") {
          break;
        }
      }
    } else if (IsHeading(name)) {
      if (top > 0 && IsHeading(stack_[top - 1])) --top;
    } else if (name == "option" || name == "optgroup") {
      if (top > 0 && stack_[top - 1] == "option") --top;
      if (name == "optgroup" && top > 0 && stack_[top - 1] == "optgroup") {
        --top;
      }
    } else if (name == "rb" || name == "rt" || name == "rp" || name == "rtc") {
      while (top > 0 && (stack_[top - 1] == "rb" || stack_[top - 1] == "rt" ||
                         stack_[top - 1] == "rp" || stack_[top - 1] == "rtc")) {
        --top;
      }
    } else if (name == "tbody" || name == "thead" || name == "tfoot" ||
               name == "caption" || name == "colgroup") {
      // Children of the table: everything above the table closes.
      const std::size_t table = FindTablePart(top, {"table"});
      if (table == kNotFound) return kIgnored;
      top = table + 1;
    } else if (name == "tr") {
      const std::size_t part =
          FindTablePart(top, {"tbody", "thead", "tfoot", "table"});
      if (part == kNotFound) return kIgnored;
      top = part + 1;
      if (stack_[part] == "table") implied.emplace_back("tbody");
    } else if (name == "td" || name == "th") {
      const std::size_t part =
          FindTablePart(top, {"tr", "tbody", "thead", "tfoot", "table"});
      if (part == kNotFound) return kIgnored;
      top = part + 1;
      if (stack_[part] == "table") implied.emplace_back("tbody");
      if (stack_[part] != "tr") implied.emplace_back("tr");
    } else if (name == "table") {
      // A table straight inside a table (not in a cell) closes it.
      for (std::size_t k = top; k > 0; --k) {
        const std::string& open = stack_[k - 1];
        if (open == "table") {
          top = k - 1;
          break;
        }
        if (open != "tbody" && open != "thead" && open != "tfoot" &&
            open != "tr") {
          break;
        }
      }
    }
    if (IsOneOf(name, kParagraphClosers) || name == "dt") {
      // Block start tags close an open <p> in button scope.
      for (std::size_t k = top; k > 0; --k) {
        const std::string& open = stack_[k - 1];
        if (open == "p") {
          top = k - 1;
          break;
        }
        if (open == "button" || IsOneOf(open, kScopeBoundaries)) break;
      }
    }
    return top;
  }

  static constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);

  // The position in stack_[0, top) of the innermost element named one of
  // `names`, looking no further than the innermost table; kNotFound.
  std::size_t FindTablePart(
      std::size_t top, std::initializer_list<std::string_view> names) const {
    for (std::size_t k = top; k > 0; --k) {
      const std::string& open = stack_[k - 1];
      if (std::find(names.begin(), names.end(), open) != names.end()) {
        return k - 1;
      }
      if (open == "table" || open == "template") break;
    }
    return kNotFound;
  }

  // Returns false when the end tag must go.
  bool EndTag(const std::string& name) {
    if (IsOneOf(name, kVoidElements) || IsOneOf(name, kSingletonElements) ||
        IsOneOf(name, kTextOnlyElements)) {
      return true;
    }
    if (const std::size_t f = FormattingIndex(name);
        f < kFormattingElements.size()) {
      if (formatting_dropped_[f] > 0) {
        --formatting_dropped_[f];
        return false;
      }
      if (formatting_open_[f] > 0) {
        --formatting_open_[f];
        --formatting_total_;
      }
      return true;
    }
    if (excess_ > 0) {
      --excess_;
      return false;
    }
    // Close the innermost open element of that name (any heading closes
    // any heading) in the scope the tree builder searches; an end tag that
    // matches nothing there is ignored by the parser. O(max_depth) at most.
    for (std::size_t k = stack_.size(); k > 0; --k) {
      const std::string& open = stack_[k - 1];
      if (open == name || (IsHeading(name) && IsHeading(open))) {
        PopTo(k - 1);
        break;
      }
      if (StopsSearch(name, open)) break;
    }
    return true;
  }

  // True when the search for the element that end tag `name` closes stops
  // at the open element `open` (HTML standard, "in body" and "in table"
  // insertion modes, simplified).
  static bool StopsSearch(std::string_view name, std::string_view open) {
    if (name == "table") return open == "template" || open == "html";
    if (IsOneOf(name, kTableParts)) {
      return open == "table" || open == "template" || open == "html";
    }
    if (IsOneOf(name, kSpecialElements)) {
      return IsOneOf(open, kScopeBoundaries) ||
             (name == "p" && open == "button") ||
             (name == "li" && (open == "ul" || open == "ol"));
    }
    return IsOneOf(open, kSpecialElements);  // "any other end tag"
  }

  // Pops the open elements at positions `size` and above.
  void PopTo(std::size_t size) { stack_.resize(std::min(size, stack_.size())); }

  // Replaces html_[begin, end) by one space in the output.
  void Drop(std::size_t begin, std::size_t end) {
    if (!changed_) out_.reserve(html_.size());
    changed_ = true;
    out_.append(html_.substr(copied_, begin - copied_));
    out_ += ' ';
    copied_ = end;
  }

  std::string_view html_;
  std::size_t max_depth_;
  std::vector<std::string> stack_;  // open counted elements, at most max_depth
  std::array<std::size_t, kFormattingElements.size()> formatting_open_{};
  std::array<std::size_t, kFormattingElements.size()> formatting_dropped_{};
  std::size_t formatting_total_ = 0;
  std::size_t excess_ = 0;  // start tags dropped and not yet closed
  bool changed_ = false;
  std::string out_;
  std::size_t copied_ = 0;  // html_[0, copied_) is in out_ already
};

}  // namespace

std::optional<std::string> GuardParserInput(std::string_view html,
                                            std::size_t max_depth) {
  return Guard(html, max_depth).Run();
}

}  // namespace summarize::internal
