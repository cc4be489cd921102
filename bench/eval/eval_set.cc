// Reading sets.json into EvalSet values.
#include "eval/eval_set.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "eval/eval_error.h"

namespace summarize::eval {
namespace {

using Json = nlohmann::json;

[[noreturn]] void Fail(std::string_view where, std::string_view what) {
  throw EvalError(kExitFailure, std::string(where) + ": " + std::string(what));
}

std::string RequiredString(const Json& object, const char* key,
                           std::string_view where) {
  const auto value = object.find(key);
  if (value == object.end() || !value->is_string() ||
      value->get_ref<const std::string&>().empty()) {
    Fail(where, std::string("\"") + key + "\" is missing or not a string");
  }
  return value->get<std::string>();
}

EvalSet ParseSet(const Json& object, std::string_view where,
                 const std::filesystem::path& data_dir) {
  if (!object.is_object()) Fail(where, "not a JSON object");
  EvalSet set;
  set.name = RequiredString(object, "folder", where);
  set.path = data_dir / set.name / "docs.jsonl";
  set.language = RequiredString(object, "language", where);

  const auto k = object.find("k");
  if (k == object.end() || !k->is_number_unsigned() ||
      k->get<std::size_t>() == 0) {
    Fail(where, "\"k\" is missing or not a whole number >= 1");
  }
  set.k = k->get<std::size_t>();

  if (const auto target = object.find("target");
      target != object.end() && !target->is_null()) {
    if (!target->is_number()) Fail(where, "\"target\" is not a number");
    set.target = target->get<double>();
  }

  if (const auto require = object.find("require"); require != object.end()) {
    if (!require->is_object()) Fail(where, "\"require\" is not an object");
    Requirement requirement;
    requirement.method = RequiredString(*require, "method", where);
    requirement.metric = RequiredString(*require, "metric", where);
    if (!IsMetricName(requirement.metric)) {
      Fail(where, "\"require\": unknown metric \"" + requirement.metric +
                      "\" (rouge1, rouge2, rougeL, rougeLsum)");
    }
    const auto min_f1 = require->find("min_f1");
    if (min_f1 == require->end() || !min_f1->is_number()) {
      Fail(where, "\"require\": \"min_f1\" is missing or not a number");
    }
    requirement.min_f1 = min_f1->get<double>();
    set.requirement = std::move(requirement);
  }
  return set;
}

}  // namespace

bool IsMetricName(std::string_view metric) {
  return metric == "rouge1" || metric == "rouge2" || metric == "rougeL" ||
         metric == "rougeLsum";
}

std::vector<EvalSet> ParseEvalSets(std::string_view json_text,
                                   std::string_view name,
                                   const std::filesystem::path& data_dir) {
  Json root;
  try {
    root = Json::parse(json_text);
  } catch (const Json::parse_error& error) {
    Fail(name, "invalid JSON at byte " + std::to_string(error.byte));
  }
  const auto sets = root.is_object() ? root.find("sets") : root.end();
  if (!root.is_object() || sets == root.end() || !sets->is_array() ||
      sets->empty()) {
    Fail(name, "expected an object with a non-empty \"sets\" array");
  }
  std::vector<EvalSet> result;
  for (std::size_t i = 0; i < sets->size(); ++i) {
    const std::string where =
        std::string(name) + ": sets[" + std::to_string(i) + "]";
    result.push_back(ParseSet((*sets)[i], where, data_dir));
    for (std::size_t j = 0; j + 1 < result.size(); ++j) {
      if (result[j].name == result.back().name) {
        Fail(where, "folder \"" + result.back().name + "\" is listed twice");
      }
    }
  }
  return result;
}

std::vector<EvalSet> LoadEvalSets(const std::filesystem::path& path,
                                  const std::filesystem::path& data_dir) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw EvalError(kExitFailure, path.string() + ": cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return ParseEvalSets(text.str(), path.string(), data_dir);
}

}  // namespace summarize::eval
