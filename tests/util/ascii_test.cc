#include "util/ascii.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

namespace summarize::internal {
namespace {

TEST(AsciiTest, SpaceClasses) {
  for (const char c : std::string(" \t\n\v\f\r")) {
    EXPECT_TRUE(IsAsciiSpace(c)) << static_cast<int>(c);
    EXPECT_EQ(IsHtmlSpace(c), c != '\v') << static_cast<int>(c);
  }
  // Neither the other controls nor any byte of a multi-byte character (here
  // U+00A0 and U+3000).
  for (const char c : std::string("\x01\x08\x0E\x1F"
                                  "a0\xC2\xA0\xE3\x80\x80")) {
    EXPECT_FALSE(IsAsciiSpace(c)) << static_cast<int>(c);
    EXPECT_FALSE(IsHtmlSpace(c)) << static_cast<int>(c);
  }
}

TEST(AsciiTest, IsAscii) {
  EXPECT_TRUE(IsAscii(""));
  std::string text;
  for (int c = 0; c < 0x80; ++c) text.push_back(static_cast<char>(c));
  EXPECT_TRUE(IsAscii(text));
  // One byte of a multi-byte character (U+00E9) anywhere, in texts longer
  // than any vector width.
  for (const std::size_t at : {std::size_t{0}, std::size_t{63}, text.size()}) {
    std::string with_other = text + text;
    with_other.insert(at, "\xC3\xA9");
    EXPECT_FALSE(IsAscii(with_other)) << at;
    EXPECT_FALSE(IsAscii(with_other.substr(at + 1))) << at;
  }
}

TEST(AsciiTest, LettersAndDigits) {
  EXPECT_TRUE(IsAsciiAlpha('a') && IsAsciiAlpha('Z'));
  EXPECT_FALSE(IsAsciiAlpha('@') || IsAsciiAlpha('[') || IsAsciiAlpha('`') ||
               IsAsciiAlpha('{') || IsAsciiAlpha('\xC3'));
  EXPECT_TRUE(IsAsciiUpper('Q') && !IsAsciiUpper('q'));
  EXPECT_TRUE(IsAsciiLower('q') && !IsAsciiLower('Q'));
  EXPECT_TRUE(IsAsciiDigit('0') && IsAsciiDigit('9') && !IsAsciiDigit('a'));
}

TEST(AsciiTest, LoweringChangesOnlyAsciiCapitals) {
  EXPECT_EQ(AsciiLower('A'), 'a');
  EXPECT_EQ(AsciiLower('z'), 'z');
  EXPECT_EQ(AsciiLower('['), '[');
  EXPECT_EQ(AsciiLower(std::string_view("Ärger OK, İ")), "Ärger ok, İ");
}

}  // namespace
}  // namespace summarize::internal
