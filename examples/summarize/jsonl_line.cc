#include "jsonl_line.h"

#include <string>
#include <utility>

#include "json_error_reason.h"
#include "one_line.h"

namespace summarize::cli {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos;
}

Json ErrorRecord(Json id, std::size_t line_number, std::string_view message) {
  return Json{{"id", std::move(id)},
              {"error", "line " + std::to_string(line_number) + ": " +
                            OneLine(message)},
              {"line", line_number}};
}

ParsedLine ParseLine(std::string_view line, std::size_t line_number) {
  ParsedLine parsed;
  parsed.pending.line_number = line_number;
  if (IsBlank(line)) {
    parsed.pending.blank = true;
    parsed.pending.error_record =
        ErrorRecord(nullptr, line_number, "empty line");
    return parsed;
  }
  Json document;
  try {
    document = Json::parse(line);
  } catch (const Json::parse_error& error) {
    parsed.pending.error_record =
        ErrorRecord(nullptr, line_number,
                    "invalid JSON at byte " + std::to_string(error.byte) +
                        " of the line: " + ParseErrorReason(error.what()));
    return parsed;
  } catch (const Json::exception& error) {
    // Not a syntax error but still unreadable: a number too large for a
    // double ("1e999") is out_of_range (found by the JSONL fuzzer).
    parsed.pending.error_record = ErrorRecord(
        nullptr, line_number,
        "invalid JSON: " + ParseErrorReason(error.what()));
    return parsed;
  }
  if (!document.is_object()) {
    parsed.pending.error_record =
        ErrorRecord(nullptr, line_number, "not a JSON object");
    return parsed;
  }
  Json id = document.contains("id") ? document["id"] : Json(nullptr);
  const auto text = document.find("text");
  if (text == document.end() || !text->is_string()) {
    parsed.pending.error_record = ErrorRecord(
        std::move(id), line_number, "\"text\" is missing or not a string");
    return parsed;
  }
  parsed.document.text = std::move(text->get_ref<std::string&>());
  const auto title = document.find("title");
  if (title != document.end() && title->is_string()) {
    parsed.document.title = std::move(title->get_ref<std::string&>());
  }
  parsed.pending.id = std::move(id);
  return parsed;
}

}  // namespace summarize::cli
