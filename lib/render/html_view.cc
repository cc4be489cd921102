// The HTML view of a summary: one self-contained page.
#include "summarize/html_view.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace summarize {
namespace {

// Appends `text` with the five characters HTML gives meaning to escaped, so
// that no input can open a tag, end an attribute or start an entity.
void AppendEscaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

std::string Escaped(std::string_view text) {
  std::string out;
  AppendEscaped(out, text);
  return out;
}

// A language code safe for an attribute: letters, digits and '-' only.
std::string SafeLanguage(std::string_view code) {
  std::string safe;
  for (const char c : code) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || c == '-') {
      safe += c;
    }
  }
  return safe;
}

// Score buckets of the sentences not chosen: 4 for the best-ranked quarter
// of the candidates down to 1 for the last quarter (by rank, so that the
// shading shows an order whatever the spread of the scores).
constexpr int kBuckets = 4;

int Bucket(std::size_t rank, std::size_t candidates) {
  if (rank == 0 || candidates == 0) return 1;
  const auto quarter = static_cast<int>((rank - 1) * kBuckets / candidates);
  return std::clamp(kBuckets - quarter, 1, kBuckets);
}

constexpr char kStyle[] = R"css(
:root { color-scheme: light; }
body { font: 17px/1.6 Georgia, "Noto Serif", serif; color: #1d1d1f;
  background: #fafaf7; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font: 600 1.8rem/1.25 system-ui, sans-serif; margin: 0 0 1.25rem; }
.summary { background: #fff; border: 1px solid #e3dfd3; border-left: 5px solid
  #e0a500; border-radius: 6px; padding: 0.75rem 1.25rem; margin: 0 0 1.5rem; }
.summary h2 { font: 600 0.95rem system-ui, sans-serif; text-transform:
  uppercase; letter-spacing: 0.06em; color: #6b5a1e; margin: 0.25rem 0; }
.summary ol { margin: 0.25rem 0 0.5rem; padding-left: 1.4rem; }
.summary li { margin: 0.35rem 0; }
.summary a { color: inherit; text-decoration: none; border-bottom: 1px dotted
  #b08a00; }
.legend { font: 0.8rem system-ui, sans-serif; color: #555; margin: 0 0 2rem;
  display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
.legend span { padding: 0.1rem 0.45rem; border-radius: 3px; }
article p { margin: 0 0 1rem; }
article h2 { font: 600 1.2rem/1.3 system-ui, sans-serif; margin: 1.75rem 0
  0.75rem; }
.s { border-radius: 3px; padding: 0.05rem 0; }
.s.b1 { color: #6d6d6d; }
.s.b2 { color: #3d3d3d; }
.s.b3 { background: #f3efe2; }
.s.b4 { background: #ebe3c8; }
.s.chosen { background: #ffe066; box-shadow: 0 0 0 2px #ffe066; color: #000; }
.s.furniture, .furniture { color: #9a9a9a; font-size: 0.85em; }
p.furniture { border-left: 2px solid #ddd; padding-left: 0.5rem; }
:target { outline: 2px solid #d08800; }
)css";

// Writes one unit as an element of the article.
void AppendUnit(std::string& out, const Sentence& unit, bool chosen,
                std::size_t candidates) {
  std::string classes = "s";
  if (unit.kind == SentenceKind::kBoilerplate) {
    classes += " furniture";
  } else if (unit.kind == SentenceKind::kFragment) {
    classes += " fragment";
  } else if (chosen) {
    classes += " chosen";
  } else {
    classes += " b" + std::to_string(Bucket(unit.rank, candidates));
  }
  char score[32];
  std::snprintf(score, sizeof score, "%.6g", unit.score);
  out += "<span id=\"s" + std::to_string(unit.index) + "\" class=\"" +
         classes + "\" data-index=\"" + std::to_string(unit.index) +
         "\" data-score=\"" + score + "\">";
  AppendEscaped(out, unit.text);
  out += "</span>";
}

// Writes what lies between two units of a paragraph (white space, list
// markers) with its white space collapsed; one space when there is only
// white space or the offsets do not fit `text`.
void AppendGap(std::string& out, std::string_view text, std::size_t begin,
               std::size_t end) {
  if (begin >= end || end > text.size()) {
    out += ' ';
    return;
  }
  std::string gap;
  bool space = true;  // collapse leading white space into the one below
  for (const char c : text.substr(begin, end - begin)) {
    const bool white = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (white && space) continue;
    gap += white ? ' ' : c;
    space = white;
  }
  out += ' ';
  if (!gap.empty() && gap.back() == ' ') gap.pop_back();
  if (!gap.empty()) {
    AppendEscaped(out, gap);
    out += ' ';
  }
}

}  // namespace

std::string RenderHtmlView(const Summary& summary, std::string_view input,
                           const HtmlViewOptions& options) {
  const Document& document = summary.ranking.document;
  const std::vector<Sentence>& units = summary.ranking.sentences;
  const std::string_view text =
      document.converted ? std::string_view(document.text) : input;
  std::vector<bool> chosen(units.size(), false);
  for (const Sentence& sentence : summary.sentences) {
    if (sentence.index < chosen.size()) chosen[sentence.index] = true;
  }
  const std::size_t candidates = summary.ranking.candidates;
  const std::string title = !document.title.empty() ? document.title
                            : !options.fallback_title.empty()
                                ? options.fallback_title
                                : "Summary";
  const std::string language = SafeLanguage(options.language);

  std::string out;
  out.reserve(1024 + 2 * units.size() * 64);
  out += "<!DOCTYPE html>\n<html";
  if (!language.empty()) out += " lang=\"" + language + "\"";
  out += " dir=\"auto\">\n<head>\n<meta charset=\"utf-8\">\n";
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
      "'none'; style-src 'unsafe-inline'; script-src 'none'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n<meta name=\"generator\" content=\"libsummarize\">\n";
  out += "<title>" + Escaped(title) + "</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<main>\n<h1 dir=\"auto\">" +
         Escaped(title) + "</h1>\n";

  out += "<section class=\"summary\" aria-label=\"Summary\">\n<h2>Summary</h2>\n";
  if (summary.sentences.empty()) {
    out += "<p>No sentence to show.</p>\n";
  } else {
    out += "<ol>\n";
    for (const Sentence& sentence : summary.sentences) {
      out += "<li dir=\"auto\"><a href=\"#s" + std::to_string(sentence.index) +
             "\">";
      AppendEscaped(out, sentence.text);
      out += "</a></li>\n";
    }
    out += "</ol>\n";
  }
  out += "</section>\n";

  out +=
      "<p class=\"legend\">In the text: <span class=\"s chosen\">chosen</span>"
      "<span class=\"s b4\">top quarter by score</span><span class=\"s b3\">"
      "second</span><span class=\"s b2\">third</span><span class=\"s b1\">"
      "last quarter</span><span class=\"s furniture\">page furniture</span>"
      "</p>\n";

  // Paragraphs: units of one paragraph number go together; a paragraph of
  // one fragment is a heading; a paragraph of furniture only is dimmed.
  out += "<article dir=\"auto\">\n";
  for (std::size_t i = 0; i < units.size();) {
    std::size_t end = i + 1;
    while (end < units.size() && units[end].paragraph == units[i].paragraph) {
      ++end;
    }
    const bool all_furniture = std::all_of(
        units.begin() + static_cast<std::ptrdiff_t>(i),
        units.begin() + static_cast<std::ptrdiff_t>(end),
        [](const Sentence& u) { return u.kind == SentenceKind::kBoilerplate; });
    const bool heading =
        end == i + 1 && units[i].kind == SentenceKind::kFragment;
    out += heading ? "<h2>" : all_furniture ? "<p class=\"furniture\">" : "<p>";
    for (std::size_t u = i; u < end; ++u) {
      if (u > i) AppendGap(out, text, units[u - 1].end, units[u].begin);
      AppendUnit(out, units[u], chosen[u], candidates);
    }
    out += heading ? "</h2>\n" : "</p>\n";
    i = end;
  }
  out += "</article>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace summarize
