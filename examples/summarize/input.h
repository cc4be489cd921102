// The tool's input: a file or standard input, read as raw bytes.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_INPUT_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace summarize::cli {

// An open input: the file at a path, or standard input for "-". Bytes are
// passed through unchanged (binary mode; no newline or encoding
// conversion). Every read failure throws CliError(kExitBadInput) naming the
// input.
class Input {
 public:
  // Opens `path`, or standard input when `path` is "-".
  explicit Input(const std::string& path);

  // How the input is named in messages: the path, or "<stdin>".
  const std::string& name() const { return name_; }

  // The input's total size in bytes when it is a regular file (standard
  // input redirected from a file counts); nullopt for pipes and terminals.
  std::optional<std::uint64_t> Size() const;

  // Everything ReadAll() read: in memory mapped for it when the input is a
  // regular file, else in a string. Move-only.
  class Text {
   public:
    Text() = default;
    Text(Text&& other) noexcept;
    Text& operator=(Text&&) = delete;
    Text(const Text&) = delete;
    Text& operator=(const Text&) = delete;
    ~Text();

    std::string_view view() const { return view_; }

   private:
    friend class Input;
    std::string owned_;
    void* mapped_ = nullptr;  // with mapped_bytes_, from mmap
    std::size_t mapped_bytes_ = 0;
    std::string_view view_;
  };

  // Reads everything that is left. Throws when there are more than
  // `max_bytes` bytes, without reading much past that limit.
  Text ReadAll(std::size_t max_bytes);

  // One line of the input, without its '\n'.
  struct Line {
    // The line's bytes; empty when the line is too long.
    std::string bytes;
    // The line's length in bytes, counted even when it is too long.
    std::uint64_t size = 0;
    // Longer than ReadLine's `max_bytes`: its bytes were skipped, not kept.
    bool too_long = false;
  };

  // Reads the next line (a final line without '\n' counts); nullopt at the
  // end of the input. A line longer than `max_bytes` is read to its end but
  // not kept (Line::too_long), so memory stays bounded by `max_bytes` plus
  // one read chunk whatever the input holds.
  std::optional<Line> ReadLine(std::size_t max_bytes);

 private:
  struct FileCloser {
    void operator()(std::FILE* file) const;
  };

  [[noreturn]] void ThrowReadError(int error_number) const;

  // Reads and returns between 1 and `max_bytes` bytes, whatever is
  // available now; "" only at the end of the input.
  std::string ReadChunk(std::size_t max_bytes);
  // The same into `buffer`, returning how many bytes were read.
  std::size_t ReadInto(char* buffer, std::size_t max_bytes);

  std::string name_;
  std::unique_ptr<std::FILE, FileCloser> file_;
  // Bytes read ahead by ReadLine: buffer_[buffer_pos_, end) are not yet
  // returned.
  std::string buffer_;
  std::size_t buffer_pos_ = 0;
};

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_INPUT_H_
