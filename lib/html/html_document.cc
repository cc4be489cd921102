// HTML5 parsing with gumbo, copied into an owned pre-order tree.
#include "html/html_document.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "html/parser_guard.h"
#include "summarize/error.hpp"
#include "text/input.h"
#include "util/ascii.h"

namespace summarize::internal {
namespace {

// Frees a gumbo parse with the options it was made with.
class GumboOutputDeleter {
 public:
  explicit GumboOutputDeleter(const GumboOptions* options)
      : options_(options) {}
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(options_, output);
  }

 private:
  const GumboOptions* options_;
};

using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

// The element's tag name: the standard name for tags gumbo knows, else the
// name as written (custom elements, unknown tags), in lower case.
std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) {
    return gumbo_normalized_tagname(element.tag);
  }
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return AsciiLower(std::string_view(original.data, original.length));
}

HtmlNamespace Namespace(GumboNamespaceEnum name_space) {
  switch (name_space) {
    case GUMBO_NAMESPACE_SVG:
      return HtmlNamespace::kSvg;
    case GUMBO_NAMESPACE_MATHML:
      return HtmlNamespace::kMathMl;
    case GUMBO_NAMESPACE_HTML:
      break;
  }
  return HtmlNamespace::kHtml;
}

// Copies the tree under `root` in pre-order with an explicit stack, so that
// depth costs heap, not call stack.
HtmlDocument CopyTree(const GumboNode* root) {
  HtmlDocument document;
  struct Pending {
    const GumboNode* node;
    std::size_t parent;
  };
  std::vector<Pending> pending = {{root, kNoHtmlNode}};
  while (!pending.empty()) {
    const Pending next = pending.back();
    pending.pop_back();
    const GumboNode* node = next.node;
    HtmlNode copy;
    copy.parent = next.parent;
    copy.depth =
        next.parent == kNoHtmlNode ? 0 : document.nodes[next.parent].depth + 1;
    switch (node->type) {
      case GUMBO_NODE_ELEMENT: {
        const GumboElement& element = node->v.element;
        copy.type = HtmlNodeType::kElement;
        copy.name_space = Namespace(element.tag_namespace);
        copy.name = TagName(element);
        copy.attributes.reserve(element.attributes.length);
        for (unsigned k = 0; k < element.attributes.length; ++k) {
          const auto* attribute =
              static_cast<const GumboAttribute*>(element.attributes.data[k]);
          copy.attributes.push_back({attribute->name, attribute->value});
        }
        const std::size_t index = document.nodes.size();
        // Children in reverse, so that they pop in document order.
        for (unsigned k = element.children.length; k > 0; --k) {
          pending.push_back(
              {static_cast<const GumboNode*>(element.children.data[k - 1]),
               index});
        }
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        copy.type = HtmlNodeType::kText;
        copy.text = node->v.text.text;
        break;
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_COMMENT:
      case GUMBO_NODE_TEMPLATE:  // inert content, never rendered
        continue;
    }
    document.nodes.push_back(std::move(copy));
  }
  // Pre-order: a node's subtree ends where its last descendant's does.
  for (std::size_t i = document.nodes.size(); i > 0; --i) {
    HtmlNode& node = document.nodes[i - 1];
    node.subtree_end = std::max(node.subtree_end, i);
    if (node.parent != kNoHtmlNode) {
      HtmlNode& parent = document.nodes[node.parent];
      parent.subtree_end = std::max(parent.subtree_end, node.subtree_end);
    }
  }
  return document;
}

}  // namespace

void ValidateHtmlLimits(const HtmlLimits& limits) {
  if (limits.max_nesting_depth < 1 ||
      limits.max_nesting_depth > kMaxHtmlNestingDepth) {
    throw Error(ErrorCode::kInvalidOptions,
                "max_nesting_depth must be in 1.." +
                    std::to_string(kMaxHtmlNestingDepth) + ", not " +
                    std::to_string(limits.max_nesting_depth));
  }
}

HtmlDocument ParseHtml(std::string_view html, const HtmlLimits& limits) {
  ValidateHtmlLimits(limits);
  if (html.size() > limits.max_input_bytes) {
    throw Error(ErrorCode::kInputTooLarge,
                "HTML input of " + std::to_string(html.size()) +
                    " bytes is larger than the limit of " +
                    std::to_string(limits.max_input_bytes) + " bytes");
  }
  html.remove_prefix(ByteOrderMarkLength(html));
  const std::optional<std::string> limited =
      GuardParserInput(html, limits.max_nesting_depth);
  const std::string_view input = limited ? std::string_view(*limited) : html;

  GumboOptions options = kGumboDefaultOptions;
  // Parse errors are not used; gumbo copies the stack of open elements into
  // every error it records, which costs memory quadratic in the depth.
  options.max_errors = 0;
  options.stop_on_first_error = false;
  const GumboOutputPtr output(
      gumbo_parse_with_options(&options, input.data(), input.size()),
      GumboOutputDeleter(&options));
  if (output == nullptr || output->root == nullptr) {
    throw Error(ErrorCode::kInternal, "the HTML parser failed");
  }
  return CopyTree(output->root);
}

std::string CollapseWhitespace(std::string_view text) {
  std::string collapsed;
  collapsed.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool no_break_space =
        c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (IsHtmlSpace(c) || no_break_space) {
      if (no_break_space) ++i;
      pending_space = !collapsed.empty();
      continue;
    }
    if (pending_space) collapsed += ' ';
    pending_space = false;
    collapsed += c;
  }
  return collapsed;
}

std::string CollapsedTextContent(const HtmlDocument& document,
                                 std::size_t index) {
  std::string text;
  for (std::size_t i = index; i < document.nodes[index].subtree_end; ++i) {
    if (document.nodes[i].type == HtmlNodeType::kText) {
      text += document.nodes[i].text;
    }
  }
  return CollapseWhitespace(text);
}

const std::string* FindAttribute(const HtmlNode& node, std::string_view name) {
  for (const HtmlAttribute& attribute : node.attributes) {
    if (attribute.name == name) return &attribute.value;
  }
  return nullptr;
}

}  // namespace summarize::internal
