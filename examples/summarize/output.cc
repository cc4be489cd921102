#include "output.h"

#include <algorithm>
#include <cstddef>
#include <summarize/html_view.hpp>

#include "collapse_whitespace.h"

namespace summarize::cli {
namespace {

Json SentenceJson(const Sentence& sentence) {
  return Json{{"index", sentence.index},
              {"begin", sentence.begin},
              {"end", sentence.end},
              {"score", sentence.score}};
}

const char* UnitName(Length::Unit unit) {
  switch (unit) {
    case Length::Unit::kSentences:
      return "sentences";
    case Length::Unit::kRatio:
      return "ratio";
    case Length::Unit::kWords:
      return "words";
  }
  return "sentences";
}

}  // namespace

std::string SummaryLines(const Summary& summary) {
  std::string lines;
  for (const Sentence& sentence : summary.sentences) {
    if (!lines.empty()) lines.push_back('\n');
    lines += CollapseWhitespace(sentence.text);
  }
  return lines;
}

std::string RenderText(const Summary& summary) {
  std::string text;
  for (const Sentence& sentence : summary.sentences) {
    text += CollapseWhitespace(sentence.text);
    text.push_back('\n');
  }
  if (!summary.keywords.empty()) {
    text += "Keywords: ";
    for (std::size_t i = 0; i < summary.keywords.size(); ++i) {
      if (i > 0) text += ", ";
      text += summary.keywords[i].text;
    }
    text.push_back('\n');
  }
  return text;
}

Json KeywordsJson(const Summary& summary) {
  Json keywords = Json::array();
  for (const Keyword& keyword : summary.keywords) {
    keywords.push_back(Json{{"text", keyword.text}, {"score", keyword.score}});
  }
  return keywords;
}

Json ChosenSentencesJson(const Summary& summary) {
  Json sentences = Json::array();
  for (const Sentence& sentence : summary.sentences) {
    Json object = SentenceJson(sentence);
    object["text"] = sentence.text;
    sentences.push_back(std::move(object));
  }
  return sentences;
}

Json RankingJson(const Ranking& ranking) {
  Json units = Json::array();
  for (const Sentence& sentence : ranking.sentences) {
    Json object = SentenceJson(sentence);
    object["rank"] = sentence.rank;
    object["kind"] = SentenceKindName(sentence.kind);
    object["text"] = sentence.text;
    units.push_back(std::move(object));
  }
  return units;
}

Json OptionsJson(const Options& options,
                 std::optional<double> timeout_seconds) {
  Json length = {{"unit", UnitName(options.length.unit)}};
  if (options.length.unit == Length::Unit::kRatio) {
    length["value"] = options.length.value;
  } else {
    length["value"] = static_cast<std::size_t>(options.length.value);
  }
  Json json = {{"algorithm", std::string(AlgorithmName(options.algorithm))},
               {"language", options.language},
               {"length", std::move(length)},
               {"redundancy", options.redundancy_threshold},
               {"min_words", options.min_sentence_words},
               {"max_bytes", options.max_sentence_bytes},
               {"stem", options.stem},
               {"max_input_bytes", options.max_input_bytes}};
  json["timeout"] = timeout_seconds ? Json(*timeout_seconds) : Json(nullptr);
  return json;
}

void AddDocumentJson(Json& object, const Summary& summary,
                     std::string_view input, bool include_text) {
  const Document& document = summary.ranking.document;
  if (!document.title.empty()) object["title"] = document.title;
  object["input"] = {{"format", document.html ? "html" : "text"},
                     {"encoding", document.encoding},
                     {"converted", document.converted},
                     {"language", document.language},
                     {"language_confidence", document.language_confidence}};
  if (include_text) {
    object["text"] = document.converted ? std::string_view(document.text)
                                        : input;
  }
}

std::string RenderJson(const Summary& summary, std::string_view input,
                       const Options& options, const JsonExtras& extras) {
  Json document = {{"sentences", ChosenSentencesJson(summary)},
                   {"summary", SummaryLines(summary)}};
  AddDocumentJson(document, summary, input, extras.include_text);
  document["options"] = OptionsJson(options, extras.timeout_seconds);
  if (extras.all_scores) document["ranking"] = RankingJson(summary.ranking);
  if (options.keywords > 0) document["keywords"] = KeywordsJson(summary);
  return DumpJson(document) + "\n";
}

std::string RenderView(const Summary& summary, std::string_view input,
                       const Options& options, const std::string& name) {
  HtmlViewOptions view;
  view.fallback_title = name == "<stdin>" ? "Summary" : name;
  view.language = options.language;
  return RenderHtmlView(summary, input, view);
}

std::string DumpJson(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string RenderAlgorithmList() {
  std::size_t width = 0;
  for (const AlgorithmInfo& info : Algorithms()) {
    width = std::max(width, info.name.size());
  }
  std::string list;
  for (const AlgorithmInfo& info : Algorithms()) {
    list += info.name;
    list.append(width - info.name.size() + 2, ' ');
    list += info.description;
    list.push_back('\n');
  }
  return list;
}

}  // namespace summarize::cli
