// RunProcess: posix_spawn with close-on-exec pipes, read with poll().
#include "eval/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <exception>
#include <system_error>

extern char** environ;

namespace summarize::eval {
namespace {

// Owns a file descriptor; closes it on destruction.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { Close(); }

  int get() const { return fd_; }
  // Closes the descriptor held, then holds `fd`.
  void Reset(int fd) {
    Close();
    fd_ = fd;
  }
  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

[[noreturn]] void ThrowErrno(int error, const std::string& what) {
  throw std::system_error(error, std::generic_category(), what);
}

// A pipe whose two ends are close-on-exec.
struct Pipe {
  Fd read;
  Fd write;
};

void OpenPipe(Pipe& pipe) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) ThrowErrno(errno, "pipe2");
  pipe.read.Reset(fds[0]);
  pipe.write.Reset(fds[1]);
}

// posix_spawn_file_actions_t with RAII destruction.
class FileActions {
 public:
  FileActions() { posix_spawn_file_actions_init(&actions_); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
  ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_;
};

// Reads the child's stdout and stderr pipes until both reach end of file.
void ReadAll(const Fd& out_fd, const Fd& err_fd, std::string& out,
             std::string& err) {
  pollfd polls[2] = {{out_fd.get(), POLLIN, 0}, {err_fd.get(), POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  char buffer[1 << 16];
  int open = 2;
  while (open > 0) {
    if (::poll(polls, 2, -1) < 0) {
      if (errno == EINTR) continue;
      ThrowErrno(errno, "poll");
    }
    for (int i = 0; i < 2; ++i) {
      if (polls[i].fd < 0 || polls[i].revents == 0) continue;
      const ssize_t n = ::read(polls[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) ThrowErrno(errno, "read");
      if (n == 0) {
        polls[i].fd = -1;  // poll() ignores negative descriptors
        --open;
        continue;
      }
      sinks[i]->append(buffer, static_cast<std::size_t>(n));
    }
  }
}

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv) {
  if (argv.empty()) ThrowErrno(EINVAL, "RunProcess: empty argv");
  std::vector<char*> args;
  for (const std::string& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);

  Pipe out_pipe;
  Pipe err_pipe;
  OpenPipe(out_pipe);
  OpenPipe(err_pipe);

  FileActions actions;
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null",
                                   O_RDONLY, 0);
  // dup2 clears close-on-exec on the child's copies only.
  posix_spawn_file_actions_adddup2(actions.get(), out_pipe.write.get(),
                                   STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(actions.get(), err_pipe.write.get(),
                                   STDERR_FILENO);

  pid_t pid = 0;
  const int spawn_error = ::posix_spawnp(&pid, args[0], actions.get(), nullptr,
                                         args.data(), environ);
  if (spawn_error != 0) ThrowErrno(spawn_error, "cannot run " + argv[0]);
  out_pipe.write.Close();
  err_pipe.write.Close();

  ProcessResult result;
  std::exception_ptr read_error;
  try {
    ReadAll(out_pipe.read, err_pipe.read, result.out, result.err);
  } catch (...) {
    // Still reap the child (closing the pipes ends its writes).
    read_error = std::current_exception();
    out_pipe.read.Close();
    err_pipe.read.Close();
  }

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) ThrowErrno(errno, "waitpid");
  }
  if (read_error) std::rethrow_exception(read_error);
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.exit_code = 128 + WTERMSIG(status);
  }
  return result;
}

}  // namespace summarize::eval
