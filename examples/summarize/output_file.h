// -o FILE: output written to a temporary file beside FILE and renamed over
// FILE only when the run succeeds, so FILE is never left truncated.
#ifndef SUMMARIZE_EXAMPLES_SUMMARIZE_OUTPUT_FILE_H_
#define SUMMARIZE_EXAMPLES_SUMMARIZE_OUTPUT_FILE_H_

#include <cerrno>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace summarize::cli {

// A stream buffer over a POSIX file descriptor (not owned) that remembers
// the errno of the first failed write(2), so a full disk is reported as
// such. Not thread-safe.
class FdStreamBuffer : public std::streambuf {
 public:
  explicit FdStreamBuffer(int fd);
  FdStreamBuffer(const FdStreamBuffer&) = delete;
  FdStreamBuffer& operator=(const FdStreamBuffer&) = delete;

  // The errno of the first failed write, 0 while every write succeeded.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* bytes, std::streamsize count) override;
  int sync() override;

 private:
  // Writes the buffered bytes; false (and error_ set) on failure.
  bool Drain();
  // Writes `count` bytes straight to the descriptor.
  bool WriteAll(const char* bytes, std::size_t count);

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

// The output of one run to FILE, written to "FILE.tmp-XXXXXX" in FILE's
// folder (so the final rename(2) stays on one file system and is atomic).
//
// Lifecycle: the constructor creates the temporary file (mode 0600 until
// Commit, then FILE's old mode, or 0666 minus the umask for a new FILE);
// stream() takes the output; Commit() flushes, fsyncs and renames it over
// FILE. Destroyed without a successful Commit() (a fatal error, an
// exception), it removes the temporary file and leaves FILE untouched.
// While it exists, SIGINT, SIGTERM and SIGHUP remove the temporary file
// before the process dies of them (SIGKILL or a power cut can still leave a
// FILE.tmp-XXXXXX beside an untouched FILE).
//
// Every failure (the folder is missing or not writable, the disk is full,
// FILE is a folder) throws CliError(kExitBadInput) with the one-line message
// "cannot write FILE: <the system's reason>", e.g. "cannot write out.txt:
// No space left on device". One instance per process at a time (the signal
// handlers keep a single path).
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return stream_; }

  // Makes the output FILE. Throws CliError (and removes the temporary
  // file) when a write, the flush, fsync or rename fails.
  void Commit();

  // Throws the CliError Commit() would (and removes the temporary file)
  // when a write has failed already; returns otherwise.
  void ThrowIfWriteFailed();

 private:
  // A created temporary file: its path and open descriptor (owned).
  struct Temporary {
    std::string path;
    int fd = -1;
  };
  // Creates the temporary file beside `path`; throws CliError when it
  // cannot.
  static Temporary CreateBeside(const std::string& path);

  // Removes the temporary file and throws CliError("cannot write <path>:
  // <strerror(error_number)>").
  [[noreturn]] void Fail(int error_number);
  // Closes and removes the temporary file (idempotent, never throws).
  void Discard() noexcept;

  std::string path_;
  Temporary temporary_;
  FdStreamBuffer buffer_;
  std::ostream stream_;
  bool committed_ = false;
};

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_SUMMARIZE_OUTPUT_FILE_H_
