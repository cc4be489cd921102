// Tests for the word tokenizer: its fast path must give exactly ICU's words.
#include "text/word_tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"
#include "text/language.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Texts(std::string_view piece,
                               const std::vector<Span>& words) {
  std::vector<std::string> texts;
  for (const Span& word : words) {
    texts.emplace_back(piece.substr(word.begin, word.end - word.begin));
  }
  return texts;
}

bool Same(const std::vector<Span>& a, const std::vector<Span>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const Span& x, const Span& y) {
                      return x.begin == y.begin && x.end == y.end;
                    });
}

std::vector<std::string> Words(WordTokenizer& tokenizer,
                               std::string_view piece) {
  return Texts(piece, tokenizer.Words(piece));
}

std::vector<std::string> IcuWords(WordTokenizer& tokenizer,
                                  std::string_view piece) {
  return Texts(piece, tokenizer.IcuWords(piece));
}

// Strings around every rule the fast path implements, and around the
// characters that send a span to ICU.
const char* const kTrickyPieces[] = {
    "Don't stop: it's 3.14, not 3,14 or 1,000,000.",
    "The U.S. and e.g. Ph.D. holders; x.y.z and a.1 and 1.a and a1.5b.",
    "rock'n'roll, 'quoted', ''double'', it''s, 5'6\", 1'000.",
    "ab:cd 10:30 a::b ab: :cd",
    "It\xE2\x80\x99s \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x98single"
    "\xE2\x80\x99 \xE2\x80\x94 dashes \xE2\x80\x93 and\xE2\x80\xA6 dots",
    "na\xC3\xAFve caf\xC3\xA9 \xC3\x9F\xC3\xB6 \xC3\x85ngstr\xC3\xB6m",
    "\xD0\x96\xD1\x83\xD0\xBA.\xD0\x96 \xD0\xB8 \xD1\x82. \xD0\xB5.",
    "\xD9\xA1\xD9\xA2\xD9\xA3 \xD8\xA7\xD9\x84\xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8",
    "tab\there\nnew line\r\nand\xC2\xA0nbsp\xE2\x80\xA8sep",
    "snake_case and __init__ are words, _ alone is not",
    "_are_ __ _ a_b 1_ _1 x__y 1__ _1_ a_1 1_a a1_ __1 1__1 a__ _a1 a_.b",
    "_'s 3_,4 a._b _ _ _a'b_ 1_2.3 1.5_ a'_ _1.5 x_1.5 1_b.c _.a a._ _",
    "_December_ 21_st_, 1847. _Illustrated by F. H. Townsend_",
    "mot\xE2\x80\xAF: \xC2\xAB guillemets\xE2\x80\xAF\xC2\xBB 10\xE2\x80\xAF"
    "000 \xE2\x80\xAF",
    "a\xE2\x80\xBF"
    "b \xE2\x80\xBF \xE2\x80\xBF\xE2\x80\xBF "
    "\xEF\xBD\x81\xEF\xBC\xBF\xEF\xBD\x82",
    "emoji \xF0\x9F\x98\x80 and \xC2\xA9 2024 \xE2\x84\xA2",
    "e\xCC\x81t\xC3\xA9 (combining accent), soft\xC2\xADhyphen",
    "\xE4\xB8\xAD\xE6\x96\x87\xE5\x8F\xA5\xE5\xAD\x90 and \xE0\xB8\x97\xE0"
    "\xB8\x94\xE0\xB8\xAA\xE0\xB8\xAD\xE0\xB8\x9A",
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \"\xD7\x90'\"",
    "1st 2nd 3rd 4th, 42nd St., A4, 4A, $5.00, 50%, #1, @home, a-b, a/b",
    "mail me@example.com or @@ or a@b.c@d",
    "íêµ­ì´a bí 1ê¸",
    "...leading dots, trailing dots... and.. two",
    "'",
    ".",
    "a",
    "1",
    "",
    " ",
    "a'",
    "'a",
    "a.",
    ".a",
    "1.",
    ".1",
    "1,",
};

TEST(WordTokenizerTest, FastPathMatchesIcuOnTrickyText) {
  for (const char* code : {"en", "de", "ru", "tr", "pt", "fr", "ar", "he",
                           "zh", "ja", "ko", "th", "sv", "fi", "hi", "el"}) {
    WordTokenizer tokenizer(ResolveLanguage(code));
    for (const char* piece : kTrickyPieces) {
      EXPECT_EQ(Words(tokenizer, piece), IcuWords(tokenizer, piece))
          << code << ": " << piece;
    }
  }
}

// Compares the fast path with ICU on `count` random strings of `min_length`
// to `max_length` draws from `alphabet`; reports the first few mismatches.
void ExpectFastMatchesIcuOnRandomText(const std::vector<std::string>& alphabet,
                                      int count, unsigned min_length,
                                      unsigned max_length, unsigned seed) {
  WordTokenizer tokenizer(ResolveLanguage("en"));
  unsigned state = seed;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  std::size_t mismatches = 0;
  for (int n = 0; n < count; ++n) {
    std::string piece;
    const unsigned length = min_length + next() % (max_length - min_length + 1);
    for (unsigned k = 0; k < length; ++k) {
      piece += alphabet[next() % alphabet.size()];
    }
    const std::vector<std::string> fast = Words(tokenizer, piece);
    const std::vector<std::string> icu = IcuWords(tokenizer, piece);
    if (fast != icu && ++mismatches <= 5) {
      ADD_FAILURE() << "[" << piece << "]: " << ::testing::PrintToString(fast)
                    << " vs ICU " << ::testing::PrintToString(icu);
    }
  }
  EXPECT_EQ(mismatches, 0u);
}

// Random strings of the characters around ExtendNumLet ("_", U+202F, U+203F)
// and the rules it meets (letters, digits, the mid marks, spaces): the fast
// path's words are ICU's.
TEST(WordTokenizerTest, FastPathMatchesIcuOnRandomJoins) {
  ExpectFastMatchesIcuOnRandomText(
      {"a", "B", "\xC3\xA9", "1", "7", "_", "_", "'", "\xE2\x80\x99", ".", ",",
       ":", " ", "-", "\xE2\x80\xAF", "\xE2\x80\xBF", "x"},
      20000, 1, 12, 2024);
}

// Long random runs of every ASCII class, so that words are read 16 bytes at
// a time (AsciiJoinRun) and end inside, at the edge of and past such a
// block, with a few non-ASCII characters among them.
TEST(WordTokenizerTest, FastPathMatchesIcuOnLongAsciiRuns) {
  std::vector<std::string> alphabet;
  for (const char c : std::string_view("aaaaZzqM095_@'.,;:   -\"`[{\t\x7F")) {
    alphabet.emplace_back(1, c);
  }
  alphabet.emplace_back("\xC3\xA9");      // é
  alphabet.emplace_back("\xE2\x80\x99");  // ’
  ExpectFastMatchesIcuOnRandomText(alphabet, 20000, 12, 70, 77);
}

TEST(WordTokenizerTest, RootRulesUseTheFastPath) {
  for (const char* code : {"en", "de", "ru", "tr", "pt", "es", "fr"}) {
    EXPECT_TRUE(WordTokenizer(ResolveLanguage(code)).fast_path_enabled())
        << code;
  }
}

TEST(WordTokenizerTest, Words) {
  WordTokenizer tokenizer(ResolveLanguage("en"));
  EXPECT_THAT(Words(tokenizer, "Don't panic: 3.14 U.S. rock'n'roll!"),
              ElementsAre("Don't", "panic", "3.14", "U.S", "rock'n'roll"));
  EXPECT_THAT(Words(tokenizer, " \xE2\x80\x9CHi,\xE2\x80\x9D she said."),
              ElementsAre("Hi", "she", "said"));
  EXPECT_TRUE(tokenizer.Words("").empty());
  EXPECT_TRUE(tokenizer.Words(" -- !? ").empty());
}

// The proof the fast path owes: on every benchmark corpus, each paragraph
// and each line gets exactly ICU's words.
TEST(WordTokenizerTest, FastPathMatchesIcuOnEveryCorpus) {
  const std::vector<testing::CorpusText> corpus = testing::CorpusTexts();
  if (corpus.empty()) GTEST_SKIP() << "../shared is not present";
  std::size_t files = 0;
  for (const testing::CorpusText& file : corpus) {
    const std::string& name = file.name;
    WordTokenizer tokenizer(ResolveLanguage(file.language));
    ASSERT_TRUE(tokenizer.fast_path_enabled()) << name;
    const std::string text = testing::ReadFile(file.path);
    std::size_t pieces = 0;
    std::size_t mismatches = 0;
    testing::ForEachParagraphAndLine(
        text, [&](std::string_view piece, std::size_t at) {
          const std::vector<Span> fast = tokenizer.Words(piece);
          const std::vector<Span>& icu = tokenizer.IcuWords(piece);
          ++pieces;
          if (!Same(fast, icu) && ++mismatches <= 5) {
            ADD_FAILURE() << name << " at byte " << at << ": "
                          << ::testing::PrintToString(Texts(piece, fast))
                          << " vs ICU "
                          << ::testing::PrintToString(Texts(piece, icu));
          }
        });
    EXPECT_EQ(mismatches, 0u) << name << " (" << pieces << " pieces)";
    ++files;
  }
  EXPECT_GE(files, 5u);
}

}  // namespace
}  // namespace summarize::internal
