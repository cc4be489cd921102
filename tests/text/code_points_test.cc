// Tests for the shared code point helpers.
#include "text/code_points.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>

namespace summarize::internal {
namespace {

// The inline ASCII answers must be ICU's.
TEST(CodePointsTest, AsciiClassesAgreeWithIcu) {
  for (UChar32 c = 0; c < 0x80; ++c) {
    EXPECT_EQ(IsSpace(c), static_cast<bool>(u_isUWhiteSpace(c))) << c;
    EXPECT_EQ(IsAlnum(c), u_hasBinaryProperty(c, UCHAR_ALPHABETIC) ||
                              u_isdigit(c))
        << c;
    const auto line_break =
        u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
    EXPECT_EQ(IsUnspaced(c), line_break == U_LB_IDEOGRAPHIC ||
                                 line_break ==
                                     U_LB_CONDITIONAL_JAPANESE_STARTER ||
                                 line_break == U_LB_COMPLEX_CONTEXT)
        << c;
  }
}

TEST(CodePointsTest, OtherScripts) {
  EXPECT_TRUE(IsSpace(0x3000));     // ideographic space
  EXPECT_TRUE(IsSpace(0x00A0));     // no-break space
  EXPECT_TRUE(IsAlnum(0x0416));     // Ж
  EXPECT_TRUE(IsAlnum(0x0967));     // Devanagari digit one
  EXPECT_FALSE(IsAlnum(0x2014));    // em dash
  EXPECT_TRUE(IsUnspaced(0x4E2D));  // 中
  EXPECT_TRUE(IsUnspaced(0x0E01));  // Thai ko kai
  EXPECT_FALSE(IsUnspaced(0x00E9));  // é
}

TEST(CodePointsTest, WalksAndTrims) {
  const std::string text = "\xE3\x80\x80 a\xC3\xA9 \n";  // "　 aé \n"
  std::size_t i = 0;
  EXPECT_EQ(NextCodePoint(text, i), 0x3000);
  EXPECT_EQ(i, 3u);
  std::size_t end = 7;
  EXPECT_EQ(PreviousCodePoint(text, end), 0xE9);
  EXPECT_EQ(end, 5u);
  const Span trimmed = TrimWhitespace(text, {0, text.size()});
  EXPECT_EQ(trimmed.begin, 4u);
  EXPECT_EQ(trimmed.end, 7u);
}

}  // namespace
}  // namespace summarize::internal
