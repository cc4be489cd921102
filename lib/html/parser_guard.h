// Guard in front of the HTML parser: what gumbo 0.10 (Debian's libgumbo1,
// unmaintained upstream) cannot be trusted with is taken out first.
//
// Why:
//  - gumbo takes time quadratic in the nesting depth (its scope checks walk
//    the stack of open elements: 100,000 nested <div>s take about 20 s) and
//    frees its tree recursively (a deep enough tree overflows the stack of
//    the thread that frees it);
//  - gumbo is built with assertions on, and some SVG or MathML content in
//    tables fails one and aborts the process (e.g.
//    "<table><caption><svg><select><title><table></table><th>"; upstream
//    issue google/gumbo-parser#278). Without foreign content, random tag
//    soup of every other kind has not made it fail.
#ifndef SUMMARIZE_LIB_HTML_PARSER_GUARD_H_
#define SUMMARIZE_LIB_HTML_PARSER_GUARD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace summarize::internal {

// Returns a copy of `html` made safe to parse, or nullopt when `html` is
// safe as it is (the common case: then parse `html` itself):
//  - every <svg> and <math> element, with its content, is replaced by one
//    space (it ends where the parser would end it: at its end tag, before a
//    start tag such as <p> or <div> that breaks out of foreign content, or
//    at the end of the input). SVG and MathML are never article text;
//  - every start tag that would open an element deeper than `max_depth`,
//    and the end tag that closes it, is replaced by one space; the text in
//    between stays.
// Text, comments, raw text (script, style, textarea, title) and the other
// tags are kept byte for byte.
//
// The depth is that of a model of the HTML tree builder's stack of open
// elements: void elements never nest; <p>, <li>, <dd>, <dt>, <option>,
// headings and table rows and cells close what the parser closes when they
// start (tables get their implied <tbody> and <tr>); end tags close within
// the parser's scopes; formatting elements (b, i, a, font, ...) count
// until their own end tag, since the parser reopens them after other end
// tags. The model errs towards counting more; on random tag soup the
// parsed depth stays within max_depth plus a quarter (tested). O(n ×
// max_depth) time at worst for n bytes, O(n) for ordinary pages;
// O(max_depth) memory besides the copy.
std::optional<std::string> GuardParserInput(std::string_view html,
                                            std::size_t max_depth);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_HTML_PARSER_GUARD_H_
