#include "util/ascii_block.h"

#include <gtest/gtest.h>

#include <string>

#include "util/ascii.h"

namespace summarize::internal {
namespace {

// Every byte value, in every lane: each mask has the bit of exactly the
// bytes its class names.
TEST(AsciiBlockTest, EveryByteInEveryLane) {
  for (int value = 0; value < 256; ++value) {
    const char c = static_cast<char>(value);
    const auto byte = static_cast<unsigned char>(c);
    for (unsigned lane = 0; lane < AsciiBlock::kSize; ++lane) {
      std::string bytes(AsciiBlock::kSize, '#');  // '#' is in no class below
      bytes[lane] = c;
      const AsciiBlock block(bytes.data());
      const unsigned bit = 1U << lane;
      const bool alnum = IsAsciiAlpha(c) || IsAsciiDigit(c);
      EXPECT_EQ((block.NonAscii() & bit) != 0, byte >= 0x80) << value;
      EXPECT_EQ((block.Space() & bit) != 0, IsAsciiSpace(c)) << value;
      EXPECT_EQ((block.Alnum() & bit) != 0, alnum) << value;
      EXPECT_EQ((block.Equal('_') & bit) != 0, c == '_') << value;
      EXPECT_EQ((block.InRange('0', '9') & bit) != 0, IsAsciiDigit(c)) << value;
      // The other lanes hold '#'.
      EXPECT_EQ(block.Alnum() & ~bit, 0U) << value;
      EXPECT_EQ(block.Equal('#'), (c == '#' ? 0xFFFFU : 0xFFFFU & ~bit))
          << value;
    }
  }
}

}  // namespace
}  // namespace summarize::internal
