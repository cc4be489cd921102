// Cheap looks at raw bytes before any parse: is this HTML, and which
// character encoding does its <meta> declare?
#ifndef SUMMARIZE_LIB_HTML_HTML_SNIFFING_H_
#define SUMMARIZE_LIB_HTML_HTML_SNIFFING_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace summarize::internal {

// Bytes SniffHtmlCharset looks at. The HTML standard's prescan reads 1024;
// pages in the wild put the <meta> after long comments or scripts, so we
// read further (the cost is a few microseconds).
inline constexpr std::size_t kCharsetSniffBytes = 4096;

// The encoding label declared by the first <meta charset="..."> or
// <meta http-equiv="Content-Type" content="...; charset=..."> in the first
// kCharsetSniffBytes of `bytes`, in lower case with surrounding white space
// removed ("utf-8", "shift_jis", "windows-1252"); empty when there is none.
// Follows the HTML standard's prescan: comments, other tags and their
// attributes are skipped, attribute names are case-insensitive, a
// declared UTF-16 encoding means "utf-8" (a page whose <meta> is readable as
// ASCII is not UTF-16). Labels are returned as written, not mapped: note
// that browsers decode "iso-8859-1", "latin1" and "us-ascii" as
// windows-1252. A byte-order mark takes precedence over what this finds;
// check for it first. Never throws; O(kCharsetSniffBytes).
std::string SniffHtmlCharset(std::string_view bytes);

// True when `text` starts like an HTML document: after an optional UTF-8
// BOM, white space, comments and an XML declaration, the first tag is
// <!DOCTYPE html ...>, <html>, <head>, <body>, <meta> or <title> (any case,
// with or without attributes). Text that only contains tags further on
// ("Use <b> for bold") is not HTML, nor is a fragment starting with <p>.
// Never throws; looks at a bounded prefix (comments up to 64 KiB).
bool LooksLikeHtml(std::string_view text);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_HTML_HTML_SNIFFING_H_
