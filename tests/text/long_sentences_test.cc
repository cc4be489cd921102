#include "text/long_sentences.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/sentence_breaks.h"

namespace summarize::internal {
namespace {

std::vector<Span> Whole(std::string_view text) { return {{0, text.size()}}; }

using Range = std::pair<std::size_t, std::size_t>;

Range AsRange(const Span& span) { return {span.begin, span.end}; }

std::vector<Range> AsRanges(const std::vector<Span>& spans) {
  std::vector<Range> ranges;
  for (const Span& span : spans) ranges.push_back(AsRange(span));
  return ranges;
}

std::string_view Slice(std::string_view text, const Span& span) {
  return text.substr(span.begin, span.end - span.begin);
}

// The pieces cover the sentence: consecutive, each separated from the next
// by white space only (or touching it), none empty, none with white space
// at either end.
void ExpectCover(std::string_view text, const std::vector<Span>& pieces) {
  ASSERT_FALSE(pieces.empty());
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const std::string_view piece = Slice(text, pieces[i]);
    ASSERT_FALSE(piece.empty());
    EXPECT_NE(piece.front(), ' ');
    EXPECT_NE(piece.back(), ' ');
    const std::size_t gap_begin = i == 0 ? 0 : pieces[i - 1].end;
    EXPECT_LE(gap_begin, pieces[i].begin);
    for (std::size_t b = gap_begin; b < pieces[i].begin; ++b) {
      EXPECT_EQ(text[b], ' ') << "byte " << b;
    }
  }
  EXPECT_EQ(pieces.back().end, text.size());
}

// "w0 w1 w2 ..." up to at least `bytes` bytes, no punctuation.
std::string Words(std::size_t bytes) {
  std::string text;
  for (int i = 0; text.size() < bytes; ++i) {
    if (!text.empty()) text += ' ';
    text += "word" + std::to_string(i);
  }
  return text;
}

TEST(LongSentencesTest, SentencesUpToTheCapPassUnchanged) {
  const std::string text =
      Words(kLongSentenceBytes).substr(0, kLongSentenceBytes);
  const std::string trimmed(text.substr(0, text.find_last_not_of(' ') + 1));
  const std::vector<Span> spans = {{0, 5}, {6, trimmed.size()}};
  EXPECT_EQ(AsRanges(CutLongSentences(trimmed, spans)), AsRanges(spans));
}

TEST(LongSentencesTest, TextWithoutPunctuationIsCutAtSpaces) {
  const std::string text = Words(3 * kLongSentenceBytes);
  const std::vector<Span> pieces = CutLongSentences(text, Whole(text));
  ExpectCover(text, pieces);
  EXPECT_GE(pieces.size(), text.size() / kMaxPieceBytes);
  for (const Span& piece : pieces) {
    EXPECT_LE(piece.end - piece.begin, kMaxPieceBytes);
    EXPECT_GE(piece.end - piece.begin, kMinPieceBytes);
    // Whole words only: each piece ends at a space or at the end.
    EXPECT_TRUE(piece.end == text.size() || text[piece.end] == ' ');
  }
}

TEST(LongSentencesTest, ClauseMarksArePreferred) {
  // Clauses of about 260 bytes, each ending in a comma.
  std::string clause;
  while (clause.size() < 255) clause += "the river kept rising ";
  clause.pop_back();
  std::string text;
  while (text.size() < 2 * kLongSentenceBytes) text += clause + ", ";
  text += "and then it stopped";
  const std::vector<Span> pieces = CutLongSentences(text, Whole(text));
  ExpectCover(text, pieces);
  ASSERT_GT(pieces.size(), 2u);
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
    EXPECT_EQ(Slice(text, pieces[i]).back(), ',') << i;
  }
}

TEST(LongSentencesTest, UnspacedScriptsAreCutBetweenCharacters) {
  std::string text;
  while (text.size() < 3 * kLongSentenceBytes) text += "河水上涨淹没了旧桥";
  const std::vector<Span> pieces = CutLongSentences(text, Whole(text));
  ExpectCover(text, pieces);
  ASSERT_GT(pieces.size(), 1u);
  for (const Span& piece : pieces) {
    EXPECT_LE(piece.end - piece.begin, kMaxPieceBytes);
    EXPECT_EQ(piece.begin % 3, 0u) << "cut inside a character";
  }
}

TEST(LongSentencesTest, CjkCommasEndPieces) {
  std::string clause;
  while (clause.size() < 240) clause += "河水上涨";
  std::string text;
  while (text.size() < 2 * kLongSentenceBytes) text += clause + "，";
  text += "结束";
  const std::vector<Span> pieces = CutLongSentences(text, Whole(text));
  ExpectCover(text, pieces);
  ASSERT_GT(pieces.size(), 2u);
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
    EXPECT_TRUE(Slice(text, pieces[i]).ends_with("，")) << i;
  }
}

TEST(LongSentencesTest, AWordIsNeverCut) {
  const std::string giant(5000, 'a');
  const std::string text = Words(700) + " " + giant + " " + Words(700);
  const std::vector<Span> pieces = CutLongSentences(text, Whole(text));
  ExpectCover(text, pieces);
  bool whole = false;
  for (const Span& piece : pieces) {
    const std::string_view s = Slice(text, piece);
    if (s.find('a' + std::string(99, 'a')) != std::string_view::npos) {
      EXPECT_NE(s.find(giant), std::string_view::npos);
      whole = true;
    }
  }
  EXPECT_TRUE(whole);
}

TEST(LongSentencesTest, OnlyTheLongSentenceIsCut) {
  const std::string long_one = Words(2 * kLongSentenceBytes);
  const std::string text = "Short one. " + long_one + " Another.";
  const std::vector<Span> spans = {
      {0, 10}, {11, 11 + long_one.size()}, {12 + long_one.size(), text.size()}};
  const std::vector<Span> pieces = CutLongSentences(text, spans);
  ASSERT_GT(pieces.size(), 4u);
  EXPECT_EQ(AsRange(pieces.front()), AsRange(spans.front()));
  EXPECT_EQ(AsRange(pieces.back()), AsRange(spans.back()));
  EXPECT_EQ(pieces[1].begin, spans[1].begin);
  EXPECT_EQ(pieces[pieces.size() - 2].end, spans[1].end);
}

// The summarizer cuts the original text, line breaks and all, where it
// used to cut a copy with spaces for them: the cuts must be the same.
TEST(LongSentencesTest, LineBreaksCutAsSpaces) {
  const std::vector<std::string> words = {
      "river", "bank",   "water,",       "cold;",  "and",
      "grey:", "\u2014", "\u4e2d\u6587", "\u3001", "x",
      "\n",    "\r\n",   "\r",           " ",      "  "};
  std::mt19937 random(20261127);
  std::size_t with_cuts = 0;
  for (int round = 0; round < 200; ++round) {
    std::string text;
    while (text.size() < kLongSentenceBytes + 3000) {
      text += words[random() % words.size()];
      if (random() % 3 == 0) text += ' ';
    }
    const std::string joined = LineBreaksToSpaces(text);
    const std::vector<Range> original =
        AsRanges(CutLongSentences(text, Whole(text)));
    EXPECT_EQ(original, AsRanges(CutLongSentences(joined, Whole(joined))))
        << "round " << round;
    with_cuts += original.size() > 1 ? 1 : 0;
  }
  EXPECT_EQ(with_cuts, 200u);
}

}  // namespace
}  // namespace summarize::internal
