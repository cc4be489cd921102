// Every internal cap of the library (README.md, "Limits"): valid input at or
// past the cap is summarized, never refused. The one cap that refuses input,
// Options::max_input_bytes, is tested at its edge.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/summarize.hpp"

namespace {

using summarize::Algorithm;
using summarize::Length;
using summarize::Options;
using summarize::Summarizer;
using summarize::Summary;

// A lower-case word of letters only, distinct for each i (base-26 digits).
std::string Word(std::size_t i) {
  std::string word;
  i += 26 * 26;  // at least three letters
  while (i > 0) {
    word.push_back(static_cast<char>('a' + i % 26));
    i /= 26;
  }
  return word;
}

Summary SummarizeWith(std::string_view text, Options options = {}) {
  return Summarizer(options).Summarize(text);
}

// Asserts that `summary` chose `count` sentences, each a slice of `text`
// (or of the converted text).
void ExpectSummary(const Summary& summary, std::string_view text,
                   std::size_t count) {
  ASSERT_EQ(summary.sentences.size(), count);
  const std::string_view source =
      summary.ranking.document.converted ? summary.ranking.document.text : text;
  for (const summarize::Sentence& s : summary.sentences) {
    ASSERT_LE(s.end, source.size());
    EXPECT_EQ(source.substr(s.begin, s.end - s.begin), s.text);
  }
}

// The graph (PageRank) methods: their candidate scores sum to 1.
const Algorithm kPageRankMethods[] = {
    Algorithm::kDefault,        Algorithm::kTextRank,
    Algorithm::kTextRankCosine, Algorithm::kTextRankBm25,
    Algorithm::kLexRank,        Algorithm::kLexRankContinuous};

void ExpectScoresSumToOne(const Summary& summary) {
  double sum = 0;
  for (const summarize::Sentence& s : summary.ranking.sentences) {
    sum += s.score;
  }
  EXPECT_NEAR(sum, 1.0, 1e-6);
}

// n sentences that all share `shared` and otherwise have words of their own.
std::string SentencesSharingAWord(std::size_t n, const std::string& shared) {
  std::string text;
  for (std::size_t i = 0; i < n; ++i) {
    text += "The " + shared + " " + Word(3 * i) + " " + Word(3 * i + 1) + " " +
            Word(3 * i + 2) + ". ";
  }
  return text;
}

// HTML nesting depth: elements nested deeper than 512 are dropped before
// parsing and their text joins the enclosing element's.
TEST(LimitsTest, HtmlNestedPastTheDepthCapIsSummarized) {
  for (const std::size_t depth : {512u, 513u, 2000u}) {
    SCOPED_TRACE(depth);
    std::string page = "<!DOCTYPE html><html><body>";
    for (std::size_t i = 0; i < depth; ++i) {
      page += "<div>Level " + std::to_string(i) + " holds the " + Word(i) +
              " stone of the old tower. ";
    }
    for (std::size_t i = 0; i < depth; ++i) page += "</div>";
    page += "</body></html>";
    const Summary summary = SummarizeWith(page);
    ExpectSummary(summary, page, 3);
    EXPECT_TRUE(summary.ranking.document.html);
    // The deepest text is still part of the document.
    EXPECT_NE(summary.ranking.document.text.find(
                  "Level " + std::to_string(depth - 1) + " holds"),
              std::string::npos);
  }
}

// Graph neighbour cap: a sentence keeps its 100 heaviest edges. Here every
// sentence shares a word with 249 others (the word is in 250 sentences, below
// the frequent-term cut of 256).
TEST(LimitsTest, MoreNeighboursThanTheCapAreSummarized) {
  const std::string text = SentencesSharingAWord(250, "harbour");
  for (const Algorithm algorithm : kPageRankMethods) {
    SCOPED_TRACE(summarize::AlgorithmName(algorithm));
    Options options;
    options.algorithm = algorithm;
    options.language = "en";
    const Summary summary = SummarizeWith(text, options);
    ExpectSummary(summary, text, 3);
    ExpectScoresSumToOne(summary);
  }
}

// Frequent-term cut: a term in more than max(256, 0.2% of the sentences)
// sentences links no pairs. Here one word is in all 400 sentences, and in the
// second text every word is (400 copies of one sentence: no edges at all).
TEST(LimitsTest, TermsPastTheFrequentCutAreSummarized) {
  std::string copies;
  for (int i = 0; i < 400; ++i) copies += "The ferry left the harbour. ";
  for (const std::string& text :
       {SentencesSharingAWord(400, "harbour"), copies}) {
    for (const summarize::AlgorithmInfo& info : summarize::Algorithms()) {
      SCOPED_TRACE(info.name);
      Options options;
      options.algorithm = info.algorithm;
      options.language = "en";
      const Summary summary = SummarizeWith(text, options);
      ASSERT_GE(summary.sentences.size(), 1u);
      ASSERT_LE(summary.sentences.size(), 3u);
      ExpectSummary(summary, text, summary.sentences.size());
    }
  }
}

// Word cache: cleared when it holds 2^17 distinct words or 8 MiB of them.
// Clearing changes nothing but speed: a text with more distinct words is
// summarized, the same way twice.
TEST(LimitsTest, VocabularyPastTheWordCacheIsSummarized) {
  std::string text;
  for (std::size_t i = 0; i < 140000; i += 10) {
    text += "The";
    for (std::size_t k = i; k < i + 10; ++k) text += " " + Word(k);
    text += ". ";
  }
  Options options;
  options.language = "en";
  const Summarizer summarizer(options);
  const Summary first = summarizer.Summarize(text);
  ExpectSummary(first, text, 3);
  const Summary second = summarizer.Summarize(text);
  ASSERT_EQ(second.ranking.sentences.size(), first.ranking.sentences.size());
  for (std::size_t i = 0; i < first.ranking.sentences.size(); ++i) {
    EXPECT_EQ(second.ranking.sentences[i].score,
              first.ranking.sentences[i].score);
  }
}

// Language detection reads the first 64 KiB; the rest of a longer text is
// summarized in the language found there.
TEST(LimitsTest, TextPastTheDetectionSampleIsSummarized) {
  std::string text;
  for (int i = 0; text.size() < 100000; ++i) {
    text += "Der Stadtrat hat am Dienstag beschlossen, die Brücke Nummer " +
            std::to_string(i) + " über den Fluss zu erneuern. ";
  }
  const std::size_t german = text.size();
  for (int i = 0; i < 200; ++i) {
    text += "The council voted to rebuild bridge number " + std::to_string(i) +
            " over the river. ";
  }
  const Summary summary = SummarizeWith(text);
  ExpectSummary(summary, text, 3);
  EXPECT_EQ(summary.ranking.document.language, "de");
  EXPECT_GT(summary.ranking.sentences.back().begin, german);
}

// Options::max_input_bytes: input of exactly the limit is summarized; one
// byte more is refused (kInputTooLarge), the one cap that refuses input.
TEST(LimitsTest, InputAtMaxInputBytesIsSummarized) {
  std::string text;
  for (std::size_t i = 0; text.size() < 5000; ++i) {
    text += "The tide came in at dawn with the " + Word(i) + " boats. ";
  }
  Options options;
  options.max_input_bytes = text.size();
  ExpectSummary(SummarizeWith(text, options), text, 3);
  options.max_input_bytes = text.size() - 1;
  try {
    SummarizeWith(text, options);
    FAIL() << "expected kInputTooLarge";
  } catch (const summarize::Error& error) {
    EXPECT_EQ(error.code(), summarize::ErrorCode::kInputTooLarge);
  }
}

// Converted text may be up to 3 × max_input_bytes: a windows-1252 input of
// exactly the limit, mostly "€" (0x80, three bytes in UTF-8).
TEST(LimitsTest, ConvertedInputThreeTimesLargerIsSummarized) {
  std::string text;
  for (std::size_t i = 0; text.size() < 3000; ++i) {
    text += "Prices " + Word(i) + " " + std::string(60, '\x80') + " rose. ";
  }
  Options options;
  options.encoding = "windows-1252";
  options.max_input_bytes = text.size();
  const Summary summary = SummarizeWith(text, options);
  ExpectSummary(summary, text, 3);
  EXPECT_GT(summary.ranking.document.text.size(), 5 * text.size() / 2);
}

// The <meta charset> prescan reads the first 4 KiB; a UTF-8 page that
// declares its charset later is summarized, and so is a legacy-encoded one
// when the encoding is given.
TEST(LimitsTest, CharsetDeclaredPastTheSniffLimitIsSummarized) {
  const std::string comment = "<!--" + std::string(5000, 'x') + "-->";
  const std::string body =
      "<body><p>The caf\xC3\xA9 on the harbour opened early on Monday for "
      "the fishing crews.</p><p>Its owner said the new ferry brings more "
      "guests every week.</p></body></html>";
  const std::string utf8 = "<!DOCTYPE html><html><head>" + comment +
                           "<meta charset=\"utf-8\"></head>" + body;
  ExpectSummary(SummarizeWith(utf8), utf8, 2);

  std::string latin1 = "<!DOCTYPE html><html><head>" + comment +
                       "<meta charset=\"windows-1252\"></head>" + body;
  latin1.replace(latin1.find("\xC3\xA9"), 2, "\xE9");
  Options options;
  options.encoding = "windows-1252";
  const Summary summary = SummarizeWith(latin1, options);
  ExpectSummary(summary, latin1, 2);
  EXPECT_NE(summary.ranking.document.text.find("caf\xC3\xA9"),
            std::string::npos);
}

// HTML detection skips at most 64 KiB of leading comments: past that, auto
// mode reads the page as plain text (still summarized), and --format-in
// html reads it as HTML.
TEST(LimitsTest, LeadingCommentPastTheDetectionLimitIsSummarized) {
  const std::string page = "<!--" + std::string(70000, '-') + "-->" +
                           "<html><body><p>The ferry crossed the bay at "
                           "noon.</p><p>Passengers watched the seals on the "
                           "rocks.</p></body></html>";
  const Summary as_text = SummarizeWith(page);
  EXPECT_FALSE(as_text.ranking.document.html);
  EXPECT_GE(as_text.sentences.size(), 1u);
  Options options;
  options.input_format = summarize::InputFormat::kHtml;
  const Summary as_html = SummarizeWith(page, options);
  EXPECT_TRUE(as_html.ranking.document.html);
  ExpectSummary(as_html, page, 2);
}

// No cap on word length: a 1 MB word is summarized whole. A sentence of
// over kLongSentenceBytes (4,000 bytes; here 100,000 words without
// punctuation) is cut at word boundaries into pieces of at most 600 bytes,
// which are summarized like sentences.
TEST(LimitsTest, HugeWordsAndSentencesAreSummarized) {
  const std::string word_text = "The harbour opened at dawn. A" +
                                std::string(1 << 20, 'a') +
                                " is a long word. The ferry left at noon.";
  const Summary words = SummarizeWith(word_text);
  // The second sentence, 1 MB long, is cut after its long word.
  ASSERT_EQ(words.ranking.sentences.size(), 4u);
  EXPECT_EQ(words.ranking.sentences[1].text, "A" + std::string(1 << 20, 'a'));
  EXPECT_EQ(words.ranking.sentences[2].text, "is a long word.");
  ExpectSummary(words, word_text, 3);

  std::string sentence;
  for (std::size_t i = 0; i < 100000; ++i) sentence += Word(i % 5000) + " ";
  const Summary pieces = SummarizeWith(sentence);
  ExpectSummary(pieces, sentence, 3);
  EXPECT_GT(pieces.ranking.sentences.size(), sentence.size() / 600);
  std::size_t words_seen = 0;
  for (const summarize::Sentence& s : pieces.ranking.sentences) {
    EXPECT_LE(s.end - s.begin, 600u);
    EXPECT_TRUE(s.end == sentence.size() || sentence[s.end] == ' ');
    words_seen += s.words;
  }
  EXPECT_EQ(words_seen, 100000u);
}

// Greedy methods (sumbasic, kl-sum) order at most max(20, 4·10⁸ / matrix
// entries) sentences by choice and the rest by their own scores: a ratio
// summary of 7,000 sentences (70,000 entries: 5,714 picks) still gets all
// the sentences it asks for.
TEST(LimitsTest, GreedyMethodsPastTheirPickCapAreSummarized) {
  std::string text;
  for (std::size_t i = 0; i < 7000; ++i) {
    text += "The";
    for (std::size_t k = 0; k < 10; ++k) text += " " + Word((i * 7 + k) % 9000);
    text += ". ";
  }
  Options options;
  options.algorithm = Algorithm::kSumBasic;
  options.language = "en";
  options.length = Length::Ratio(1.0);
  const Summary summary = SummarizeWith(text, options);
  // A few lines are fragments (the structure pass), not candidates.
  EXPECT_GT(summary.ranking.candidates, 6900u);
  ExpectSummary(summary, text, summary.ranking.candidates);
}

// LSA scores with at most 10 topic dimensions: a text of 15 topics is
// summarized.
TEST(LimitsTest, MoreTopicsThanLsaDimensionsAreSummarized) {
  std::string text;
  for (std::size_t topic = 0; topic < 15; ++topic) {
    for (int s = 0; s < 3; ++s) {
      text += "The " + Word(10 * topic) + " " + Word(10 * topic + 1) + " " +
              Word(10 * topic + 2 + static_cast<std::size_t>(s)) + ". ";
    }
  }
  Options options;
  options.algorithm = Algorithm::kLsa;
  options.language = "en";
  options.length = Length::Sentences(12);
  ExpectSummary(SummarizeWith(text, options), text, 12);
}

// Power iteration stops after max_iterations even unconverged: the scores
// it has are used.
TEST(LimitsTest, UnconvergedPowerIterationIsSummarized) {
  const std::string text = SentencesSharingAWord(50, "harbour");
  for (const Algorithm algorithm : kPageRankMethods) {
    SCOPED_TRACE(summarize::AlgorithmName(algorithm));
    Options options;
    options.algorithm = algorithm;
    options.language = "en";
    options.max_iterations = 1;
    const Summary summary = SummarizeWith(text, options);
    ExpectSummary(summary, text, 3);
    ExpectScoresSumToOne(summary);
  }
}

// Keyphrases are at most 4 words: a repeated 6-word phrase is still a
// keyword source.
TEST(LimitsTest, PhrasesLongerThanTheKeyphraseCapGiveKeywords) {
  std::string text;
  for (int i = 0; i < 6; ++i) {
    text += "The northern harbour ferry ticket office opened again on day " +
            std::to_string(i) + ". Crews repaired nets by the pier. ";
  }
  Options options;
  options.language = "en";
  options.keywords = 5;
  const Summary summary = SummarizeWith(text, options);
  ExpectSummary(summary, text, 3);
  ASSERT_FALSE(summary.keywords.empty());
  for (const summarize::Keyword& keyword : summary.keywords) {
    const auto words =
        std::count(keyword.text.begin(), keyword.text.end(), ' ') + 1;
    EXPECT_LE(words, 4) << keyword.text;
  }
}

}  // namespace
