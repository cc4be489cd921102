// Title and language of a parsed page.
#include "html/html_metadata.h"

#include <string_view>

namespace summarize::internal {
namespace {

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    char c = a[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[k]) return false;
  }
  return true;
}

// True for <meta property="og:title"> and <meta name="og:title">.
bool IsOpenGraphTitle(const HtmlNode& node) {
  if (!IsElement(node, "meta")) return false;
  for (const char* attribute : {"property", "name"}) {
    const std::string* value = FindAttribute(node, attribute);
    if (value != nullptr &&
        EqualsNoCase(CollapseWhitespace(*value), "og:title")) {
      return true;
    }
  }
  return false;
}

std::string Language(const HtmlNode& root) {
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
  metadata.language = Language(document.nodes[0]);
  std::string title_element;
  std::string first_heading;
  for (std::size_t i = 0; i < document.nodes.size(); ++i) {
    const HtmlNode& node = document.nodes[i];
    if (IsOpenGraphTitle(node)) {
      if (const std::string* content = FindAttribute(node, "content")) {
        std::string title = CollapseWhitespace(*content);
        if (!title.empty()) {
          metadata.title = std::move(title);
          return metadata;
        }
      }
    } else if (title_element.empty() && IsElement(node, "title")) {
      title_element = CollapsedTextContent(document, i);
    } else if (first_heading.empty() && IsElement(node, "h1")) {
      first_heading = CollapsedTextContent(document, i);
    }
  }
  metadata.title = !title_element.empty() ? std::move(title_element)
                                          : std::move(first_heading);
  return metadata;
}

}  // namespace summarize::internal
