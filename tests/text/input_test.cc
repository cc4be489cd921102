// Tests for input validation.
#include "text/input.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// A long ASCII prefix, so that the bad byte is found past the fast path's
// eight-byte words too.
const std::string kPrefix = "Plain ASCII text of some length, 40 bytes";

TEST(FindInvalidUtf8, AcceptsValidText) {
  EXPECT_EQ(FindInvalidUtf8(""), kNpos);
  EXPECT_EQ(FindInvalidUtf8("hello"), kNpos);
  EXPECT_EQ(FindInvalidUtf8(kPrefix + kPrefix), kNpos);
  // 2-, 3- and 4-byte sequences, including the edges of each range.
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9 \xC2\x80 \xDF\xBF"), kNpos);
  EXPECT_EQ(
      FindInvalidUtf8("\xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBF"),
      kNpos);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF"), kNpos);
  EXPECT_EQ(FindInvalidUtf8("今天天气很好。"), kNpos);
}

struct BadCase {
  const char* name;
  std::string bytes;  // appended after kPrefix and followed by " tail"
};

class FindInvalidUtf8Bad : public ::testing::TestWithParam<BadCase> {};

TEST_P(FindInvalidUtf8Bad, ReportsFirstByteOfBadSequence) {
  const std::string text = kPrefix + GetParam().bytes + " tail";
  EXPECT_EQ(FindInvalidUtf8(text), kPrefix.size()) << GetParam().name;
  // At the very start and with nothing after it, too.
  EXPECT_EQ(FindInvalidUtf8(GetParam().bytes), 0u) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    AllKinds, FindInvalidUtf8Bad,
    ::testing::Values(BadCase{"stray continuation", "\x80"},
                      BadCase{"stray continuation after valid", "\xBF\x80"},
                      BadCase{"overlong 2-byte C0", "\xC0\xAF"},
                      BadCase{"overlong 2-byte C1", "\xC1\xBF"},
                      BadCase{"overlong 3-byte", "\xE0\x80\xAF"},
                      BadCase{"overlong 3-byte top", "\xE0\x9F\xBF"},
                      BadCase{"overlong 4-byte", "\xF0\x80\x80\xAF"},
                      BadCase{"overlong 4-byte top", "\xF0\x8F\xBF\xBF"},
                      BadCase{"high surrogate", "\xED\xA0\x80"},
                      BadCase{"low surrogate", "\xED\xBF\xBF"},
                      BadCase{"above U+10FFFF", "\xF4\x90\x80\x80"},
                      BadCase{"lead F5", "\xF5\x80\x80\x80"},
                      BadCase{"lead FF", "\xFF"},
                      BadCase{"truncated 2-byte", "\xC3"},
                      BadCase{"truncated 3-byte", "\xE2\x82"},
                      BadCase{"truncated 4-byte", "\xF0\x9F\x98"},
                      BadCase{"continuation replaced by ASCII", "\xE2\x28\xA1"},
                      BadCase{"4-byte with bad third byte",
                              "\xF0\x9F\x28\x80"}),
    [](const ::testing::TestParamInfo<BadCase>& info) {
      std::string name = info.param.name;
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

TEST(FindInvalidUtf8, TruncatedAtEndOfText) {
  const std::string text = kPrefix + "\xE2\x82";
  EXPECT_EQ(FindInvalidUtf8(text), kPrefix.size());
}

TEST(FindInvalidUtf8, StrayContinuationAfterValidSequence) {
  // "é" is two bytes; the third is one too many.
  EXPECT_EQ(FindInvalidUtf8("ab\xC3\xA9\xA9"), 4u);
}

TEST(FindBinaryByte, AllowsTextControls) {
  EXPECT_EQ(FindBinaryByte("tab\there\nline\rcr\vvt\fff\x1B[0m " + kPrefix),
            kNpos);
  EXPECT_EQ(FindBinaryByte("caf\xC3\xA9 \xE2\x80\xA6"), kNpos);
}

TEST(FindBinaryByte, FindsNulAndOtherControls) {
  EXPECT_EQ(FindBinaryByte(std::string("ab\0cd", 5)), 2u);
  EXPECT_EQ(FindBinaryByte(kPrefix + std::string(1, '\0')), kPrefix.size());
  EXPECT_EQ(FindBinaryByte(kPrefix + "\x01"), kPrefix.size());
  EXPECT_EQ(FindBinaryByte(kPrefix + "x\x7F\x1F"), kPrefix.size() + 2);
  EXPECT_EQ(FindBinaryByte("\x08"), 0u);
}

TEST(ByteOrderMarkLength, DetectsUtf8Bom) {
  EXPECT_EQ(ByteOrderMarkLength("\xEF\xBB\xBFHello"), 3u);
  EXPECT_EQ(ByteOrderMarkLength("\xEF\xBB\xBF"), 3u);
  EXPECT_EQ(ByteOrderMarkLength("Hello"), 0u);
  EXPECT_EQ(ByteOrderMarkLength("\xEF\xBB"), 0u);
  EXPECT_EQ(ByteOrderMarkLength(""), 0u);
}

TEST(CheckInput, ReturnsStartOfText) {
  EXPECT_EQ(CheckInput("Hello.", 100), 0u);
  EXPECT_EQ(CheckInput("\xEF\xBB\xBFHello.", 100), 3u);
  EXPECT_EQ(CheckInput("", 100), 0u);
  EXPECT_EQ(CheckInput("12345", 5), 0u);  // the limit is inclusive
}

TEST(CheckInput, RejectsTooLarge) {
  try {
    CheckInput("123456", 5);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInputTooLarge);
    EXPECT_EQ(error.byte_offset(), Error::kNoOffset);
  }
}

TEST(CheckInput, RejectsInvalidUtf8WithOffset) {
  try {
    CheckInput(kPrefix + "\xED\xA0\x80", 1000);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInvalidUtf8);
    EXPECT_EQ(error.byte_offset(), kPrefix.size());
    EXPECT_EQ(std::string(error.what()),
              "invalid UTF-8 at byte " + std::to_string(kPrefix.size()));
  }
}

TEST(CheckInput, RejectsBinaryWithOffset) {
  try {
    CheckInput(std::string("PK\x03\x04zip", 7), 1000);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kBinaryInput);
    EXPECT_EQ(error.byte_offset(), 2u);
    EXPECT_EQ(std::string(error.what()).find('\n'), std::string::npos);
  }
}

TEST(CheckInput, BinaryReportedBeforeInvalidUtf8) {
  // A binary file is usually invalid UTF-8 too (here a PNG-like header
  // whose first byte is not UTF-8); "binary" is the better diagnosis.
  try {
    CheckInput(std::string("\x89PNG\r\n\x1A\n\0\0", 10), 1000);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kBinaryInput);
    EXPECT_EQ(error.byte_offset(), 6u);
  }
}

}  // namespace
}  // namespace summarize::internal
