// End-to-end behaviour of Summarizer through the public API only.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/summarize.hpp"

namespace {

using summarize::ErrorCode;
using summarize::Length;
using summarize::Options;
using summarize::SentenceKind;
using summarize::Summarizer;
using summarize::Summary;

// Six sentences on two topics; the storm sentences share many words.
constexpr char kArticle[] =
    "The storm reached the northern coast on Monday night. "
    "Coastal towns on the northern coast lost power as the storm passed. "
    "Officials said the storm damaged roads and power lines along the coast.\n"
    "\n"
    "In other news, the city library opened a new reading room. "
    "The reading room holds two thousand books. "
    "Repair crews expect to restore power to the coast by Wednesday.\n";

ErrorCode ErrorOf(const Summarizer& summarizer, std::string_view text,
                  std::size_t* offset = nullptr) {
  try {
    summarizer.Summarize(text);
  } catch (const summarize::Error& e) {
    if (offset != nullptr) *offset = e.byte_offset();
    return e.code();
  }
  return ErrorCode::kInternal;  // stands for "no error"
}

void ExpectSlicesInput(const Summary& summary, std::string_view input) {
  for (const auto& s : summary.ranking.sentences) {
    ASSERT_LE(s.begin, s.end);
    ASSERT_LE(s.end, input.size());
    EXPECT_EQ(s.text, input.substr(s.begin, s.end - s.begin));
  }
  for (const auto& s : summary.sentences) {
    EXPECT_EQ(s.text, input.substr(s.begin, s.end - s.begin));
    EXPECT_EQ(s.kind, SentenceKind::kSentence);
  }
}

TEST(SummarizerTest, PicksTopSentencesInDocumentOrder) {
  const Summary summary = summarize::Summarize(kArticle);
  ASSERT_EQ(summary.sentences.size(), 3U);
  ExpectSlicesInput(summary, kArticle);
  for (std::size_t i = 1; i < summary.sentences.size(); ++i) {
    EXPECT_LT(summary.sentences[i - 1].index, summary.sentences[i].index);
  }
  EXPECT_EQ(summary.ranking.sentences.size(), 6U);
  EXPECT_EQ(summary.ranking.candidates, 6U);
  // The storm dominates the article: storm sentences rank first and second
  // and both are in the summary.
  std::size_t storm_in_top_two = 0;
  for (const auto& sentence : summary.ranking.sentences) {
    if (sentence.rank <= 2 && sentence.index <= 2) ++storm_in_top_two;
  }
  EXPECT_EQ(storm_in_top_two, 2U);
  EXPECT_LE(summary.sentences[1].index, 2U);
}

TEST(SummarizerTest, RankingIsAPermutationAndScoresSumToOne) {
  for (auto algorithm :
       {summarize::Algorithm::kDefault, summarize::Algorithm::kTextRank}) {
    Options options;
    options.algorithm = algorithm;
    const summarize::Ranking ranking = Summarizer(options).Rank(kArticle);
    std::vector<std::size_t> ranks;
    double sum = 0;
    for (const auto& s : ranking.sentences) {
      ranks.push_back(s.rank);
      sum += s.score;
    }
    std::sort(ranks.begin(), ranks.end());
    std::vector<std::size_t> expected(ranking.sentences.size());
    std::iota(expected.begin(), expected.end(), 1);
    EXPECT_EQ(ranks, expected);
    EXPECT_NEAR(sum, 1.0, 1e-9);
  }
}

TEST(SummarizerTest, RankingWithoutTextKeepsEverythingElse) {
  const Summary full = summarize::Summarize(kArticle);
  Options options;
  options.ranking_text = false;
  const Summarizer summarizer(options);
  const Summary bare = summarizer.Summarize(kArticle);

  ASSERT_EQ(bare.ranking.sentences.size(), full.ranking.sentences.size());
  for (std::size_t i = 0; i < bare.ranking.sentences.size(); ++i) {
    const auto& unit = bare.ranking.sentences[i];
    const auto& reference = full.ranking.sentences[i];
    EXPECT_TRUE(unit.text.empty()) << unit.text;
    EXPECT_EQ(unit.begin, reference.begin);
    EXPECT_EQ(unit.end, reference.end);
    EXPECT_EQ(unit.score, reference.score);
    EXPECT_EQ(unit.rank, reference.rank);
    EXPECT_EQ(unit.kind, reference.kind);
  }
  // The chosen sentences carry their text all the same.
  ASSERT_EQ(bare.sentences.size(), full.sentences.size());
  for (std::size_t i = 0; i < bare.sentences.size(); ++i) {
    EXPECT_EQ(bare.sentences[i].index, full.sentences[i].index);
    EXPECT_EQ(bare.sentences[i].text, full.sentences[i].text);
    EXPECT_FALSE(bare.sentences[i].text.empty());
  }
  for (const auto& unit : summarizer.Rank(kArticle).sentences) {
    EXPECT_TRUE(unit.text.empty()) << unit.text;
  }
}

TEST(SummarizerTest, EmptyAndWhitespaceInputGiveEmptySummary) {
  for (const char* text : {"", " ", "\n\n\t  \r\n", "\xEF\xBB\xBF"}) {
    const Summary summary = summarize::Summarize(text);
    EXPECT_TRUE(summary.sentences.empty());
    EXPECT_TRUE(summary.ranking.sentences.empty());
  }
}

TEST(SummarizerTest, OneSentence) {
  const std::string text = "  Only one sentence is here.  \n";
  const Summary summary = summarize::Summarize(text);
  ASSERT_EQ(summary.sentences.size(), 1U);
  EXPECT_EQ(summary.sentences[0].text, "Only one sentence is here.");
  EXPECT_EQ(summary.sentences[0].begin, 2U);
  EXPECT_EQ(summary.sentences[0].rank, 1U);
}

TEST(SummarizerTest, TextWithoutPunctuationIsSummarized) {
  const std::string text =
      "this text has no punctuation at all but it still says something about "
      "rivers and boats and the people who sail them on long summer evenings";
  const Summary summary = summarize::Summarize(text);
  ASSERT_EQ(summary.sentences.size(), 1U);
  EXPECT_EQ(summary.sentences[0].text, text);
}

TEST(SummarizerTest, ShortLineWithoutPunctuationIsSummarized) {
  const Summary summary = summarize::Summarize("one sentence only\n");
  ASSERT_EQ(summary.sentences.size(), 1U);
  EXPECT_EQ(summary.sentences[0].text, "one sentence only");
}

TEST(SummarizerTest, OffsetsCountTheByteOrderMark) {
  const std::string text = "\xEF\xBB\xBFThe first sentence. The second one.";
  const Summary summary = summarize::Summarize(text);
  ASSERT_EQ(summary.sentences.size(), 2U);
  EXPECT_EQ(summary.sentences[0].begin, 3U);
  ExpectSlicesInput(summary, text);
}

TEST(SummarizerTest, CrLfInput) {
  const std::string text =
      "Headline Without A Stop\r\n\r\nThe first sentence is\r\nwrapped here. "
      "The "
      "second sentence follows.\r\n";
  const Summary summary = summarize::Summarize(text);
  ExpectSlicesInput(summary, text);
  ASSERT_EQ(summary.sentences.size(), 2U);
  EXPECT_EQ(summary.sentences[0].text,
            "The first sentence is\r\nwrapped here.");
}

TEST(SummarizerTest, InvalidUtf8ReportsTheFirstBadByte) {
  const Summarizer summarizer{Options{}};
  std::size_t offset = 0;
  EXPECT_EQ(ErrorOf(summarizer, "Fine text. Then \xC3\x28 bad.", &offset),
            ErrorCode::kInvalidUtf8);
  EXPECT_EQ(offset, 16U);
  EXPECT_EQ(ErrorOf(summarizer, "\xFF", &offset), ErrorCode::kInvalidUtf8);
  EXPECT_EQ(offset, 0U);
}

TEST(SummarizerTest, BinaryInputIsRejected) {
  const Summarizer summarizer{Options{}};
  std::size_t offset = 0;
  EXPECT_EQ(ErrorOf(summarizer, std::string_view("abc\0def", 7), &offset),
            ErrorCode::kBinaryInput);
  EXPECT_EQ(offset, 3U);
}

TEST(SummarizerTest, InputOverTheLimitIsRejected) {
  Options options;
  options.max_input_bytes = 10;
  const Summarizer summarizer(options);
  EXPECT_EQ(ErrorOf(summarizer, "This is longer than ten bytes."),
            ErrorCode::kInputTooLarge);
  EXPECT_NO_THROW(summarizer.Summarize("Short."));
}

TEST(SummarizerTest, LengthModes) {
  Options options;
  options.length = Length::Sentences(2);
  EXPECT_EQ(Summarizer(options).Summarize(kArticle).sentences.size(), 2U);
  options.length = Length::Ratio(0.5);  // ceil(0.5 * 6) = 3
  EXPECT_EQ(Summarizer(options).Summarize(kArticle).sentences.size(), 3U);
  options.length = Length::Ratio(0.01);  // at least one
  EXPECT_EQ(Summarizer(options).Summarize(kArticle).sentences.size(), 1U);
  options.length = Length::Sentences(100);  // fewer candidates: all of them
  EXPECT_EQ(Summarizer(options).Summarize(kArticle).sentences.size(), 6U);

  options.length = Length::Words(25);
  const Summary by_words = Summarizer(options).Summarize(kArticle);
  std::size_t words = 0;
  for (const auto& s : by_words.sentences) words += s.words;
  EXPECT_LE(words, 25U);
  EXPECT_FALSE(by_words.sentences.empty());

  options.length = Length::Words(3);  // no sentence is that short
  EXPECT_TRUE(Summarizer(options).Summarize(kArticle).sentences.empty());
}

TEST(SummarizerTest, FragmentsAreNeverChosen) {
  const std::string text =
      "Riverside Gazette\n"
      "\n"
      "Bridge Reopens After Repairs\n"
      "\n"
      "Want the short version?\n"
      "\n"
      "The old stone bridge reopened on Friday after eight months of repairs. "
      "Engineers replaced the bridge deck and strengthened two arches. "
      "Traffic on the bridge is expected to return to normal next week.\n"
      "\n"
      "Older Posts\n";
  Options options;
  options.length = Length::Sentences(10);
  for (const auto& info : summarize::Algorithms()) {
    options.algorithm = info.algorithm;
    const Summary summary = Summarizer(options).Summarize(text);
    EXPECT_EQ(summary.sentences.size(), 3U) << info.name;
    std::size_t fragments = 0;
    for (const auto& s : summary.ranking.sentences) {
      // Fragments outside the article are boilerplate.
      if (s.kind != SentenceKind::kSentence) {
        ++fragments;
        EXPECT_EQ(s.score, 0.0);
        EXPECT_EQ(s.rank, 0U);
      }
    }
    EXPECT_EQ(fragments, 4U) << info.name;
    ExpectSlicesInput(summary, text);
  }
}

TEST(SummarizerTest, CallerSuppliedSpans) {
  const std::string text =
      "alpha beta gamma | beta gamma delta | unrelated words here";
  const Summarizer summarizer{Options{}};
  const Summary summary =
      summarizer.SummarizeSpans(text, {{0, 16}, {19, 35}, {38, text.size()}});
  EXPECT_EQ(summary.ranking.sentences.size(), 3U);
  EXPECT_EQ(summary.ranking.sentences[1].text, "beta gamma delta");
  ExpectSlicesInput(summary, text);

  auto spans_error = [&](std::vector<summarize::Span> spans) {
    try {
      summarizer.SummarizeSpans(text, spans);
    } catch (const summarize::Error& e) {
      return e.code();
    }
    return ErrorCode::kInternal;
  };
  EXPECT_EQ(spans_error({{0, 100}}), ErrorCode::kInvalidSpans);
  EXPECT_EQ(spans_error({{5, 3}}), ErrorCode::kInvalidSpans);
  EXPECT_EQ(spans_error({{0, 10}, {5, 12}}), ErrorCode::kInvalidSpans);
  const std::string accented = "caf\xC3\xA9 ole";
  try {
    summarizer.SummarizeSpans(accented, {{0, 4}});
    FAIL();
  } catch (const summarize::Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidSpans);
  }
}

// Vectors from the caller: v0 = (1, 0), v1 = (1, 1), v2 = (0, 1) make the
// path 0 − 1 − 2 with equal cosines 1/√2, whose PageRank is 19/74, 18/37,
// 19/74 (d = 0.85): the middle span is the one-sentence summary, whatever
// its words.
TEST(SummarizerTest, SummarizeWithVectors) {
  const std::string text = "Cats sleep. Dogs bark loudly. Birds sing.";
  const std::vector<summarize::Span> spans = {{0, 11}, {12, 29}, {30, 41}};
  Options options;
  options.length = Length::Sentences(1);
  options.tolerance = 1e-12;
  options.max_iterations = 10000;
  const Summarizer summarizer(options);
  const Summary summary =
      summarizer.SummarizeWithVectors(text, spans, {{1, 0}, {1, 1}, {0, 1}});
  ASSERT_EQ(summary.sentences.size(), 1U);
  EXPECT_EQ(summary.sentences[0].text, "Dogs bark loudly.");
  EXPECT_NEAR(summary.ranking.sentences[0].score, 19.0 / 74.0, 1e-9);
  EXPECT_NEAR(summary.ranking.sentences[1].score, 18.0 / 37.0, 1e-9);
  ExpectSlicesInput(summary, text);

  auto vectors_error = [&](std::vector<std::vector<float>> vectors) {
    try {
      summarizer.SummarizeWithVectors(text, spans, vectors);
    } catch (const summarize::Error& e) {
      return e.code();
    }
    return ErrorCode::kInternal;
  };
  EXPECT_EQ(vectors_error({{1, 0}, {1, 1}}), ErrorCode::kInvalidSpans);
  EXPECT_EQ(vectors_error({{}, {}, {}}), ErrorCode::kInvalidSpans);
  EXPECT_EQ(vectors_error({{1, 0}, {1}, {0, 1}}), ErrorCode::kInvalidSpans);
  EXPECT_EQ(vectors_error({{1, 0}, {std::nanf(""), 1}, {0, 1}}),
            ErrorCode::kInvalidSpans);
}

TEST(SummarizerTest, KeywordsOnRequest) {
  Options options;
  EXPECT_TRUE(Summarizer(options).Summarize(kArticle).keywords.empty());
  options.keywords = 4;
  const Summary summary = Summarizer(options).Summarize(kArticle);
  ASSERT_EQ(summary.keywords.size(), 4U);
  for (std::size_t i = 0; i < summary.keywords.size(); ++i) {
    EXPECT_FALSE(summary.keywords[i].text.empty());
    EXPECT_GT(summary.keywords[i].score, 0.0);
    if (i > 0) {
      EXPECT_LE(summary.keywords[i].score, summary.keywords[i - 1].score);
    }
    // Shown as written: a slice of the article, not a stem.
    EXPECT_NE(std::string_view(kArticle).find(summary.keywords[i].text),
              std::string_view::npos)
        << summary.keywords[i].text;
  }
  // The summary itself does not change.
  options.keywords = 0;
  const Summary plain = Summarizer(options).Summarize(kArticle);
  ASSERT_EQ(plain.sentences.size(), summary.sentences.size());
  for (std::size_t i = 0; i < plain.sentences.size(); ++i) {
    EXPECT_EQ(plain.sentences[i].begin, summary.sentences[i].begin);
  }
}

// Every algorithm, with MMR on and off, keeps the length and the offsets.
TEST(SummarizerTest, MmrWithEveryAlgorithm) {
  for (const auto& info : summarize::Algorithms()) {
    for (const double lambda : {0.0, 0.3, 1.0}) {
      Options options;
      options.algorithm = info.algorithm;
      options.mmr_lambda = lambda;
      options.length = Length::Sentences(2);
      const Summary summary = Summarizer(options).Summarize(kArticle);
      EXPECT_EQ(summary.sentences.size(), 2U) << info.name << " " << lambda;
      ExpectSlicesInput(summary, kArticle);
    }
  }
}

// A text of one sentence said over and over has nothing else to say: the
// summary says it once, for every algorithm and with MMR.
TEST(SummarizerTest, RepeatedSentenceIsChosenOnce) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "The river rose over the old bridge. ";
  for (const auto& info : summarize::Algorithms()) {
    for (const double lambda : {0.0, 0.5}) {
      Options options;
      options.algorithm = info.algorithm;
      options.mmr_lambda = lambda;
      options.length = Length::Sentences(3);
      const Summary summary = Summarizer(options).Summarize(text);
      ASSERT_EQ(summary.sentences.size(), 1U) << info.name << " " << lambda;
      EXPECT_EQ(summary.sentences[0].text,
                "The river rose over the old bridge.");
    }
  }
}

TEST(SummarizerTest, DeadlineAndCancelCallback) {
  Options options;
  options.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  EXPECT_EQ(ErrorOf(Summarizer(options), kArticle), ErrorCode::kCancelled);

  Options cancelled;
  cancelled.cancel = [] { return true; };
  EXPECT_EQ(ErrorOf(Summarizer(cancelled), kArticle), ErrorCode::kCancelled);
}

TEST(SummarizerTest, Deterministic) {
  const Summarizer summarizer{Options{}};
  const Summary a = summarizer.Summarize(kArticle);
  const Summary b = summarizer.Summarize(kArticle);
  ASSERT_EQ(a.ranking.sentences.size(), b.ranking.sentences.size());
  for (std::size_t i = 0; i < a.ranking.sentences.size(); ++i) {
    EXPECT_EQ(a.ranking.sentences[i].score, b.ranking.sentences[i].score);
  }
}

// Deterministic pseudo-random prose: sentences of 8-20 words drawn from a
// vocabulary of made-up words with a skewed distribution.
std::string SyntheticText(std::size_t bytes) {
  static const char* const kSyllables[] = {"ka",  "lo", "mi",  "ser",
                                           "tan", "vo", "ri",  "den",
                                           "pa",  "lu", "mor", "ce"};
  std::uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  };
  std::string text;
  std::size_t in_paragraph = 0;
  while (text.size() < bytes) {
    const std::uint32_t length = 8 + next() % 13;
    for (std::uint32_t w = 0; w < length; ++w) {
      // Skewed: small ids are much more common than large ones.
      const std::uint32_t id = (next() % 4000) * (next() % 4000) / 4000;
      std::string word = kSyllables[id % 12];
      word += kSyllables[(id / 12) % 12];
      if (id >= 144) word += kSyllables[(id / 144) % 12];
      if (w == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      text += word;
      text += w + 1 == length ? ". " : " ";
    }
    if (++in_paragraph == 6) {
      text += "\n\n";
      in_paragraph = 0;
    }
  }
  return text;
}

TEST(SummarizerTest, LongDocumentsAreCheckedForCancellationThroughout) {
  const std::string text = SyntheticText(200 << 10);  // ~2,000 sentences
  int calls = 0;
  Options counting;
  counting.cancel = [&calls] {
    ++calls;
    return false;
  };
  EXPECT_NO_THROW(Summarizer(counting).Summarize(text));
  const int total = calls;
  // Far more checks than pipeline stages: the loops check as they go.
  EXPECT_GT(total, 20);

  // Cancelling half-way stops the work there.
  calls = 0;
  Options cancelling;
  cancelling.cancel = [&calls, total] { return ++calls > total / 2; };
  EXPECT_EQ(ErrorOf(Summarizer(cancelling), text), ErrorCode::kCancelled);
  EXPECT_EQ(calls, total / 2 + 1);
}

TEST(SummarizerTest, OneMegabyteInputCompletes) {
  const std::string text = SyntheticText(1 << 20);
  const Summary summary = summarize::Summarize(text);
  EXPECT_EQ(summary.sentences.size(), 3U);
  EXPECT_GT(summary.ranking.candidates, 5000U);
  ExpectSlicesInput(summary, text);
}

TEST(SummarizerTitleTest, SentencesRepeatingTheTitleRankHigher) {
  const Summarizer summarizer{Options{}};
  const summarize::Ranking plain = summarizer.Rank(kArticle);
  const summarize::Ranking titled =
      summarizer.Rank(kArticle, "New library reading room");
  ASSERT_EQ(plain.sentences.size(), titled.sentences.size());
  // Sentence 3 ("the city library opened a new reading room") holds every
  // title term; its share of the score mass grows and it moves up.
  EXPECT_GT(titled.sentences[3].score, plain.sentences[3].score);
  EXPECT_LT(titled.sentences[3].rank, plain.sentences[3].rank);
  // The title is never a summary sentence and offsets still slice the text.
  const Summary summary = summarizer.Summarize(kArticle, "Library news");
  ExpectSlicesInput(summary, kArticle);
}

TEST(SummarizerTitleTest, TheTitleRepeatedInTheTextIsNeverChosen) {
  // The headline opens the text as a punctuated sentence; given as the
  // title (in other case and punctuation), it is no longer a candidate (a
  // fragment, which the boilerplate filter then finds before the article).
  const std::string text =
      "Storm closes the coast road.\n\n" + std::string(kArticle);
  Options options;
  options.length = summarize::Length::Sentences(50);
  const Summarizer summarizer{options};
  const Summary untitled = summarizer.Summarize(text);
  ASSERT_EQ(untitled.ranking.sentences[0].kind, SentenceKind::kSentence);
  const Summary titled = summarizer.Summarize(text, "STORM CLOSES COAST ROAD");
  EXPECT_NE(titled.ranking.sentences[0].kind, SentenceKind::kSentence);
  EXPECT_EQ(titled.ranking.candidates, untitled.ranking.candidates - 1);
  for (const auto& chosen : titled.sentences) {
    EXPECT_NE(chosen.text, "Storm closes the coast road.");
  }
  // A sentence that only shares some of the title's words stays.
  const Summary partial = summarizer.Summarize(text, "Storm closes roads");
  EXPECT_EQ(partial.ranking.sentences[0].kind, SentenceKind::kSentence);
}

TEST(SummarizerTitleTest, InvalidTitleIsAnInputError) {
  const Summarizer summarizer{Options{}};
  try {
    summarizer.Summarize(kArticle, "bad \xC3 title");
    FAIL() << "no error";
  } catch (const summarize::Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInvalidUtf8);
  }
}

}  // namespace
