// Tag, role and class/id hints for page furniture.
#include "html/furniture_hints.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "util/ascii.h"

namespace summarize::internal {
namespace {

// Elements that are never article text (a <figcaption> is a photo
// caption or credit, which a summary must not quote).
constexpr std::array<std::string_view, 28> kFurnitureTags = {
    "script", "style",    "noscript", "template",  "iframe",   "object",
    "embed",  "canvas",   "video",    "audio",     "map",      "button",
    "select", "textarea", "input",    "option",    "datalist", "label",
    "nav",    "aside",    "footer",   "menu",      "dialog",   "head",
    "meter",  "progress", "frameset", "figcaption"};

// ARIA landmark and widget roles of page furniture.
constexpr std::array<std::string_view, 10> kFurnitureRoles = {
    "navigation", "menu",   "menubar",     "contentinfo", "complementary",
    "search",     "dialog", "alertdialog", "toolbar",     "tablist"};

// Words of class and id values that name furniture; a word matches when it
// is the hint or starts or ends with it.
constexpr std::array<std::string_view, 36> kNegativeHints = {
    "nav",        "menu",       "comment",    "share",  "sharing",  "social",
    "related",    "cookie",     "consent",    "footer", "header",   "sidebar",
    "promo",      "newsletter", "breadcrumb", "banner", "sponsor",  "advert",
    "popup",      "modal",      "subscribe",  "signup", "widget",   "masthead",
    "byline",     "dateline",   "author",     "disqus", "outbrain", "taboola",
    "pagination", "pager",      "toolbar",    "skip",   "search",   "rss"};

// Short furniture words that must match a whole word ("ad" is in "head").
constexpr std::array<std::string_view, 7> kNegativeWords = {
    "ad", "ads", "meta", "tags", "hidden", "sr", "login"};

// Words that contain a negative hint but name content.
constexpr std::array<std::string_view, 3> kNotNegative = {
    "commentary", "headline", "research"};

// Words of class and id values that name the article.
constexpr std::array<std::string_view, 5> kPositivePrefixes = {
    "article", "content", "entry", "story", "main"};
constexpr std::array<std::string_view, 7> kPositiveWords = {
    "post", "text", "body", "prose", "blog", "hentry", "page"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& set,
              std::string_view word) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Appends the lower-case words of `value`: runs of ASCII letters and
// digits, also split where a lower-case letter is followed by a capital.
void AppendWords(std::string_view value, std::vector<std::string>& words) {
  std::string word;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    const char c = i < value.size() ? value[i] : ' ';
    const bool word_char =
        IsAsciiLower(c) || IsAsciiUpper(c) || IsAsciiDigit(c);
    const bool hump = IsAsciiUpper(c) && i > 0 && IsAsciiLower(value[i - 1]);
    if ((!word_char || hump) && !word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    if (word_char) {
      word += AsciiLower(c);
    }
  }
}

bool IsNegativeWord(std::string_view word) {
  if (Contains(kNegativeWords, word)) return true;
  if (Contains(kNotNegative, word)) return false;
  return std::any_of(kNegativeHints.begin(), kNegativeHints.end(),
                     [&](std::string_view hint) {
                       return word.starts_with(hint) || word.ends_with(hint);
                     });
}

bool IsPositiveWord(std::string_view word) {
  if (Contains(kPositiveWords, word)) return true;
  return std::any_of(
      kPositivePrefixes.begin(), kPositivePrefixes.end(),
      [&](std::string_view prefix) { return word.starts_with(prefix); });
}

// The space-separated words of an attribute such as role, in lower case.
std::vector<std::string> SpaceSeparated(const std::string* value) {
  std::vector<std::string> words;
  if (value == nullptr) return words;
  std::string word;
  for (const char c : *value + " ") {
    if (IsHtmlSpace(c)) {
      if (!word.empty()) words.push_back(AsciiLower(word));
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

bool IsHidden(const HtmlNode& node) {
  if (FindAttribute(node, "hidden") != nullptr) return true;
  if (const std::string* aria = FindAttribute(node, "aria-hidden");
      aria != nullptr && AsciiLower(*aria) == "true") {
    return true;
  }
  if (const std::string* style = FindAttribute(node, "style")) {
    std::string compact;
    for (const char c : AsciiLower(*style)) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact += c;
    }
    return compact.find("display:none") != std::string::npos ||
           compact.find("visibility:hidden") != std::string::npos;
  }
  return false;
}

}  // namespace

bool IsFurniture(const HtmlNode& node, bool inside_article) {
  if (node.type != HtmlNodeType::kElement) return false;
  if (node.name_space != HtmlNamespace::kHtml) return true;  // SVG, MathML
  if (Contains(kFurnitureTags, node.name)) return true;
  if (node.name == "header" && !inside_article) return true;
  for (const std::string& role : SpaceSeparated(FindAttribute(node, "role"))) {
    if (Contains(kFurnitureRoles, role)) return true;
    if (role == "banner" && !inside_article) return true;
  }
  return IsHidden(node);
}

bool IsArticleElement(const HtmlNode& node) {
  if (IsElement(node, "article") || IsElement(node, "main")) return true;
  const std::vector<std::string> roles =
      SpaceSeparated(FindAttribute(node, "role"));
  if (std::find(roles.begin(), roles.end(), "main") != roles.end()) {
    return true;
  }
  const std::string* itemprop = FindAttribute(node, "itemprop");
  return itemprop != nullptr && AsciiLower(*itemprop) == "articlebody";
}

ClassHint ClassifyClassAndId(const HtmlNode& node) {
  std::vector<std::string> words;
  for (const char* attribute : {"class", "id"}) {
    if (const std::string* value = FindAttribute(node, attribute)) {
      AppendWords(*value, words);
    }
  }
  bool positive = false;
  for (const std::string& word : words) {
    if (IsNegativeWord(word)) return ClassHint::kNegative;
    positive = positive || IsPositiveWord(word);
  }
  return positive ? ClassHint::kPositive : ClassHint::kNeutral;
}

}  // namespace summarize::internal
