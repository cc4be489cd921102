// Main-content extraction: text blocks, container scores, sibling
// inclusion and filtering of what is left of the furniture.
#include "html/content_extractor.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "html/furniture_hints.h"
#include "html/html_metadata.h"

namespace summarize::internal {
namespace {

// Blocks shorter than this many characters (code points, white space not
// counted) do not score: bylines, captions, buttons and menu entries are
// shorter, article paragraphs longer.
constexpr std::size_t kMinScoredChars = 25;
// A block earns a point per this many characters, up to kMaxLengthPoints:
// long paragraphs weigh more, but one huge block does not outweigh a page.
constexpr double kCharsPerLengthPoint = 100.0;
constexpr double kMaxLengthPoints = 3.0;
// Factor per enclosing element whose class or id names furniture: strong
// enough that a comment thread loses to a shorter article, weak enough that
// a page wrapper with a misleading class ("has-sidebar") still ranks its
// content normally relative to each other.
constexpr double kNegativeHintDamping = 0.2;
// Share of a block's score that goes to its container's parent and
// grandparent: an article split into sections still rises as one.
constexpr double kParentShare = 0.5;
constexpr double kGrandparentShare = 0.25;
// Boosts of a container marked as the article by its tag or its name.
constexpr double kArticleElementBoost = 1.5;
constexpr double kPositiveHintBoost = 1.25;
// A sibling of the best container is included when it scores at least this
// share of the best score ...
constexpr double kSiblingScoreShare = 0.2;
// ... or is a paragraph of at least this many characters with at most this
// share of link text.
constexpr std::size_t kSiblingParagraphChars = 80;
constexpr double kSiblingMaxLinkDensity = 0.25;
// An element or block with at least this share of link text is a link list
// or a teaser ("Read more"), not article text.
constexpr double kMaxLinkDensity = 0.5;
// An element whose class or id names furniture is kept when it holds more
// than this share of the chosen content's text: it is a wrapper.
constexpr double kWrapperTextShare = 0.5;
// A <form> holding less than this share of the body's text is furniture
// (search box, newsletter sign-up); one holding more wraps the page
// (ASP.NET WebForms sites put everything in one form).
constexpr double kPageFormTextShare = 0.5;
// A sibling with this many characters that is left out separates the
// headings before it from the included content after it.
constexpr std::size_t kHeadingBridgeChars = 80;

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& set,
              std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// Elements that start and end a line of text (CSS display: block and
// friends in a browser's default style sheet).
constexpr std::array<std::string_view, 44> kBlockElements = {
    "address", "article", "aside",    "blockquote", "body",   "caption",
    "center",  "dd",      "details",  "dialog",     "dir",    "div",
    "dl",      "dt",      "fieldset", "figcaption", "figure", "footer",
    "form",    "h1",      "h2",       "h3",         "h4",     "h5",
    "h6",      "header",  "hgroup",   "hr",         "html",   "legend",
    "li",      "main",    "menu",     "nav",        "ol",     "p",
    "pre",     "section", "summary",  "table",      "tbody",  "td",
    "th",      "ul"};

// Block elements that hold one paragraph: their container is their parent.
// (Table cells are containers: layout tables hold whole articles in one.)
constexpr std::array<std::string_view, 17> kParagraphElements = {
    "p",          "pre",     "li",      "blockquote", "dd",    "dt",
    "h1",         "h2",      "h3",      "h4",         "h5",    "h6",
    "figcaption", "caption", "summary", "address",    "legend"};

bool IsHeading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

bool IsBlock(const HtmlNode& node) {
  return node.type == HtmlNodeType::kElement &&
         node.name_space == HtmlNamespace::kHtml &&
         (Contains(kBlockElements, node.name) || node.name == "tr");
}

bool IsParagraph(const HtmlNode& node) {
  return node.type == HtmlNodeType::kElement &&
         node.name_space == HtmlNamespace::kHtml &&
         Contains(kParagraphElements, node.name);
}

// What the passes over the tree know about each node.
struct NodeInfo {
  bool removed = false;         // furniture, or inside furniture
  bool inside_article = false;  // an ancestor is an article element
  bool article = false;         // IsArticleElement
  bool in_link = false;         // inside <a>
  bool in_heading = false;      // inside h1-h6
  bool negative = false;        // ClassHint::kNegative
  bool positive = false;        // ClassHint::kPositive
  double damping = 1.0;         // kNegativeHintDamping per negative element
  // Characters of non-removed text in the subtree: all, in links, in
  // headings.
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  std::size_t heading_chars = 0;
};

double LinkDensity(std::size_t link_chars, std::size_t chars) {
  return chars == 0 ? 0.0 : static_cast<double>(link_chars) / chars;
}

// Byte length of the UTF-8 sequence whose lead byte is `lead` (1 for
// anything unexpected, so that scanning always moves on).
std::size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

bool IsCollapsibleSpace(std::string_view character) {
  return character == " " || character == "\t" || character == "\n" ||
         character == "\f" || character == "\r" || character == "\xC2\xA0";
}

// Commas of Latin, CJK (full-width and ideographic) and Arabic text.
bool IsComma(std::string_view character) {
  return character == "," || character == "\xEF\xBC\x8C" ||
         character == "\xE3\x80\x81" || character == "\xD8\x8C";
}

// Calls f(character) for each UTF-8 character of `text`.
template <typename F>
void ForEachCharacter(std::string_view text, F f) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = std::min(
        SequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
    f(text.substr(i, length));
    i += length;
  }
}

std::size_t VisibleChars(std::string_view text) {
  std::size_t count = 0;
  ForEachCharacter(text, [&](std::string_view c) {
    if (!IsCollapsibleSpace(c)) ++count;
  });
  return count;
}

struct Block {
  std::string text;
  std::size_t owner = 0;  // innermost block element around the text
  ArticleBlockKind kind = ArticleBlockKind::kParagraph;
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  std::size_t commas = 0;
};

// Turns subtrees into blocks of collapsed text, cut at block elements and
// at <br><br>. Iterative: the nodes' pre-order and subtree_end give the
// enter and exit events without recursion.
class BlockBuilder {
 public:
  BlockBuilder(const HtmlDocument& document, const std::vector<NodeInfo>& info)
      : nodes_(document.nodes), info_(info) {}

  // Adds the blocks of the subtree of `root`, leaving out the subtrees of
  // nodes with skip[node] set (a skipped block element still ends a block).
  void AddSubtree(std::size_t root, const std::vector<bool>& skip) {
    root_ = root;
    std::vector<std::size_t> open;
    const std::size_t end = nodes_[root].subtree_end;
    for (std::size_t i = root; i < end;) {
      while (!open.empty() && nodes_[open.back()].subtree_end <= i) {
        Exit(open.back());
        open.pop_back();
      }
      const HtmlNode& node = nodes_[i];
      if (skip[i]) {
        if (IsBlock(node)) {
          Flush();
        } else {
          pending_space_ = true;
        }
        i = node.subtree_end;
        continue;
      }
      if (node.type == HtmlNodeType::kText) {
        AddText(i);
      } else {
        Enter(i);
        open.push_back(i);
      }
      ++i;
    }
    while (!open.empty()) {
      Exit(open.back());
      open.pop_back();
    }
    Flush();
  }

  std::vector<Block> TakeBlocks() { return std::move(blocks_); }

 private:
  void Enter(std::size_t element) {
    const HtmlNode& node = nodes_[element];
    if (IsElement(node, "br")) {
      LineBreak();
      return;
    }
    if (!IsBlock(node)) return;
    Flush();
    block_elements_.push_back(element);
    if (IsElement(node, "pre")) ++open_pre_;
    if (IsElement(node, "li")) ++open_list_items_;
  }

  void Exit(std::size_t element) {
    const HtmlNode& node = nodes_[element];
    if (!IsBlock(node)) return;
    Flush();
    block_elements_.pop_back();
    if (IsElement(node, "pre")) --open_pre_;
    if (IsElement(node, "li")) --open_list_items_;
  }

  void LineBreak() {
    if (block_.text.empty()) return;
    if (breaks_ > 0) {
      Flush();  // <br><br>: a new paragraph
      return;
    }
    pending_newline_ = true;
    ++breaks_;
  }

  void AddText(std::size_t text_node) {
    const NodeInfo& info = info_[text_node];
    ForEachCharacter(nodes_[text_node].text, [&](std::string_view c) {
      if (IsCollapsibleSpace(c)) {
        if (open_pre_ > 0 && c == "\n") {
          pending_newline_ = !block_.text.empty();
        } else {
          pending_space_ = true;
        }
        return;
      }
      if (block_.text.empty()) {
        Start(text_node);
      } else if (pending_newline_) {
        block_.text += '\n';
      } else if (pending_space_) {
        block_.text += ' ';
      }
      pending_newline_ = false;
      pending_space_ = false;
      breaks_ = 0;
      block_.text += c;
      ++block_.chars;
      if (info.in_link) ++block_.link_chars;
      if (IsComma(c)) ++block_.commas;
    });
  }

  // Starts a block with the first visible character of `text_node`.
  void Start(std::size_t text_node) {
    block_.owner = block_elements_.empty() ? root_ : block_elements_.back();
    if (info_[text_node].in_heading) {
      block_.kind = ArticleBlockKind::kHeading;
    } else if (open_list_items_ > 0) {
      block_.kind = ArticleBlockKind::kListItem;
    } else {
      block_.kind = ArticleBlockKind::kParagraph;
    }
  }

  void Flush() {
    if (!block_.text.empty()) blocks_.push_back(std::move(block_));
    block_ = Block();
    pending_space_ = false;
    pending_newline_ = false;
    breaks_ = 0;
  }

  const std::vector<HtmlNode>& nodes_;
  const std::vector<NodeInfo>& info_;
  std::size_t root_ = 0;
  std::vector<std::size_t> block_elements_;  // open block elements
  std::size_t open_pre_ = 0;
  std::size_t open_list_items_ = 0;
  Block block_;
  bool pending_space_ = false;
  bool pending_newline_ = false;
  std::size_t breaks_ = 0;  // <br>s since the last visible character
  std::vector<Block> blocks_;
};

class Extractor {
 public:
  explicit Extractor(const HtmlDocument& document)
      : document_(document),
        nodes_(document.nodes),
        info_(document.nodes.size()),
        body_(FindBody()) {}

  ExtractedArticle Run() {
    ExtractedArticle article;
    if (nodes_.empty()) return article;
    Classify();
    CountText();
    RemoveSmallForms();

    BlockBuilder all(document_, info_);
    all.AddSubtree(body_, Removed());
    const std::vector<double> scores = ScoreContainers(all.TakeBlocks());
    std::vector<std::size_t> roots;
    if (const std::size_t best = Best(scores); best != kNoHtmlNode) {
      roots = WithSiblings(best, scores);
      article.found_main_content = true;
    }
    std::vector<Block> blocks;
    if (!roots.empty()) blocks = Emit(roots, true);
    if (blocks.empty()) {
      article.found_main_content = false;
      blocks = Emit({body_}, true);
    }
    if (blocks.empty()) blocks = Emit({body_}, false);
    for (Block& block : blocks) {
      if (!article.text.empty()) article.text += "\n\n";
      const std::size_t begin = article.text.size();
      article.text += block.text;
      article.blocks.push_back({begin, article.text.size(), block.kind});
    }
    return article;
  }

 private:
  std::size_t FindBody() const {
    if (nodes_.empty()) return kNoHtmlNode;
    for (std::size_t i = 1; i < nodes_[0].subtree_end;
         i = nodes_[i].subtree_end) {
      if (IsElement(nodes_[i], "body")) return i;
    }
    return 0;  // a frameset page: <html> stands in
  }

  // Top-down: furniture, article marks, links, headings, class hints.
  void Classify() {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const HtmlNode& node = nodes_[i];
      NodeInfo& info = info_[i];
      if (node.parent != kNoHtmlNode) {
        const NodeInfo& parent = info_[node.parent];
        info.removed = parent.removed && i != body_;
        info.inside_article = parent.inside_article || parent.article;
        info.in_link = parent.in_link;
        info.in_heading = parent.in_heading;
        info.damping = parent.damping;
      }
      // Everything outside <body> (the head) is metadata, not text.
      if (i < body_ || i >= nodes_[body_].subtree_end) info.removed = true;
      if (node.type != HtmlNodeType::kElement) continue;
      info.article = IsArticleElement(node);
      info.removed = info.removed || IsFurniture(node, info.inside_article);
      info.in_link = info.in_link || IsElement(node, "a");
      info.in_heading =
          info.in_heading ||
          (node.name_space == HtmlNamespace::kHtml && IsHeading(node.name));
      const ClassHint hint = ClassifyClassAndId(node);
      info.negative = hint == ClassHint::kNegative;
      info.positive = hint == ClassHint::kPositive;
      if (info.negative) info.damping *= kNegativeHintDamping;
    }
  }

  // Bottom-up: characters of non-removed text per subtree.
  void CountText() {
    for (NodeInfo& info : info_) {
      info.chars = info.link_chars = info.heading_chars = 0;
    }
    for (std::size_t i = nodes_.size(); i > 0; --i) {
      const HtmlNode& node = nodes_[i - 1];
      NodeInfo& info = info_[i - 1];
      if (info.removed) continue;
      if (node.type == HtmlNodeType::kText) {
        info.chars = VisibleChars(node.text);
        if (info.in_link) info.link_chars = info.chars;
        if (info.in_heading) info.heading_chars = info.chars;
      }
      if (node.parent != kNoHtmlNode) {
        NodeInfo& parent = info_[node.parent];
        parent.chars += info.chars;
        parent.link_chars += info.link_chars;
        parent.heading_chars += info.heading_chars;
      }
    }
  }

  void RemoveSmallForms() {
    const auto page_chars = static_cast<double>(info_[body_].chars);
    bool removed_any = false;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (!info_[i].removed && IsElement(nodes_[i], "form") &&
          info_[i].chars < kPageFormTextShare * page_chars) {
        for (std::size_t k = i; k < nodes_[i].subtree_end; ++k) {
          info_[k].removed = true;
        }
        removed_any = true;
      }
    }
    if (removed_any) CountText();
  }

  std::vector<bool> Removed() const {
    std::vector<bool> removed(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      removed[i] = info_[i].removed;
    }
    return removed;
  }

  // Each block's points go to its container and, in part, the two elements
  // above it; a container's total is weighted by its own link share and
  // article marks.
  std::vector<double> ScoreContainers(const std::vector<Block>& blocks) const {
    std::vector<double> raw(nodes_.size(), 0.0);
    for (const Block& block : blocks) {
      if (block.kind == ArticleBlockKind::kHeading ||
          block.chars < kMinScoredChars) {
        continue;
      }
      const double length_points =
          std::min(static_cast<double>(block.chars) / kCharsPerLengthPoint,
                   kMaxLengthPoints);
      const double points =
          (1.0 + static_cast<double>(block.commas) + length_points) *
          (1.0 - LinkDensity(block.link_chars, block.chars)) *
          info_[block.owner].damping;
      std::size_t container = block.owner;
      if (IsParagraph(nodes_[container]) && container != body_) {
        container = nodes_[container].parent;
      }
      const std::array<double, 3> shares = {1.0, kParentShare,
                                            kGrandparentShare};
      for (const double share : shares) {
        if (container == kNoHtmlNode || container < body_) break;
        raw[container] += points * share;
        if (container == body_) break;
        container = nodes_[container].parent;
      }
    }
    std::vector<double> scores(nodes_.size(), 0.0);
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (raw[i] <= 0.0) continue;
      const NodeInfo& info = info_[i];
      double boost = 1.0;
      if (info.article) {
        boost = kArticleElementBoost;
      } else if (info.positive) {
        boost = kPositiveHintBoost;
      }
      scores[i] =
          raw[i] * (1.0 - LinkDensity(info.link_chars, info.chars)) * boost;
    }
    return scores;
  }

  // The best-scoring container (the earliest on ties), or kNoHtmlNode.
  static std::size_t Best(const std::vector<double>& scores) {
    std::size_t best = kNoHtmlNode;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      if (scores[i] > 0.0 &&
          (best == kNoHtmlNode || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best;
  }

  // True when `element` holds a heading and little else: at most
  // kHeadingBridgeChars characters of other text, not counting the text of
  // furniture-named descendants (a byline beside the headline).
  bool IsHeadingLike(std::size_t element) const {
    const NodeInfo& info = info_[element];
    if (info.removed || info.negative || info.heading_chars == 0) return false;
    std::size_t furniture_chars = 0;
    for (std::size_t i = element + 1; i < nodes_[element].subtree_end;) {
      if (info_[i].negative) {
        furniture_chars += info_[i].chars;
        i = nodes_[i].subtree_end;
      } else {
        ++i;
      }
    }
    const std::size_t other = info.chars - info.heading_chars;
    return other - std::min(other, furniture_chars) < kHeadingBridgeChars;
  }

  // The h1-h6 elements in the subtree of `element`, outermost only.
  void AppendHeadings(std::size_t element,
                      std::vector<std::size_t>& headings) const {
    for (std::size_t i = element; i < nodes_[element].subtree_end;) {
      const HtmlNode& node = nodes_[i];
      if (info_[i].removed || info_[i].negative) {
        i = node.subtree_end;
      } else if (node.type == HtmlNodeType::kElement &&
                 node.name_space == HtmlNamespace::kHtml &&
                 IsHeading(node.name)) {
        headings.push_back(i);
        i = node.subtree_end;
      } else {
        ++i;
      }
    }
  }

  // `best` and the related content around it, as subtrees in document
  // order. Among the siblings of `best`, those that score at least
  // kSiblingScoreShare of its score or are long plain paragraphs are taken,
  // and of heading-like siblings right before taken content, their
  // headings. When no sibling with text was left out (the article is split
  // into several containers), the parent's siblings are looked at in the
  // same way (long paragraphs and headings only), and so on up to the body:
  // a headline often sits a few levels above the text.
  std::vector<std::size_t> WithSiblings(
      std::size_t best, const std::vector<double>& scores) const {
    const double threshold = kSiblingScoreShare * scores[best];
    std::vector<std::size_t> roots = {best};
    for (std::size_t current = best;
         current != body_ && nodes_[current].parent != kNoHtmlNode;
         current = nodes_[current].parent) {
      const std::size_t parent = nodes_[current].parent;
      std::vector<std::size_t> siblings;
      for (std::size_t i = parent + 1; i < nodes_[parent].subtree_end;
           i = nodes_[i].subtree_end) {
        if (nodes_[i].type == HtmlNodeType::kElement) siblings.push_back(i);
      }
      std::vector<bool> included(siblings.size());
      bool complete = true;  // no sibling with text was left out
      for (std::size_t k = 0; k < siblings.size(); ++k) {
        const std::size_t sibling = siblings[k];
        const NodeInfo& info = info_[sibling];
        if (sibling == current) {
          included[k] = true;
          continue;
        }
        if (info.removed) continue;
        const double link_density = LinkDensity(info.link_chars, info.chars);
        // Scores only compare among the best container's own siblings:
        // higher up, a sibling's score is a share of its descendants'.
        const bool scores_enough =
            current == best && scores[sibling] >= threshold;
        included[k] =
            !info.negative &&
            (scores_enough || (IsElement(nodes_[sibling], "p") &&
                               info.chars >= kSiblingParagraphChars &&
                               link_density < kSiblingMaxLinkDensity));
        if (!included[k] && !IsHeadingLike(sibling) &&
            info.chars >= kMinScoredChars && link_density < kMaxLinkDensity) {
          complete = false;
        }
      }
      // Of heading-like siblings right before included content (over short
      // left-out siblings such as a byline), the headings belong to it.
      std::vector<bool> headings_only(siblings.size());
      bool bridge = false;
      for (std::size_t k = siblings.size(); k > 0; --k) {
        const std::size_t sibling = siblings[k - 1];
        if (included[k - 1]) {
          bridge = true;
        } else if (bridge && IsHeadingLike(sibling)) {
          headings_only[k - 1] = true;
        } else if (info_[sibling].chars >= kHeadingBridgeChars) {
          bridge = false;
        }
      }
      for (std::size_t k = 0; k < siblings.size(); ++k) {
        if (siblings[k] == current) continue;
        if (included[k]) roots.push_back(siblings[k]);
        if (headings_only[k]) AppendHeadings(siblings[k], roots);
      }
      if (!complete) break;
    }
    std::sort(roots.begin(), roots.end());  // pre-order: document order
    return roots;
  }

  // The blocks of `roots`, without removed nodes and, when `filter`, without
  // furniture-named elements, link lists and link-dominated blocks.
  std::vector<Block> Emit(const std::vector<std::size_t>& roots,
                          bool filter) const {
    std::vector<bool> skip = Removed();
    if (filter) {
      for (const std::size_t root : roots) {
        const auto root_chars = static_cast<double>(info_[root].chars);
        for (std::size_t i = root + 1; i < nodes_[root].subtree_end; ++i) {
          const NodeInfo& info = info_[i];
          if (nodes_[i].type != HtmlNodeType::kElement || info.removed) {
            continue;
          }
          // Furniture-named elements (not wrappers) and link lists go.
          skip[i] =
              (info.negative && info.chars < kWrapperTextShare * root_chars) ||
              (IsBlock(nodes_[i]) && info.chars > 0 &&
               LinkDensity(info.link_chars, info.chars) >= kMaxLinkDensity);
        }
      }
    }
    BlockBuilder builder(document_, info_);
    for (const std::size_t root : roots) builder.AddSubtree(root, skip);
    std::vector<Block> blocks = builder.TakeBlocks();
    if (filter) {
      std::erase_if(blocks, [](const Block& block) {
        return LinkDensity(block.link_chars, block.chars) >= kMaxLinkDensity;
      });
    }
    return blocks;
  }

  const HtmlDocument& document_;
  const std::vector<HtmlNode>& nodes_;
  std::vector<NodeInfo> info_;
  std::size_t body_;
};

}  // namespace

ExtractedArticle ExtractArticle(const HtmlDocument& document) {
  ExtractedArticle article = Extractor(document).Run();
  HtmlMetadata metadata = ReadHtmlMetadata(document);
  article.title = std::move(metadata.title);
  article.language = std::move(metadata.language);
  return article;
}

ExtractedArticle ExtractArticle(std::string_view html,
                                const HtmlLimits& limits) {
  return ExtractArticle(ParseHtml(html, limits));
}

}  // namespace summarize::internal
