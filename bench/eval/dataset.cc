// Reading evaluation sets from JSON Lines.
#include "eval/dataset.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "eval/eval_error.h"
#include "json_error_reason.h"

namespace summarize::eval {
namespace {

using summarize::cli::ParseErrorReason;

using Json = nlohmann::json;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos;
}

[[noreturn]] void Fail(std::string_view where, std::string_view what) {
  throw EvalError(kExitFailure, std::string(where) + ": " + std::string(what));
}

}  // namespace

Document ParseDocument(std::string_view line, std::string_view where) {
  Json object;
  try {
    object = Json::parse(line);
  } catch (const Json::parse_error& error) {
    Fail(where, "invalid JSON at byte " + std::to_string(error.byte) + ": " +
                    ParseErrorReason(error.what()));
  }
  if (!object.is_object()) Fail(where, "not a JSON object");

  Document document;
  const auto text = object.find("text");
  if (text == object.end() || !text->is_string()) {
    Fail(where, "\"text\" is missing or not a string");
  }
  document.text = text->get<std::string>();

  if (const auto id = object.find("id"); id != object.end()) {
    document.id = id->is_string() ? id->get<std::string>()
                                  : id->dump(-1, ' ', false,
                                             Json::error_handler_t::replace);
  }
  if (const auto lang = object.find("lang");
      lang != object.end() && lang->is_string()) {
    document.language = lang->get<std::string>();
  }
  if (const auto title = object.find("title");
      title != object.end() && title->is_string()) {
    document.title = title->get<std::string>();
  }

  if (const auto references = object.find("references");
      references != object.end()) {
    if (!references->is_array() || references->empty()) {
      Fail(where, "\"references\" is not a non-empty array of strings");
    }
    for (const Json& reference : *references) {
      if (!reference.is_string()) {
        Fail(where, "\"references\" is not a non-empty array of strings");
      }
      document.references.push_back(reference.get<std::string>());
    }
    document.multi_reference = true;
  } else {
    const auto summary = object.find("summary");
    if (summary == object.end() || !summary->is_string()) {
      Fail(where,
           "\"summary\" is missing or not a string (and no \"references\")");
    }
    document.references.push_back(summary->get<std::string>());
  }
  return document;
}

std::vector<Document> ReadDataset(std::istream& in, std::string_view name,
                                  std::size_t limit) {
  std::vector<Document> documents;
  std::string line;
  std::size_t line_number = 0;
  while ((limit == 0 || documents.size() < limit) && std::getline(in, line)) {
    ++line_number;
    if (IsBlank(line)) continue;
    const std::string where =
        std::string(name) + ":" + std::to_string(line_number);
    documents.push_back(ParseDocument(line, where));
    if (documents.back().id.empty()) {
      documents.back().id = "line " + std::to_string(line_number);
    }
  }
  if (in.bad()) {
    throw EvalError(kExitFailure, std::string(name) + ": read error");
  }
  return documents;
}

std::vector<Document> LoadDataset(const std::filesystem::path& path,
                                  std::size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw EvalError(kExitFailure, path.string() + ": cannot open");
  }
  std::vector<Document> documents = ReadDataset(in, path.string(), limit);
  if (documents.empty()) {
    throw EvalError(kExitFailure, path.string() + ": no documents");
  }
  return documents;
}

}  // namespace summarize::eval
