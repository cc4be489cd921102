// Options for libsummarize: every knob, its default and its valid range.
//
// Options is a plain struct; set the fields you care about and pass it to
// summarize::Summarizer (which validates it and throws summarize::Error with
// ErrorCode::kInvalidOptions when a field is out of range).
#ifndef SUMMARIZE_OPTIONS_HPP_
#define SUMMARIZE_OPTIONS_HPP_

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/export.h"

namespace summarize {

// The sentence-scoring method.
enum class Algorithm {
  // The tuned default (see QUALITY.md): TextRank whose similarity graph,
  // preference for early sentences and penalty on short sentences follow the
  // share of the text the summary keeps; sentences that repeat the title
  // (when given) rank higher. Used when no algorithm is named.
  kDefault,
  // TextRank as published (Mihalcea & Tarau 2004): word-overlap similarity
  // |Si ∩ Sj| / (log|Si| + log|Sj|), weighted PageRank, no position prior.
  kTextRank,
  // Cosine similarity of each sentence to the document's TF-IDF centroid.
  kCentroid,
  // LexRank (Erkan & Radev 2004): PageRank on the IDF-modified cosine graph
  // with edges where the similarity is > 0.1, each weighing 1.
  kLexRank,
  // Continuous LexRank: the same walk with the similarities as edge weights.
  kLexRankContinuous,
  // TextRank's PageRank over TF-IDF cosine similarity.
  kTextRankCosine,
  // TextRank's PageRank over symmetrised BM25 similarity (k1 1.5, b 0.75).
  kTextRankBm25,
  // Latent semantic analysis (Steinberger & Ježek 2004): a sentence's length
  // in the truncated SVD topic space weighted by the singular values.
  kLsa,
  // Luhn (1958): clusters of significant (frequent) words.
  kLuhn,
  // Edmundson (1969): cue words, key words, title words and location.
  kEdmundson,
  // SumBasic (Nenkova & Vanderwende 2005): greedy on word probability,
  // squaring the probability of words already used.
  kSumBasic,
  // KL-Sum (Haghighi & Vanderwende 2009): greedy, minimising the KL
  // divergence of the document's word distribution from the summary's.
  kKlSum,
  // Degree centrality ("reduction"): the sum of a sentence's TF-IDF cosine
  // similarities.
  kDegree,
  // PacSum-style directed centrality (Zheng & Lapata 2019): thresholded
  // cosine similarity to later sentences.
  kPacSum,
};

// One row of the algorithm catalogue.
struct AlgorithmInfo {
  Algorithm algorithm;
  std::string name;         // the exact CLI name, lowercase [a-z0-9_-]
  std::string description;  // one line
};

// Every algorithm, in a stable order (default first).
SUMMARIZE_EXPORT const std::vector<AlgorithmInfo>& Algorithms();
// The CLI name of `algorithm`, e.g. "textrank".
SUMMARIZE_EXPORT std::string_view AlgorithmName(Algorithm algorithm);
// Looks up an algorithm by CLI name; throws Error(kInvalidOptions) when
// `name` is unknown.
SUMMARIZE_EXPORT Algorithm AlgorithmFromName(std::string_view name);

// How the input is read.
enum class InputFormat {
  // UTF-8 plain text (or transcoded, see Options::encoding); offsets refer
  // to it.
  kText,
  // An HTML page: its main article text is extracted (menus, sidebars,
  // comments and footers left out; paragraph and heading boundaries kept;
  // entities decoded), offsets refer to that text (Document::text), and the
  // page's title is the document's title.
  kHtml,
  // kHtml when the input starts like an HTML document (<!DOCTYPE html>,
  // <html>, <head>, <body>, <meta> or <title> first), else kText.
  kAuto,
};

// Looks up an input format by name: "text", "html" or "auto"; throws
// Error(kInvalidOptions) for any other.
SUMMARIZE_EXPORT InputFormat InputFormatFromName(std::string_view name);

// How long the summary is. Exactly one of the three modes applies.
struct Length {
  enum class Unit {
    kSentences,  // `value` sentences (a whole number >= 1)
    kRatio,  // ceil(value * candidate sentences), at least 1; 0 < value <= 1
    kWords,  // at most `value` words (a whole number >= 1); a sentence
             // that would overflow the budget is skipped, never cut
  };
  Unit unit = Unit::kSentences;
  double value = 3;

  static Length Sentences(std::size_t n) {
    return {Unit::kSentences, static_cast<double>(n)};
  }
  static Length Ratio(double r) { return {Unit::kRatio, r}; }
  static Length Words(std::size_t w) {
    return {Unit::kWords, static_cast<double>(w)};
  }
};

struct Options {
  // Scoring method. Default: Algorithm::kDefault.
  Algorithm algorithm = Algorithm::kDefault;

  // Summary length. Default: 3 sentences.
  Length length = Length::Sentences(3);

  // How the input is read. Default: InputFormat::kAuto.
  InputFormat input_format = InputFormat::kAuto;

  // The input's character encoding: any name ICU knows ("ISO-8859-1",
  // "windows-1252", "Shift_JIS", "KOI8-R", "GB18030", "UTF-16LE", ...), in
  // any case. Empty: UTF-8, except that input starting with a UTF-16
  // byte-order mark is read as UTF-16 and an HTML page whose <meta charset>
  // names another encoding is read in that one. Transcoded input's offsets
  // refer to Document::text. An unknown name is rejected with
  // kInvalidOptions. Default: empty.
  std::string encoding;

  // Replace invalid byte sequences (invalid UTF-8, or bytes invalid in
  // `encoding`) with U+FFFD instead of failing with kInvalidUtf8; offsets
  // then refer to Document::text. Default: false.
  bool replace_invalid = false;

  // The text's language: "auto", or an ISO 639-1 code ("en", "de", "zh",
  // ...). It picks the ICU locale for sentence and word breaking, the
  // Snowball stemmer (when one exists for the language), the stopword list
  // and the abbreviation list. Any code ICU has a locale for is accepted,
  // case-insensitively, also as ISO 639-2/3 ("deu") or a BCP-47 tag whose
  // region, script and extensions are ignored ("pt-BR" is "pt", "zh-Hant"
  // is "zh"); "und" (undetermined) is the fallback below. Unknown codes
  // throw Error(kInvalidOptions) from the Summarizer constructor.
  // "auto" detects the language of each document with CLD2, from the first
  // 64 KiB of the text (of the article text for HTML); when CLD2 finds no
  // language, or is less than 40% sure (mixed languages, very short or
  // unknown text; see Document::language_confidence), the document is read
  // as "und": ICU's root rules for sentences and words (every script,
  // dictionaries for Chinese, Japanese and Thai), no stemming, no
  // stopwords, no abbreviation list. An HTML page's declared language
  // (<html lang>, else <meta http-equiv="Content-Language">, else
  // og:locale) is a hint to CLD2 and, when the text gives no language,
  // the language used instead of "und"; a clear detection beats it (pages
  // often declare a site-wide default). A language named here beats both.
  // Document::language says what was used. Default: "auto".
  std::string language = "auto";

  // Stem words with the language's Snowball stemmer. Default: true.
  bool stem = true;

  // Drop page furniture around the article before ranking: text scraped
  // from web pages carries mastheads, menus, bylines, datelines, captions,
  // "Read more" lists, cookie and copyright notices. The filter keeps the
  // run of prose between the first and the last body sentence (long,
  // punctuated, with the document's usual share of function words and no
  // furniture word such as "cookies" or "subscribe") and marks the rest as
  // SentenceKind::kBoilerplate; it leaves a text with no such sentence as
  // it is. It does not apply to SummarizeSpans(). Default: true.
  bool remove_boilerplate = true;

  // Redundancy control: a candidate whose TF-IDF cosine similarity to an
  // already chosen sentence is >= this value is skipped (and later
  // candidates fill its place). Range (0, 1]; 1 keeps only exact
  // duplicates out. Not applied with kSumBasic and kKlSum, whose order of
  // choice controls redundancy itself. Default: 0.6 (tuned with the default
  // algorithm, QUALITY.md).
  double redundancy_threshold = 0.6;

  // Maximal marginal relevance (Carbonell & Goldstein 1998): when > 0, the
  // summary is built one sentence at a time, each time taking the candidate
  // that maximises
  //   λ × score / (best score) − (1 − λ) × (largest TF-IDF cosine to a
  //   sentence already chosen),
  // ties to the earlier sentence; with any algorithm. The redundancy
  // threshold above still applies (set it to 1 to leave redundancy to MMR
  // alone). Range [0, 1]; 0 turns MMR off and 1 is plain score order.
  // Default: 0 (off).
  double mmr_lambda = 0;

  // Position prior for the PageRank methods other than the default
  // (textrank, textrank-cosine, textrank-bm25, lexrank, lexrank-continuous
  // and SummarizeWithVectors): the random walk teleports to sentence i
  // (among the candidates, from 0) in proportion to (1 + i)^-a instead of
  // uniformly, so early sentences and their neighbours gain. Range
  // [0, 10]. Default: 0 (uniform, as published). The default algorithm has
  // its own lead prior; the other methods ignore this.
  double position_prior = 0;

  // Fill Sentence::text of every unit in Summary::ranking and in the
  // Ranking that Rank() returns. false leaves those texts empty (the chosen
  // sentences of a Summary always carry theirs; every unit's offsets are
  // filled either way): a caller who reads units from its own text through
  // their offsets spares a copy of the whole text, one string per unit (on
  // a 10 MB text, 10 ms of a 0.5 s run). Default: true.
  bool ranking_text = true;

  // Number of keywords and keyphrases to return in Summary::keywords
  // (TextRank over the word co-occurrence graph of the candidate sentences;
  // see Keyword). Range [0, 1000]. Default: 0 (none; no extra work).
  std::size_t keywords = 0;

  // A sentence with fewer words than this is never chosen. 0 = no minimum.
  // Default: 0.
  std::size_t min_sentence_words = 0;

  // A sentence longer than this many bytes is never chosen. 0 = no maximum.
  // Default: 0.
  std::size_t max_sentence_bytes = 0;

  // PageRank damping factor d: a random walker follows an edge with
  // probability d and jumps to a random sentence with 1 - d.
  // Range (0, 1). Default: 0.85 (the TextRank paper's value).
  double damping = 0.85;

  // Power iteration stops when the L1 change between two iterations falls
  // below this. The scores sum to 1, so the L1 change is the mean change of
  // a sentence's score relative to the mean score: the default is the size
  // of the TextRank paper's convergence threshold (0.0001 per sentence),
  // applied to the mean change rather than the largest. Tighter values cost
  // more iterations (25 instead of 14 at 1e-6 on a 10 MB text) and changed
  // no evaluation result beyond ±0.1 ROUGE. Range (0, 1). Default: 1e-4.
  double tolerance = 1e-4;

  // Power iteration stops after this many iterations even if it has not
  // converged. Range [1, 100000]. Default: 200.
  int max_iterations = 200;

  // Input larger than this many bytes is rejected with kInputTooLarge.
  // Range [1, 1 GiB]. Default: 64 MiB.
  std::size_t max_input_bytes = std::size_t{64} << 20;

  // Work stops with ErrorCode::kCancelled once this time has passed. It is
  // checked between pipeline stages and inside the power iteration.
  // Default: no deadline.
  std::chrono::steady_clock::time_point deadline =
      std::chrono::steady_clock::time_point::max();

  // Called at the same points as the deadline check; returning true stops
  // the work with ErrorCode::kCancelled. Must be safe to call from every
  // thread that uses the Summarizer. Default: none.
  std::function<bool()> cancel;
};

}  // namespace summarize

#endif  // SUMMARIZE_OPTIONS_HPP_
