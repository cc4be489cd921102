// Results of libsummarize: owning values, safe to keep after the input dies.
#ifndef SUMMARIZE_SUMMARY_HPP_
#define SUMMARIZE_SUMMARY_HPP_

#include <cstddef>
#include <string>
#include <vector>

#include "summarize/export.h"

namespace summarize {

// What a sentence-like unit of the document is.
enum class SentenceKind {
  // A body sentence: a candidate for the summary.
  kSentence,
  // A heading or page fragment (title, "Share this", a lone teaser
  // question, a line repeated across the page). Kept for structure, never
  // scored or chosen.
  kFragment,
  // Page furniture found by the boilerplate filter (Options::
  // remove_boilerplate): mastheads, bylines, datelines, captions, "Read
  // more" lists, cookie and copyright notices around the article. Never
  // scored or chosen.
  kBoilerplate,
};

// A short stable name for `kind`: "sentence", "fragment" or "boilerplate".
SUMMARIZE_EXPORT const char* SentenceKindName(SentenceKind kind) noexcept;

// One unit of the document, in document order.
struct Sentence {
  // The exact bytes [begin, end) of the caller's input (of
  // Document::text when the input was converted). Empty in a ranking's
  // units when Options::ranking_text is false.
  std::string text;
  // Byte range [begin, end) into the caller's input, or into Document::text
  // when Document::converted (BOM included in the count when the text
  // started with one). Leading and trailing whitespace is not part of the
  // range.
  std::size_t begin = 0;
  std::size_t end = 0;
  // Position among all units of the document, fragments included, from 0.
  std::size_t index = 0;
  // Paragraph number, from 0 (blank lines end paragraphs).
  std::size_t paragraph = 0;
  SentenceKind kind = SentenceKind::kSentence;
  // Number of words (ICU word breaks that are letters, numbers or ideographs).
  std::size_t words = 0;
  // Score from the ranking algorithm; candidates' scores are >= 0 and, for
  // the graph methods, sum to 1. Fragments score 0.
  double score = 0;
  // 1 for the best-scored candidate, 2 for the next, ...; ties go to the
  // earlier sentence. 0 for fragments.
  std::size_t rank = 0;
};

// What the library read: the text that offsets refer to, and what it
// learned about the document on the way.
struct Document {
  // True when offsets (Sentence::begin, end) refer to `text` rather than to
  // the caller's input: the input was HTML (`text` is the article extracted
  // from it), or was transcoded to UTF-8 (Options::encoding, a UTF-16
  // byte-order mark, an HTML <meta charset>), or had invalid UTF-8 replaced
  // (Options::replace_invalid).
  bool converted = false;
  // The UTF-8 text the offsets refer to when `converted`; empty otherwise
  // (the offsets refer to the input itself).
  std::string text;
  // The title: the one passed to Summarize() or Rank(), else the page's
  // (og:title, <title>, first <h1>) for HTML; empty when there is none. It
  // is never a summary sentence.
  std::string title;
  // True when the input was read as HTML.
  bool html = false;
  // The encoding the input was read in: "UTF-8", or the encoding it was
  // transcoded from.
  std::string encoding = "UTF-8";
  // The language the text was analysed as: an ISO 639-1 code ("en", "zh";
  // ISO 639-2/3 for languages without one), or "und" when Options::language
  // is "auto" and no language was detected with enough confidence (ICU's
  // root rules, no stemmer, no stopwords) and, for HTML, the page declares
  // none ICU knows (else the declared one, see Options::language). With an
  // explicit Options::language, its canonical code ("pt-BR" gives "pt").
  std::string language;
  // How sure the detection was, in [0, 1]: the detected language's share of
  // the letters the detector could place in a language, halved when it
  // does not call the result reliable (short text, a close second
  // language); below 0.4 (or for a language ICU has no locale for) "und" or
  // the page's declared language is used. A language an HTML page declares
  // adds nothing to it: it is always the text's own. 1 when
  // Options::language names the language.
  double language_confidence = 0;
};

// Every unit of a document with its score.
struct Ranking {
  // All units in document order (fragments included); without their text
  // when Options::ranking_text is false.
  std::vector<Sentence> sentences;
  // How many of them are candidates (SentenceKind::kSentence).
  std::size_t candidates = 0;
  // The text the offsets refer to and what was learned about it.
  Document document;
};

// A keyword or keyphrase of the document (Options::keywords).
struct Keyword {
  // As written in the text: the most frequent spelling of the word or
  // phrase among its occurrences (ties to the first), whitespace runs
  // collapsed to one space.
  std::string text;
  // The sum of its words' TextRank scores over the word co-occurrence
  // graph (all words' scores sum to 1), > 0.
  double score = 0;
};

// A summary: the chosen sentences and the ranking they came from.
struct Summary {
  // The chosen sentences, in document order.
  std::vector<Sentence> sentences;
  // Every unit with its score.
  Ranking ranking;
  // The Options::keywords best keywords and keyphrases, best first (empty
  // when Options::keywords is 0, the default).
  std::vector<Keyword> keywords;
};

// Caller-supplied sentence boundary: a byte range [begin, end) of the input.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

}  // namespace summarize

#endif  // SUMMARIZE_SUMMARY_HPP_
