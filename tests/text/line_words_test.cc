#include "text/line_words.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "text/code_points.h"

namespace summarize::internal {
namespace {

constexpr std::size_t kNoLimit = std::numeric_limits<std::size_t>::max();

// The definition, one code point at a time.
LineWords Reference(std::string_view line) {
  LineWords count;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size();) {
    const UChar32 c = NextCodePoint(line, i);
    if (IsSpace(c)) {
      in_word = false;
    } else {
      if (IsUnspaced(c)) ++count.unspaced;
      if (IsAlnum(c) && !in_word) ++count.words;
      if (IsAlnum(c)) in_word = true;
    }
  }
  return count;
}

TEST(LineWordsTest, WordsNeedALetterOrDigit) {
  EXPECT_EQ(CountLineWords("Chapter I", kNoLimit).words, 2u);
  EXPECT_EQ(CountLineWords("| Home | News | Sport |", kNoLimit).words, 3u);
  EXPECT_EQ(CountLineWords("--- abc -- a-b ,,d", kNoLimit).words, 3u);
  EXPECT_EQ(CountLineWords(" \t\r\f\v ", kNoLimit).words, 0u);
  EXPECT_EQ(CountLineWords("", kNoLimit).words, 0u);
  // The same across a 16-byte block: "--x" starts inside the first block
  // and takes its letter from the second.
  EXPECT_EQ(CountLineWords("a b c d e f g --xyz h", kNoLimit).words, 9u);
  EXPECT_EQ(CountLineWords("aaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbb", kNoLimit).words,
            1u);
  EXPECT_EQ(CountLineWords("               -bbbbbbbbbbbbbbbb", kNoLimit).words,
            1u);
}

TEST(LineWordsTest, UnspacedCharacters) {
  // "中文句子" and "ไทย": one word each, seven unspaced characters.
  const LineWords count = CountLineWords(
      "\xE4\xB8\xAD\xE6\x96\x87\xE5\x8F\xA5\xE5\xAD\x90 "
      "\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2",
      kNoLimit);
  EXPECT_EQ(count.words, 2u);
  EXPECT_EQ(count.unspaced, 7u);
}

TEST(LineWordsTest, StopsPastTheLimit) {
  const std::string line =
      "one two three four five six seven eight nine ten "
      "eleven twelve thirteen";
  EXPECT_EQ(CountLineWords(line, kNoLimit).words, 13u);
  EXPECT_GT(CountLineWords(line, 10).words, 10u);
  EXPECT_EQ(CountLineWords("one two three", 10).words, 3u);
}

// Random lines of every ASCII byte and some other characters (letters,
// spaces, unspaced characters, punctuation), long enough to be read 16
// bytes at a time and cut anywhere: the counts are the definition's.
TEST(LineWordsTest, MatchesTheDefinitionOnRandomLines) {
  std::vector<std::string> alphabet;
  for (int byte = 0; byte < 0x80; ++byte) {
    alphabet.emplace_back(1, static_cast<char>(byte));
  }
  for (const char* other :
       {"\xC3\xA9", "\xC2\xA0", "\xE3\x80\x80", "\xE4\xB8\xAD", "\xC2\xBB",
        "\xE2\x80\x99", "\xE0\xB8\x97", "\xD0\x96", "\xF0\x9F\x98\x80"}) {
    alphabet.emplace_back(other);
  }
  // More letters and spaces, as in text.
  for (int k = 0; k < 40; ++k) alphabet.emplace_back(k % 4 == 0 ? " " : "e");
  unsigned state = 99;
  auto next = [&state] { return (state = state * 1103515245u + 12345u) >> 16; };
  std::size_t mismatches = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string line;
    const unsigned length = next() % 90;
    for (unsigned k = 0; k < length; ++k) {
      line += alphabet[next() % alphabet.size()];
    }
    const LineWords expected = Reference(line);
    const LineWords all = CountLineWords(line, kNoLimit);
    const LineWords capped = CountLineWords(line, 10);
    const bool ok =
        all.words == expected.words && all.unspaced == expected.unspaced &&
        (expected.words > 10 ? capped.words > 10
                             : capped.words == expected.words &&
                                   capped.unspaced == expected.unspaced);
    if (!ok && ++mismatches <= 5) {
      ADD_FAILURE() << "[" << line << "]: " << all.words << "/" << all.unspaced
                    << " (capped " << capped.words << ") vs " << expected.words
                    << "/" << expected.unspaced;
    }
  }
  EXPECT_EQ(mismatches, 0u);
}

}  // namespace
}  // namespace summarize::internal
