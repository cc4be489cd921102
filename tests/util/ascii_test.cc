#include "util/ascii.h"

#include <gtest/gtest.h>

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
