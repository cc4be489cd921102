#include "output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <utility>

#include "cli_error.h"

namespace summarize::cli {
namespace {

// Bytes buffered before a write(2).
constexpr std::size_t kBufferBytes = std::size_t{1} << 16;

// The signals whose default action kills the process quietly and that a
// user or a job runner sends to stop a run.
constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP};

// The temporary file the signal handler removes: a fixed buffer, because a
// handler may only touch async-signal-safe state. Empty: none.
char g_temporary_path[4096] = {};
struct sigaction g_previous_actions[std::size(kCleanupSignals)] = {};

extern "C" void RemoveTemporaryAndDie(int signal_number) {
  if (g_temporary_path[0] != '\0') ::unlink(g_temporary_path);
  // Die of the same signal, with its default action.
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void ArmSignalCleanup(const std::string& path) {
  if (path.size() >= sizeof g_temporary_path) return;  // no cleanup then
  std::memcpy(g_temporary_path, path.c_str(), path.size() + 1);
  struct sigaction action = {};
  action.sa_handler = RemoveTemporaryAndDie;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(kCleanupSignals); ++i) {
    ::sigaction(kCleanupSignals[i], &action, &g_previous_actions[i]);
  }
}

void DisarmSignalCleanup() {
  if (g_temporary_path[0] == '\0') return;
  for (std::size_t i = 0; i < std::size(kCleanupSignals); ++i) {
    ::sigaction(kCleanupSignals[i], &g_previous_actions[i], nullptr);
  }
  g_temporary_path[0] = '\0';
}

// The permission bits a new file gets: 0666 minus the process's umask.
mode_t NewFileMode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

}  // namespace

FdStreamBuffer::FdStreamBuffer(int fd) : fd_(fd), buffer_(kBufferBytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool FdStreamBuffer::WriteAll(const char* bytes, std::size_t count) {
  if (error_ != 0) return false;
  while (count > 0) {
    const ssize_t written = ::write(fd_, bytes, count);
    if (written < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    bytes += written;
    count -= static_cast<std::size_t>(written);
  }
  return true;
}

bool FdStreamBuffer::Drain() {
  const std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return WriteAll(buffer_.data(), pending);
}

FdStreamBuffer::int_type FdStreamBuffer::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) {
    return traits_type::not_eof(c);
  }
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdStreamBuffer::xsputn(const char* bytes,
                                       std::streamsize count) {
  const auto size = static_cast<std::size_t>(count);
  if (size <= static_cast<std::size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), bytes, size);
    pbump(static_cast<int>(size));
    return count;
  }
  // Too big for what is left: write the buffer, then these bytes directly.
  if (!Drain() || !WriteAll(bytes, size)) return 0;
  return count;
}

int FdStreamBuffer::sync() { return Drain() ? 0 : -1; }

OutputFile::Temporary OutputFile::CreateBeside(const std::string& path) {
  Temporary temporary;
  temporary.path = path + ".tmp-XXXXXX";
  temporary.fd = ::mkostemp(temporary.path.data(), O_CLOEXEC);
  if (temporary.fd < 0) {
    throw CliError(kExitBadInput,
                   "cannot write " + path + ": " + std::strerror(errno));
  }
  return temporary;
}

OutputFile::OutputFile(std::string path)
    : path_(std::move(path)),
      temporary_(CreateBeside(path_)),
      buffer_(temporary_.fd),
      stream_(&buffer_) {
  ArmSignalCleanup(temporary_.path);
}

OutputFile::~OutputFile() {
  if (!committed_) Discard();
}

void OutputFile::Discard() noexcept {
  if (temporary_.fd >= 0) {
    ::close(temporary_.fd);
    temporary_.fd = -1;
  }
  if (!temporary_.path.empty()) {
    ::unlink(temporary_.path.c_str());
    temporary_.path.clear();
  }
  DisarmSignalCleanup();
}

void OutputFile::Fail(int error_number) {
  Discard();
  throw CliError(kExitBadInput,
                 "cannot write " + path_ + ": " + std::strerror(error_number));
}

void OutputFile::ThrowIfWriteFailed() {
  if (buffer_.error() != 0) Fail(buffer_.error());
}

void OutputFile::Commit() {
  stream_.flush();
  ThrowIfWriteFailed();
  if (!stream_) Fail(EIO);
  // An existing FILE keeps its permissions; a new one gets the usual ones.
  struct stat existing = {};
  const mode_t mode = ::stat(path_.c_str(), &existing) == 0
                          ? static_cast<mode_t>(existing.st_mode & 07777)
                          : NewFileMode();
  if (::fchmod(temporary_.fd, mode) != 0) Fail(errno);
  // On disk before the rename, so a power cut cannot leave an empty FILE.
  if (::fsync(temporary_.fd) != 0) Fail(errno);
  const int fd = std::exchange(temporary_.fd, -1);
  if (::close(fd) != 0) Fail(errno);
  if (std::rename(temporary_.path.c_str(), path_.c_str()) != 0) Fail(errno);
  committed_ = true;
  temporary_.path.clear();
  DisarmSignalCleanup();
}

}  // namespace summarize::cli
