// Stage 9 and the pipeline that leads to it: input → structure → sentences
// → terms → TF-IDF → ranking → selection → Summary.
#include "summarize/summarizer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <utility>

#include "keywords/keywords.h"
#include "model/term_matrix.h"
#include "model/title_overlap.h"
#include "options_validation.h"
#include "rank/algorithm.h"
#include "rank/vector_rank.h"
#include "select/repeats.h"
#include "select/score_order.h"
#include "select/selector.h"
#include "source.h"
#include "text/analyzer.h"
#include "text/boilerplate.h"
#include "text/cue_words.h"
#include "text/input.h"
#include "text/language.h"
#include "text/language_detector.h"
#include "text/long_sentences.h"
#include "text/sentence_splitter.h"
#include "text/structure.h"
#include "text/unit_signals.h"
#include "util/cancellation.h"

namespace summarize {
namespace {

using internal::Block;
using internal::BlockKind;

// Long loops check for cancellation every this many items, so that a
// deadline interrupts a large document within milliseconds while the check
// (a clock read) stays off the per-sentence cost.
constexpr std::size_t kCancelCheckInterval = 256;

// Converted input (HTML, transcoded) can hold its text this much larger
// than Options::max_input_bytes allows the input: UTF-8 takes up to three
// bytes where a legacy encoding or UTF-16 takes one or two.
constexpr std::size_t kMaxConversionGrowth = 3;

// The text the offsets of `document`'s units refer to, given the caller's
// input.
std::string_view UnitsText(const Document& document, std::string_view input) {
  return document.converted ? std::string_view(document.text) : input;
}

// A document after analysis and ranking, before selection.
struct RankedDocument {
  Document document;            // what was read; its text when converted
  std::vector<Sentence> units;  // every unit, document order, no text yet
  std::vector<std::size_t> candidates;  // indices into `units` of candidates
  internal::TermMatrix matrix;          // rows follow `candidates`
  std::vector<Keyword> keywords;        // Options::keywords best

  // The text the units' offsets refer to, given the caller's input.
  std::string_view Text(std::string_view input) const {
    return UnitsText(document, input);
  }
};

void CheckSpans(std::string_view text, const std::vector<Span>& spans) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& span = spans[i];
    const std::string where = "span " + std::to_string(i);
    if (span.begin > span.end || span.end > text.size()) {
      throw Error(ErrorCode::kInvalidSpans, where + " is outside the text");
    }
    if (span.begin < previous_end) {
      throw Error(ErrorCode::kInvalidSpans,
                  where + " overlaps or precedes the span before it");
    }
    // A boundary inside a multi-byte character would cut it in two.
    auto is_continuation = [&](std::size_t at) {
      return at < text.size() &&
             (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
    };
    if (is_continuation(span.begin) || is_continuation(span.end)) {
      throw Error(ErrorCode::kInvalidSpans,
                  where + " does not start or end on a character boundary");
    }
    previous_end = span.end;
  }
}

// Assigns rank 1, 2, ... by descending score, ties to the earlier unit.
void AssignRanks(std::vector<Sentence>& units,
                 const std::vector<std::size_t>& candidates) {
  const std::vector<std::size_t> order = internal::OrderByScore(
      candidates.size(),
      [&](std::size_t c) { return units[candidates[c]].score; });
  for (std::size_t r = 0; r < order.size(); ++r) {
    units[candidates[order[r]]].rank = r + 1;
  }
}

}  // namespace

struct Summarizer::Impl {
  Options options;
  // The language Options::language names (immortal, from CachedLanguage),
  // or null for "auto": detected per document.
  const internal::Language* language = nullptr;

  internal::Cancellation MakeCancellation() const {
    return {options.deadline, &options.cancel};
  }

  // The language to read `text` (the checked text the offsets refer to) in,
  // recorded in `document`: the fixed one (Options::language wins over
  // anything the input declares), or the one detected on `text` with the
  // `declared` language (an HTML page's, empty when none) as the hint and
  // fallback that DetectLanguage() describes.
  const internal::Language& LanguageOf(std::string_view text,
                                       Document& document,
                                       std::string_view declared = {}) const {
    if (language != nullptr) {
      document.language = language->code;
      document.language_confidence = 1;
      return *language;
    }
    const internal::DetectedLanguage detected =
        internal::DetectLanguage(text, declared);
    document.language = detected.code;
    document.language_confidence = detected.confidence;
    return internal::CachedLanguage(detected.code);
  }

  // Splits checked text into units, following its structure.
  std::vector<Sentence> Segment(std::string_view text, std::size_t start,
                                const internal::Cancellation& cancel,
                                const internal::Language& language) const {
    const internal::Structure structure =
        internal::AnalyzeStructure(text, start);
    cancel.Check();
    internal::SentenceSplitter splitter(language);
    std::vector<Sentence> units;
    for (std::size_t b = 0; b < structure.blocks.size(); ++b) {
      if (b % kCancelCheckInterval == 0) cancel.Check();
      const Block& block = structure.blocks[b];
      if (block.kind == BlockKind::kFragment) {
        Sentence unit;
        unit.begin = block.begin;
        unit.end = block.end;
        unit.paragraph = block.paragraph;
        unit.kind = SentenceKind::kFragment;
        units.push_back(unit);
        continue;
      }
      // Both read the original text: Split() reads the block's line breaks
      // as spaces, and CutLongSentences() treats '\n', '\r' and ' ' alike
      // (IsSpace; no clause mark or unspaced character among them).
      for (const Span& span : internal::CutLongSentences(
               text, splitter.Split(text, {block.begin, block.end}))) {
        Sentence unit;
        unit.begin = span.begin;
        unit.end = span.end;
        unit.paragraph = block.paragraph;
        units.push_back(unit);
      }
    }
    return units;
  }

  // The title is never a summary sentence: a sentence with exactly the
  // title's terms in order (whatever its case, punctuation and stopwords)
  // is the headline repeated in the text, a fragment.
  static void MarkTitleRepeats(std::vector<Sentence>& units,
                               const internal::TermRows& unit_terms,
                               const std::vector<internal::TermId>& title) {
    if (title.empty()) return;
    for (std::size_t i = 0; i < units.size(); ++i) {
      const auto terms = unit_terms.Row(i);
      if (std::equal(terms.begin(), terms.end(), title.begin(), title.end())) {
        units[i].kind = SentenceKind::kFragment;
      }
    }
  }

  // Analyzes, weights and ranks `units` (candidates get their scores);
  // with `filter_boilerplate`, page furniture is no candidate.
  // With `vectors` (one per unit), ranks by their cosine graph instead of
  // the algorithm.
  RankedDocument RankUnits(
      std::string_view text, std::string_view title,
      std::vector<Sentence> units, const internal::Cancellation& cancel,
      bool filter_boilerplate, const internal::Language& language,
      const internal::SentenceVectors* vectors = nullptr) const {
    RankedDocument doc;
    doc.units = std::move(units);
    internal::Analyzer analyzer(language, options.stem);
    // One row per unit until the candidates are known, then one row per
    // candidate. Room for a term per two bytes of the units, more than prose
    // in any language has (a word and what separates it from the next take
    // two bytes or more): the rows of a book are not copied as they grow,
    // and the pages they never fill cost no memory. A text with more terms
    // only makes the array grow.
    internal::TermRows terms;
    if (!doc.units.empty()) {
      terms.Reserve((doc.units.back().end - doc.units.front().begin) / 2 + 1,
                    doc.units.size());
    }
    // With keywords: each term's word in `text`, parallel to `terms`.
    std::vector<Span> term_spans;
    std::vector<Span>* spans_out =
        options.keywords > 0 ? &term_spans : nullptr;
    for (std::size_t i = 0; i < doc.units.size(); ++i) {
      if (i % kCancelCheckInterval == 0) cancel.Check();
      Sentence& unit = doc.units[i];
      unit.index = i;
      unit.words = analyzer.Analyze(text, {unit.begin, unit.end},
                                    terms.open_row(), spans_out);
      terms.EndRow();
    }
    cancel.Check();
    std::vector<internal::TermId> title_terms;
    if (!title.empty()) {
      analyzer.Analyze(title, {0, title.size()}, title_terms);
      MarkTitleRepeats(doc.units, terms, title_terms);
    }
    if (filter_boilerplate && options.remove_boilerplate) {
      const std::vector<bool> furniture = internal::FindBoilerplate(
          internal::MeasureUnits(text, doc.units, terms, analyzer,
                                 language));
      for (std::size_t i = 0; i < doc.units.size(); ++i) {
        if (furniture[i]) doc.units[i].kind = SentenceKind::kBoilerplate;
      }
    }
    const auto is_candidate = [&](std::size_t i) {
      return doc.units[i].kind == SentenceKind::kSentence;
    };
    if (spans_out != nullptr) {
      terms.KeepRows(is_candidate, term_spans);
    } else {
      terms.KeepRows(is_candidate);
    }
    std::vector<std::size_t> words;
    std::vector<std::size_t> paragraphs;
    std::vector<Span> candidate_spans;
    doc.candidates.reserve(terms.rows());
    words.reserve(terms.rows());
    paragraphs.reserve(terms.rows());
    candidate_spans.reserve(terms.rows());
    for (std::size_t i = 0; i < doc.units.size(); ++i) {
      if (!is_candidate(i)) continue;
      doc.candidates.push_back(i);
      words.push_back(doc.units[i].words);
      paragraphs.push_back(doc.units[i].paragraph);
      candidate_spans.push_back({doc.units[i].begin, doc.units[i].end});
    }
    cancel.Check();
    doc.matrix = internal::BuildTermMatrix(terms);
    cancel.Check();
    std::vector<double> title_overlap;
    if (!title.empty()) {
      title_overlap = internal::TitleOverlap(doc.matrix, title_terms);
    }
    internal::RankInput input{
        doc.matrix,
        {options.damping, options.tolerance, options.max_iterations},
        cancel,
        TargetCount(words),
        std::move(words),
        std::move(title_overlap)};
    input.terms = &terms;
    input.paragraphs = std::move(paragraphs);
    input.position_prior = options.position_prior;
    if (options.algorithm == Algorithm::kEdmundson && vectors == nullptr) {
      input.cue_balance =
          internal::CueBalance(language, options.stem, text, candidate_spans);
    }
    internal::Scores scores;
    if (vectors != nullptr) {
      internal::SentenceVectors candidate_vectors;
      candidate_vectors.reserve(doc.candidates.size());
      for (const std::size_t u : doc.candidates) {
        candidate_vectors.push_back((*vectors)[u]);
      }
      scores = internal::VectorTextRank(candidate_vectors, input);
    } else {
      scores = internal::RankSentences(options.algorithm, input);
    }
    if (options.keywords > 0) {
      doc.keywords = internal::ExtractKeywords(
          text, terms, term_spans, options.keywords, input.iteration, cancel);
    }
    for (std::size_t c = 0; c < doc.candidates.size(); ++c) {
      doc.units[doc.candidates[c]].score = scores[c];
    }
    AssignRanks(doc.units, doc.candidates);
    cancel.Check();
    return doc;
  }

  // The number of sentences the summary will hold; for a word budget, the
  // budget over the mean candidate length (the selector enforces the budget
  // itself; rankers only use this as the summary's expected size).
  std::size_t TargetCount(const std::vector<std::size_t>& words) const {
    if (options.length.unit != Length::Unit::kWords || words.empty()) {
      return internal::TargetSentenceCount(options.length, words.size());
    }
    const std::size_t total =
        std::accumulate(words.begin(), words.end(), std::size_t{0});
    if (total == 0) return words.size();
    const double mean =
        static_cast<double>(total) / static_cast<double>(words.size());
    return std::min(words.size(), static_cast<std::size_t>(
                                      std::ceil(options.length.value / mean)));
  }

  // Chooses the summary of `doc`, read from the caller's `input`.
  // `greedy_order`: the ranking is an order of choice (SumBasic, KL-Sum)
  // that already avoids redundancy, so the cosine filter is off.
  Summary Select(std::string_view input, RankedDocument doc,
                 bool greedy_order) const {
    const std::string_view text = doc.Text(input);
    std::vector<internal::Candidate> candidates;
    std::vector<std::string_view> texts;
    // The candidates best first, read off the ranks AssignRanks gave them
    // rather than sorted a second time.
    std::vector<std::size_t> order(doc.candidates.size());
    candidates.reserve(doc.candidates.size());
    texts.reserve(doc.candidates.size());
    for (std::size_t c = 0; c < doc.candidates.size(); ++c) {
      const Sentence& unit = doc.units[doc.candidates[c]];
      candidates.push_back({unit.score, unit.words, unit.end - unit.begin});
      texts.push_back(text.substr(unit.begin, unit.end - unit.begin));
      if (unit.rank == 0 || unit.rank > order.size()) {
        throw Error(ErrorCode::kInternal, "a candidate without a rank");
      }
      order[unit.rank - 1] = c;
    }
    // MMR weighs every candidate in every round: it needs every repeat
    // marked. The selector by score offers the candidates it visits, best
    // first, to a RepeatFilter instead.
    internal::RepeatFilter repeats(texts);
    if (options.mmr_lambda > 0) internal::MarkRepeats(candidates, texts);
    internal::SelectionParams params{
        options.length, options.redundancy_threshold,
        options.min_sentence_words, options.max_sentence_bytes};
    params.filter_redundant = !greedy_order;
    params.mmr_lambda = options.mmr_lambda;
    const std::vector<std::size_t> chosen =
        internal::SelectSentences(candidates, doc.matrix.tfidf, params, order,
                                  &repeats);

    std::vector<std::size_t> chosen_units;
    chosen_units.reserve(chosen.size());
    for (std::size_t c : chosen) chosen_units.push_back(doc.candidates[c]);

    Summary summary;
    summary.keywords = std::move(doc.keywords);
    summary.ranking = Finish(input, std::move(doc));
    // The document has moved into the ranking: its text is read there.
    const std::string_view units_text =
        UnitsText(summary.ranking.document, input);
    for (std::size_t u : chosen_units) {
      Sentence& sentence =
          summary.sentences.emplace_back(summary.ranking.sentences[u]);
      if (!options.ranking_text) FillText(units_text, sentence);
    }
    return summary;
  }

  static void FillText(std::string_view text, Sentence& unit) {
    unit.text.assign(text.substr(unit.begin, unit.end - unit.begin));
  }

  // Packs the ranking, with the text of every unit when
  // Options::ranking_text.
  Ranking Finish(std::string_view input, RankedDocument doc) const {
    const std::string_view text = doc.Text(input);
    Ranking ranking;
    ranking.candidates = doc.candidates.size();
    if (options.ranking_text) {
      for (Sentence& unit : doc.units) FillText(text, unit);
    }
    ranking.sentences = std::move(doc.units);
    ranking.document = std::move(doc.document);
    return ranking;
  }

  RankedDocument Prepare(std::string_view input, std::string_view title) const {
    const internal::Cancellation cancel = MakeCancellation();
    cancel.Check();
    CheckTitle(title);
    internal::Source source = internal::ReadSource(input, title, options);
    Document& document = source.document;
    cancel.Check();
    const std::string_view text =
        document.converted ? std::string_view(document.text) : input;
    const std::size_t start = internal::CheckInput(
        text, document.converted
                  ? options.max_input_bytes * kMaxConversionGrowth
                  : options.max_input_bytes);
    const internal::Language& language =
        LanguageOf(text, document, source.declared_language);
    std::vector<Sentence> units = Segment(text, start, cancel, language);
    RankedDocument doc =
        RankUnits(text, document.title, std::move(units), cancel,
                  /*filter_boilerplate=*/true, language);
    doc.document = std::move(document);  // `text` is not used after this
    return doc;
  }

  // SummarizeSpans() and, with `vectors`, SummarizeWithVectors(): the
  // caller's spans are the units, all candidates (no structure, no
  // boilerplate filter).
  Summary SummarizeSpans(std::string_view text, const std::vector<Span>& spans,
                         std::string_view title,
                         const internal::SentenceVectors* vectors) const {
    const internal::Cancellation cancel = MakeCancellation();
    cancel.Check();
    internal::CheckInput(text, options.max_input_bytes);
    CheckTitle(title);
    CheckSpans(text, spans);
    std::vector<Sentence> units(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
      units[i].begin = spans[i].begin;
      units[i].end = spans[i].end;
    }
    Document document;
    const internal::Language& language = LanguageOf(text, document);
    RankedDocument doc =
        RankUnits(text, title, std::move(units), cancel,
                  /*filter_boilerplate=*/false, language, vectors);
    doc.document = std::move(document);
    doc.document.title.assign(title);
    // Caller vectors rank by their own graph: no greedy order to respect.
    const bool greedy =
        vectors == nullptr && internal::ControlsRedundancy(options.algorithm);
    return Select(text, std::move(doc), greedy);
  }

  void CheckTitle(std::string_view title) const {
    if (!title.empty()) internal::CheckInput(title, options.max_input_bytes);
  }
};

Summarizer::Summarizer(Options options) {
  internal::ValidateOptions(options);
  const internal::Language* language =
      internal::IsAutoLanguage(options.language)
          ? nullptr
          : &internal::CachedLanguage(options.language);
  impl_ = std::make_unique<const Impl>(Impl{std::move(options), language});
}

Summarizer::~Summarizer() = default;
Summarizer::Summarizer(Summarizer&&) noexcept = default;
Summarizer& Summarizer::operator=(Summarizer&&) noexcept = default;

const Options& Summarizer::options() const { return impl_->options; }

Summary Summarizer::Summarize(std::string_view input,
                              std::string_view title) const {
  return impl_->Select(input, impl_->Prepare(input, title),
                       internal::ControlsRedundancy(impl_->options.algorithm));
}

Ranking Summarizer::Rank(std::string_view input, std::string_view title) const {
  return impl_->Finish(input, impl_->Prepare(input, title));
}

Summary Summarizer::SummarizeSpans(std::string_view text,
                                   const std::vector<Span>& spans,
                                   std::string_view title) const {
  return impl_->SummarizeSpans(text, spans, title, nullptr);
}

Summary Summarizer::SummarizeWithVectors(
    std::string_view text, const std::vector<Span>& spans,
    const std::vector<std::vector<float>>& vectors,
    std::string_view title) const {
  internal::CheckSentenceVectors(vectors, spans.size());
  return impl_->SummarizeSpans(text, spans, title, &vectors);
}

Summary Summarize(std::string_view text, const Options& options) {
  return Summarizer(options).Summarize(text);
}

}  // namespace summarize
