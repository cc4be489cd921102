// SummarizeBatch: a reader thread pulls documents, worker threads and the
// calling thread summarize them, and the calling thread delivers the results
// in input order (with one thread, the calling thread does it all in turn).
#include "summarize/batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <queue>
#include <thread>
#include <utility>

namespace summarize {
namespace {

using NextFunction = std::function<std::optional<BatchDocument>()>;
using DeliverFunction =
    std::function<void(std::size_t, BatchDocument&&, BatchResult&&)>;

// Summarizes one document; every exception becomes the result's error.
BatchResult SummarizeOne(const Summarizer& summarizer,
                         const BatchDocument& document) {
  BatchResult result;
  try {
    result.summary = summarizer.Summarize(document.text, document.title);
  } catch (const Error& error) {
    result.error = error;
  } catch (const std::exception& error) {
    result.error = Error(ErrorCode::kInternal, error.what());
  } catch (...) {
    result.error = Error(ErrorCode::kInternal, "unknown exception");
  }
  return result;
}

// The state one SummarizeBatch call shares between its threads: the reader
// (ReadLoop), the workers (WorkLoop) and the calling thread (CallerLoop),
// which delivers results and summarizes too while it has nothing to
// deliver. Every field below `mutex_` is guarded by it. Wake-ups are kept
// rare: the reader, once the window is full, sleeps until half of it is
// delivered, and the calling thread is woken only when it waits.
class BatchRun {
 public:
  BatchRun(const Summarizer& summarizer, const NextFunction& next,
           std::size_t max_in_flight)
      : summarizer_(summarizer),
        next_(next),
        max_in_flight_(max_in_flight),
        resume_at_(max_in_flight / 2) {}

  // Pulls documents until `next_` returns nullopt or throws, or the run
  // stops; never more than max_in_flight_ undelivered at once.
  void ReadLoop() {
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        if (pulled_ - delivered_ >= max_in_flight_) {
          reader_waiting_ = true;
          can_pull_.wait(lock, [&] {
            return stopped_ || pulled_ - delivered_ <= resume_at_;
          });
          reader_waiting_ = false;
        }
        if (stopped_) break;
      }
      std::optional<BatchDocument> document;
      try {
        document = next_();
      } catch (...) {
        const std::lock_guard lock(mutex_);
        next_error_ = std::current_exception();
        break;
      }
      if (!document) break;
      const std::lock_guard lock(mutex_);
      work_.emplace(pulled_++, std::move(*document));
      has_work_.notify_one();
      if (caller_waiting_) caller_.notify_one();
    }
    const std::lock_guard lock(mutex_);
    exhausted_ = true;
    has_work_.notify_all();
    caller_.notify_one();
  }

  // Summarizes pulled documents until there are no more.
  void WorkLoop() {
    std::unique_lock lock(mutex_);
    for (;;) {
      has_work_.wait(lock,
                     [&] { return stopped_ || !work_.empty() || exhausted_; });
      if (stopped_ || work_.empty()) return;
      Summarize(lock);
    }
  }

  // Hands every result to `deliver` in index order, summarizing pulled
  // documents while the next result is not ready; returns when all pulled
  // documents are delivered and no more will come.
  void CallerLoop(const DeliverFunction& deliver) {
    std::unique_lock lock(mutex_);
    for (;;) {
      const auto ready = [&] {
        return done_.count(delivered_) > 0 || !work_.empty() ||
               (exhausted_ && delivered_ == pulled_);
      };
      if (!ready()) {
        caller_waiting_ = true;
        caller_.wait(lock, ready);
        caller_waiting_ = false;
      }
      const auto found = done_.find(delivered_);
      if (found != done_.end()) {
        const std::size_t index = delivered_;
        std::pair<BatchDocument, BatchResult> item = std::move(found->second);
        done_.erase(found);
        lock.unlock();
        deliver(index, std::move(item.first), std::move(item.second));
        lock.lock();
        ++delivered_;
        if (reader_waiting_ && pulled_ - delivered_ <= resume_at_) {
          can_pull_.notify_one();
        }
      } else if (!work_.empty()) {
        Summarize(lock);
      } else {
        return;
      }
    }
  }

  // Makes every loop return as soon as it can.
  void Stop() {
    const std::lock_guard lock(mutex_);
    stopped_ = true;
    can_pull_.notify_all();
    has_work_.notify_all();
    caller_.notify_all();
  }

  // The exception `next_` threw, if any (read after the threads ended).
  std::exception_ptr next_error() const { return next_error_; }

 private:
  // Takes the oldest pulled document and summarizes it, with `lock` (on
  // mutex_) released meanwhile.
  void Summarize(std::unique_lock<std::mutex>& lock) {
    std::pair<std::size_t, BatchDocument> job = std::move(work_.front());
    work_.pop();
    lock.unlock();
    BatchResult result = SummarizeOne(summarizer_, job.second);
    lock.lock();
    done_.emplace(job.first,
                  std::make_pair(std::move(job.second), std::move(result)));
    if (caller_waiting_ && job.first == delivered_) caller_.notify_one();
  }

  const Summarizer& summarizer_;
  const NextFunction& next_;
  const std::size_t max_in_flight_;
  // Once the window is full, the reader resumes at this many undelivered.
  const std::size_t resume_at_;

  std::mutex mutex_;
  // The reader waits here for room to pull.
  std::condition_variable can_pull_;
  // Workers wait here for a pulled document, the end of input or stop.
  std::condition_variable has_work_;
  // The calling thread waits here for the next result, work, or the end.
  std::condition_variable caller_;
  bool reader_waiting_ = false;
  bool caller_waiting_ = false;
  // Pulled documents not yet taken by a worker, with their indices.
  std::queue<std::pair<std::size_t, BatchDocument>> work_;
  // Finished documents not yet delivered, by index.
  std::map<std::size_t, std::pair<BatchDocument, BatchResult>> done_;
  std::size_t pulled_ = 0;
  std::size_t delivered_ = 0;
  bool exhausted_ = false;
  bool stopped_ = false;
  std::exception_ptr next_error_;
};

// Joins the threads it holds when it goes out of scope, after stopping
// `run` if the scope is left by an exception.
class ThreadGroup {
 public:
  explicit ThreadGroup(BatchRun& run) : run_(run) {}
  ThreadGroup(const ThreadGroup&) = delete;
  ThreadGroup& operator=(const ThreadGroup&) = delete;
  ~ThreadGroup() {
    if (std::uncaught_exceptions() > uncaught_) run_.Stop();
    for (std::thread& thread : threads_) thread.join();
  }

  template <typename Function>
  void Start(Function function) {
    threads_.emplace_back(std::move(function));
  }

 private:
  BatchRun& run_;
  const int uncaught_ = std::uncaught_exceptions();
  std::vector<std::thread> threads_;
};

}  // namespace

void SummarizeBatch(
    const Summarizer& summarizer,
    const std::function<std::optional<BatchDocument>()>& next,
    const std::function<void(std::size_t index, BatchDocument&& document,
                             BatchResult&& result)>& deliver,
    const BatchOptions& options) {
  unsigned threads = options.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t max_in_flight = options.max_in_flight > 0
                                        ? options.max_in_flight
                                        : std::size_t{4} * threads;
  if (threads == 1) {
    // One thread: no helpers to start, nothing to hand over.
    std::size_t index = 0;
    while (std::optional<BatchDocument> document = next()) {
      BatchResult result = SummarizeOne(summarizer, *document);
      deliver(index++, std::move(*document), std::move(result));
    }
    return;
  }
  BatchRun run(summarizer, next, max_in_flight);
  {
    ThreadGroup group(run);
    group.Start([&run] { run.ReadLoop(); });
    // The calling thread is the last worker.
    for (unsigned i = 1; i < threads; ++i) {
      group.Start([&run] { run.WorkLoop(); });
    }
    run.CallerLoop(deliver);
  }
  if (run.next_error()) std::rethrow_exception(run.next_error());
}

std::vector<BatchResult> SummarizeBatch(const Summarizer& summarizer,
                                        const std::vector<std::string>& texts,
                                        const BatchOptions& options) {
  std::vector<BatchResult> results(texts.size());
  std::size_t next_text = 0;  // used by the reader thread only
  SummarizeBatch(
      summarizer,
      [&]() -> std::optional<BatchDocument> {
        if (next_text == texts.size()) return std::nullopt;
        return BatchDocument{texts[next_text++], ""};
      },
      [&](std::size_t index, BatchDocument&&, BatchResult&& result) {
        results[index] = std::move(result);
      },
      options);
  return results;
}

}  // namespace summarize
