// The summarizer: built once from Options, then used from any thread.
#ifndef SUMMARIZE_SUMMARIZER_HPP_
#define SUMMARIZE_SUMMARIZER_HPP_

#include <memory>
#include <string_view>
#include <vector>

#include "summarize/error.hpp"
#include "summarize/export.h"
#include "summarize/options.hpp"
#include "summarize/summary.hpp"

namespace summarize {

// Extractive summarizer for one set of Options.
//
// Thread safety: after construction every const method may be called from
// many threads at once. Results are deterministic: the same text and options
// give the same output on any thread.
class SUMMARIZE_EXPORT Summarizer {
 public:
  // Validates `options`; throws Error(kInvalidOptions) when a field is out
  // of range or the language code is unknown.
  explicit Summarizer(Options options);
  ~Summarizer();
  Summarizer(Summarizer&&) noexcept;
  Summarizer& operator=(Summarizer&&) noexcept;
  Summarizer(const Summarizer&) = delete;
  Summarizer& operator=(const Summarizer&) = delete;

  // Summarizes `text`: UTF-8 plain text, or an HTML page or another
  // encoding as Options::input_format and Options::encoding say. Empty or
  // whitespace-only text gives an empty summary. With Options::language
  // "auto" (the default) the language is detected on the text;
  // Summary::ranking.document says which, and holds the text the offsets
  // refer to when the input was converted (HTML, transcoded, repaired).
  // Throws Error with kInvalidUtf8 / kBinaryInput (with the byte offset),
  // kInputTooLarge, kInvalidOptions (an unknown encoding) or kCancelled.
  //
  // `title`, when given, is the document's headline (UTF-8; invalid bytes
  // throw as for `text`, the error's byte offset then pointing into
  // `title`); for HTML, the page's own title is used when none is given.
  // The default algorithm ranks sentences that repeat its words higher;
  // the title is never part of the summary.
  Summary Summarize(std::string_view text, std::string_view title = {}) const;

  // Scores every sentence of `text` without choosing any. Throws as
  // Summarize().
  Ranking Rank(std::string_view text, std::string_view title = {}) const;

  // Summarizes `text` with sentence boundaries chosen by the caller: each
  // span is one candidate sentence (no structure detection, no
  // segmentation). Spans must be sorted, non-overlapping and inside `text`;
  // otherwise throws Error(kInvalidSpans). Also throws as Summarize().
  Summary SummarizeSpans(std::string_view text, const std::vector<Span>& spans,
                         std::string_view title = {}) const;

  // Summarizes with sentence vectors from the caller's own model (for
  // example sentence embeddings): each span is one candidate sentence, as in
  // SummarizeSpans(), and vectors[i] is span i's vector. Sentences are
  // ranked by damped PageRank over the cosine similarity of the vectors
  // (edges where it is > 0, each sentence keeping its 100 most similar;
  // Options::damping, tolerance, max_iterations and position_prior apply,
  // Options::algorithm does not). Selection is as for Summarize(): length,
  // min/max sentence size, the redundancy threshold and MMR compare the
  // sentences' TF-IDF vectors. Comparing every pair costs O(n² × dimension)
  // time for n spans (memory stays O(n × 100)). Throws Error(kInvalidSpans)
  // when the spans are invalid (as SummarizeSpans()) or the vectors do not
  // fit them: not one per span, no dimensions, dimensions that differ, or a
  // value that is NaN or infinite. Also throws as Summarize().
  Summary SummarizeWithVectors(std::string_view text,
                               const std::vector<Span>& spans,
                               const std::vector<std::vector<float>>& vectors,
                               std::string_view title = {}) const;

  // The options this summarizer was built with.
  const Options& options() const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

// One-shot convenience: Summarizer(options).Summarize(text).
SUMMARIZE_EXPORT Summary Summarize(std::string_view text,
                                   const Options& options = {});

}  // namespace summarize

#endif  // SUMMARIZE_SUMMARIZER_HPP_
