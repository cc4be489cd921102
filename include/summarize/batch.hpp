// Batch summarization: many documents on several threads, results in order.
#ifndef SUMMARIZE_BATCH_HPP_
#define SUMMARIZE_BATCH_HPP_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "summarize/error.hpp"
#include "summarize/export.h"
#include "summarize/summarizer.hpp"
#include "summarize/summary.hpp"

namespace summarize {

// How a batch is run.
struct BatchOptions {
  // Threads summarizing documents, the calling thread included (a helper
  // thread that pulls documents comes on top when threads > 1). 0: as many
  // as the hardware runs at once (std::thread::hardware_concurrency(), or 1
  // when unknown).
  unsigned threads = 0;
  // Most documents pulled from the caller but not yet delivered back, so the
  // memory a batch holds is bounded whatever its length. 0: 4 × threads.
  std::size_t max_in_flight = 0;
};

// One document of a batch (owning: the batch keeps it until it is delivered).
struct BatchDocument {
  // UTF-8 text to summarize.
  std::string text;
  // The document's headline, used for scoring only ("" = none); see
  // Summarizer::Summarize.
  std::string title;
};

// The outcome for one document: exactly one of `summary` and `error` is set.
struct BatchResult {
  std::optional<Summary> summary;
  // The Error that Summarizer::Summarize threw for this document. Any other
  // exception is reported as Error(ErrorCode::kInternal, what()).
  std::optional<Error> error;

  bool ok() const { return summary.has_value(); }
};

// Streaming batch: summarizes the documents that `next` returns (until it
// returns nullopt) with `summarizer` on `options.threads` threads,
// and hands each one back with its result to `deliver`, with its index
// (0, 1, 2, ... in the order `next` returned them).
//
// Ordering and threads: `deliver` is called on the calling thread, strictly
// in index order, one call at a time. `next` is called one call at a time,
// on a helper thread that may run it while `deliver` runs (share state
// between them under a mutex). At most `options.max_in_flight` documents
// are pulled but not yet delivered at any moment; `next` waits for
// `deliver` to catch up. So `next` may block (e.g. on a pipe) without
// holding back results of documents already pulled. With threads == 1
// everything runs on the calling thread, one document at a time: next,
// summarize, deliver.
//
// Failures: a document that fails is delivered with its error; the others
// go on. If `next` throws, no more documents are pulled, those already
// pulled are still delivered, and the exception is rethrown. If `deliver`
// throws, the batch stops (documents in flight are dropped) and the
// exception is rethrown. SummarizeBatch returns only after every thread it
// started has ended (so after a `next` call in progress has returned).
//
// Results are deterministic: the same as Summarizer::Summarize on each
// document, whatever the number of threads.
SUMMARIZE_EXPORT void SummarizeBatch(
    const Summarizer& summarizer,
    const std::function<std::optional<BatchDocument>()>& next,
    const std::function<void(std::size_t index, BatchDocument&& document,
                             BatchResult&& result)>& deliver,
    const BatchOptions& options = {});

// Convenience form: summarizes every text in `texts` (no titles) and
// returns their results in the same order (all of them held in memory).
SUMMARIZE_EXPORT std::vector<BatchResult> SummarizeBatch(
    const Summarizer& summarizer,
                                        const std::vector<std::string>& texts,
                                        const BatchOptions& options = {});

}  // namespace summarize

#endif  // SUMMARIZE_BATCH_HPP_
