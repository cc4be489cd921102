// One input line of --jsonl batch mode: parsed into a document, or into the
// error record that takes its place.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_JSONL_LINE_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_JSONL_LINE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <summarize/batch.hpp>

#include "output.h"

namespace summarize::cli {

// True for a line of nothing but ASCII white space (answered with the
// error "empty line", which is not a failure).
bool IsBlank(std::string_view line);

// {"id": id, "error": "line N: message", "line": N} with the message on one
// line.
Json ErrorRecord(Json id, std::size_t line_number, std::string_view message);

// What the writer needs to know about a document besides its result.
struct PendingLine {
  std::size_t line_number = 0;
  // Input bytes of this line, its newline included.
  std::uint64_t bytes = 0;
  // The line is blank: its error record is not a failure.
  bool blank = false;
  Json id;
  // Set when the line itself is bad: the record to write instead of a
  // summary (its document is then empty).
  std::optional<Json> error_record;
};

// A parsed input line: its document for the library and what the writer
// needs.
struct ParsedLine {
  BatchDocument document;
  PendingLine pending;
};

// Parses `line` ({"id": any, "text": "...", "title": "..."}; other fields
// ignored). A blank line, or one that is not JSON, not an object, or has no
// string "text" gets an error record; "id" is echoed when it can be read.
// Never throws except std::bad_alloc.
ParsedLine ParseLine(std::string_view line, std::size_t line_number);

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_JSONL_LINE_H_
