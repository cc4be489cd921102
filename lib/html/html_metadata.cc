// Title and language of a parsed page.
#include "html/html_metadata.h"

#include <initializer_list>
#include <string_view>

#include "util/ascii.h"

namespace summarize::internal {
namespace {

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (AsciiLower(a[k]) != b[k]) return false;
  }
  return true;
}

// True for a <meta> whose `attribute` (any of `attributes`) is `name` in
// any case: <meta property="og:title">, <meta http-equiv="content-language">.
bool IsMeta(const HtmlNode& node, std::initializer_list<const char*> attributes,
            std::string_view name) {
  if (!IsElement(node, "meta")) return false;
  for (const char* attribute : attributes) {
    const std::string* value = FindAttribute(node, attribute);
    if (value != nullptr && EqualsNoCase(CollapseWhitespace(*value), name)) {
      return true;
    }
  }
  return false;
}

bool IsOpenGraphTitle(const HtmlNode& node) {
  return IsMeta(node, {"property", "name"}, "og:title");
}

// The content attribute of a <meta>, white space collapsed; with
// `first_of_list`, only its first comma-separated entry (Content-Language
// may list several languages: "de, en" gives "de").
std::string MetaContent(const HtmlNode& node, bool first_of_list) {
  const std::string* content = FindAttribute(node, "content");
  if (content == nullptr) return {};
  std::string_view value = *content;
  if (first_of_list) value = value.substr(0, value.find(','));
  return CollapseWhitespace(value);
}

std::string RootLanguage(const HtmlNode& root) {
  for (const char* attribute : {"lang", "xml:lang"}) {
    if (const std::string* value = FindAttribute(root, attribute)) {
      std::string language = CollapseWhitespace(*value);
      if (!language.empty()) return language;
    }
  }
  return {};
}

}  // namespace

HtmlMetadata ReadHtmlMetadata(const HtmlDocument& document) {
  HtmlMetadata metadata;
  if (document.nodes.empty()) return metadata;
  metadata.language = RootLanguage(document.nodes[0]);
  // The first of each kind; <meta> languages count only without <html lang>.
  std::string content_language;
  std::string locale;
  std::string og_title;
  std::string title_element;
  std::string first_heading;
  for (std::size_t i = 0; i < document.nodes.size(); ++i) {
    const HtmlNode& node = document.nodes[i];
    if (IsMeta(node, {"http-equiv"}, "content-language")) {
      if (content_language.empty()) {
        content_language = MetaContent(node, /*first_of_list=*/true);
      }
    } else if (IsMeta(node, {"property", "name"}, "og:locale")) {
      if (locale.empty()) locale = MetaContent(node, /*first_of_list=*/false);
    } else if (IsOpenGraphTitle(node)) {
      if (og_title.empty()) {
        og_title = MetaContent(node, /*first_of_list=*/false);
      }
    } else if (title_element.empty() && IsElement(node, "title")) {
      title_element = CollapsedTextContent(document, i);
    } else if (first_heading.empty() && IsElement(node, "h1")) {
      first_heading = CollapsedTextContent(document, i);
    }
  }
  if (metadata.language.empty()) {
    metadata.language = !content_language.empty() ? std::move(content_language)
                                                  : std::move(locale);
  }
  metadata.title = !og_title.empty()        ? std::move(og_title)
                   : !title_element.empty() ? std::move(title_element)
                                            : std::move(first_heading);
  return metadata;
}

}  // namespace summarize::internal
