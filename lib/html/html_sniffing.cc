// HTML detection and the <meta> charset prescan of the HTML standard.
#include "html/html_sniffing.h"

#include <algorithm>
#include <array>
#include <optional>

#include "util/ascii.h"

namespace summarize::internal {
namespace {

// Comments skipped by LooksLikeHtml before giving up.
constexpr std::size_t kMaxLeadingCommentBytes = std::size_t{64} << 10;

// True when `text` has `prefix` (lower case) at `pos`, ignoring ASCII case.
bool StartsWithNoCase(std::string_view text, std::size_t pos,
                      std::string_view prefix) {
  if (pos > text.size() || text.size() - pos < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (AsciiLower(text[pos + k]) != prefix[k]) return false;
  }
  return true;
}

// Position of `needle` (lower case) in `text` at or after `pos`, ignoring
// ASCII case; npos when absent.
std::size_t FindNoCase(std::string_view text, std::size_t pos,
                       std::string_view needle) {
  for (; pos + needle.size() <= text.size(); ++pos) {
    if (StartsWithNoCase(text, pos, needle)) return pos;
  }
  return std::string_view::npos;
}

struct Attribute {
  std::string name;
  std::string value;
};

// The standard's "get an attribute" step of the prescan: reads one
// attribute at `pos` (names and values in lower case) and moves past it.
// nullopt at '>' or at the end of the bytes.
std::optional<Attribute> GetAttribute(std::string_view bytes,
                                      std::size_t& pos) {
  const std::size_t size = bytes.size();
  while (pos < size && (IsHtmlSpace(bytes[pos]) || bytes[pos] == '/')) ++pos;
  if (pos >= size || bytes[pos] == '>') return std::nullopt;
  Attribute attribute;
  // The name; its first character may be '='.
  while (pos < size) {
    const char c = bytes[pos];
    if (c == '=' && !attribute.name.empty()) break;
    if (IsHtmlSpace(c)) {
      while (pos < size && IsHtmlSpace(bytes[pos])) ++pos;
      if (pos >= size || bytes[pos] != '=') return attribute;
      break;
    }
    if (c == '/' || c == '>') return attribute;
    attribute.name += AsciiLower(c);
    ++pos;
  }
  if (pos >= size) return std::nullopt;
  ++pos;  // '='
  while (pos < size && IsHtmlSpace(bytes[pos])) ++pos;
  if (pos >= size) return std::nullopt;
  if (bytes[pos] == '"' || bytes[pos] == '\'') {
    const char quote = bytes[pos++];
    const std::size_t close = bytes.find(quote, pos);
    if (close == std::string_view::npos) return std::nullopt;
    for (; pos < close; ++pos) attribute.value += AsciiLower(bytes[pos]);
    ++pos;
    return attribute;
  }
  if (bytes[pos] == '>') return attribute;
  while (pos < size && !IsHtmlSpace(bytes[pos]) && bytes[pos] != '>') {
    attribute.value += AsciiLower(bytes[pos++]);
  }
  return attribute;
}

// The standard's "extract a character encoding from a meta element" for
// the value of a content attribute ("text/html; charset=Shift_JIS").
std::string CharsetFromContent(std::string_view content) {
  std::size_t pos = 0;
  while ((pos = FindNoCase(content, pos, "charset")) !=
         std::string_view::npos) {
    pos += 7;
    while (pos < content.size() && IsHtmlSpace(content[pos])) ++pos;
    if (pos >= content.size() || content[pos] != '=') continue;
    ++pos;
    while (pos < content.size() && IsHtmlSpace(content[pos])) ++pos;
    if (pos >= content.size()) return {};
    if (content[pos] == '"' || content[pos] == '\'') {
      const std::size_t close = content.find(content[pos], pos + 1);
      if (close == std::string_view::npos) return {};
      return std::string(content.substr(pos + 1, close - pos - 1));
    }
    std::size_t end = pos;
    while (end < content.size() && !IsHtmlSpace(content[end]) &&
           content[end] != ';') {
      ++end;
    }
    return std::string(content.substr(pos, end - pos));
  }
  return {};
}

std::string Trim(std::string_view text) {
  while (!text.empty() && IsHtmlSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsHtmlSpace(text.back())) text.remove_suffix(1);
  return std::string(text);
}

// Reads the attributes of a <meta> tag at `pos`; returns the declared
// charset, or empty when the tag declares none.
std::string MetaCharset(std::string_view bytes, std::size_t& pos) {
  std::array<std::string, 3> seen_names;  // each attribute counts once
  bool got_pragma = false;
  std::optional<bool> need_pragma;
  std::string charset;
  while (const std::optional<Attribute> attribute = GetAttribute(bytes, pos)) {
    const std::string& name = attribute->name;
    if (std::find(seen_names.begin(), seen_names.end(), name) !=
        seen_names.end()) {
      continue;
    }
    if (name == "http-equiv") {
      seen_names[0] = name;
      got_pragma = attribute->value == "content-type";
    } else if (name == "content") {
      seen_names[1] = name;
      if (charset.empty()) {
        std::string found = CharsetFromContent(attribute->value);
        if (!found.empty()) {
          charset = std::move(found);
          need_pragma = true;
        }
      }
    } else if (name == "charset") {
      seen_names[2] = name;
      charset = attribute->value;
      need_pragma = false;
    }
  }
  if (!need_pragma.has_value() || (*need_pragma && !got_pragma)) return {};
  charset = Trim(charset);
  // A page whose <meta> reads as ASCII is not UTF-16, whatever it says.
  if (charset.starts_with("utf-16")) return "utf-8";
  return charset;
}

// True when `text` has the tag name `name` at `pos` (after '<'), followed
// by a delimiter or the end.
bool HasTagName(std::string_view text, std::size_t pos, std::string_view name) {
  if (!StartsWithNoCase(text, pos, name)) return false;
  const std::size_t after = pos + name.size();
  return after == text.size() || IsHtmlSpace(text[after]) ||
         text[after] == '>' || text[after] == '/';
}

}  // namespace

std::string SniffHtmlCharset(std::string_view bytes) {
  bytes = bytes.substr(0, kCharsetSniffBytes);
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (bytes.compare(pos, 4, "<!--") == 0) {
      const std::size_t close = bytes.find("-->", pos + 2);
      if (close == std::string_view::npos) break;
      pos = close + 3;
    } else if (StartsWithNoCase(bytes, pos, "<meta") &&
               pos + 5 < bytes.size() &&
               (IsHtmlSpace(bytes[pos + 5]) || bytes[pos + 5] == '/')) {
      pos += 6;
      std::string charset = MetaCharset(bytes, pos);
      if (!charset.empty()) return charset;
    } else if (bytes[pos] == '<' && pos + 1 < bytes.size() &&
               (IsAsciiAlpha(bytes[pos + 1]) ||
                (bytes[pos + 1] == '/' && pos + 2 < bytes.size() &&
                 IsAsciiAlpha(bytes[pos + 2])))) {
      // Any other tag: skip its name and attributes.
      while (pos < bytes.size() && !IsHtmlSpace(bytes[pos]) &&
             bytes[pos] != '>') {
        ++pos;
      }
      while (GetAttribute(bytes, pos)) {
      }
    } else if (bytes[pos] == '<' && pos + 1 < bytes.size() &&
               (bytes[pos + 1] == '!' || bytes[pos + 1] == '/' ||
                bytes[pos + 1] == '?')) {
      const std::size_t close = bytes.find('>', pos + 2);
      if (close == std::string_view::npos) break;
      pos = close + 1;
    } else {
      ++pos;
    }
  }
  return {};
}

bool LooksLikeHtml(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t pos = 0;
  while (true) {
    while (pos < text.size() && IsHtmlSpace(text[pos])) ++pos;
    if (text.compare(pos, 4, "<!--") == 0) {
      const std::size_t close = text.find("-->", pos + 2);
      if (close > kMaxLeadingCommentBytes) return false;  // npos too
      pos = close + 3;
      continue;
    }
    if (StartsWithNoCase(text, pos, "<?xml")) {
      const std::size_t close = text.find("?>", pos);
      if (close > kMaxLeadingCommentBytes) return false;  // npos too
      pos = close + 2;
      continue;
    }
    break;
  }
  if (pos >= text.size() || text[pos] != '<') return false;
  if (StartsWithNoCase(text, pos, "<!doctype")) {
    std::size_t name = pos + 9;
    if (name >= text.size() || !IsHtmlSpace(text[name])) return false;
    while (name < text.size() && IsHtmlSpace(text[name])) ++name;
    return HasTagName(text, name, "html");
  }
  constexpr std::array<std::string_view, 5> kDocumentTags = {
      "html", "head", "body", "meta", "title"};
  return std::any_of(
      kDocumentTags.begin(), kDocumentTags.end(),
      [&](std::string_view tag) { return HasTagName(text, pos + 1, tag); });
}

}  // namespace summarize::internal
