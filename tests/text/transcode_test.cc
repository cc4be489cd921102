// Tests for BOM detection, ICU transcoding and UTF-8 repair.
#include "text/transcode.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "summarize/error.hpp"
#include "text/input.h"

namespace summarize::internal {
namespace {

using ::testing::HasSubstr;

// A string literal's bytes, embedded NULs included.
template <std::size_t N>
std::string Bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// The Error that `f` throws; fails the test when it throws nothing.
template <typename F>
Error CaughtError(F f) {
  try {
    f();
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "no Error thrown";
  return Error(ErrorCode::kInternal, "none");
}

TEST(DetectBom, RecognisesTheThreeMarks) {
  EXPECT_EQ(DetectBom("\xEF\xBB\xBFtext"), ByteOrderMark::kUtf8);
  EXPECT_EQ(DetectBom(Bytes("\xFF\xFEh\0")), ByteOrderMark::kUtf16Le);
  EXPECT_EQ(DetectBom(Bytes("\xFE\xFF\0h")), ByteOrderMark::kUtf16Be);
  EXPECT_EQ(DetectBom(Bytes("\xFF\xFE\0\0")), ByteOrderMark::kUtf16Le);
}

TEST(DetectBom, NoMark) {
  EXPECT_EQ(DetectBom(""), ByteOrderMark::kNone);
  EXPECT_EQ(DetectBom("plain"), ByteOrderMark::kNone);
  EXPECT_EQ(DetectBom("\xEF\xBB"), ByteOrderMark::kNone);  // cut short
  EXPECT_EQ(DetectBom("\xFF"), ByteOrderMark::kNone);
  EXPECT_EQ(DetectBom(" \xEF\xBB\xBF"), ByteOrderMark::kNone);  // not first
}

TEST(DetectBom, LengthAndEncodingName) {
  EXPECT_EQ(BomLength(ByteOrderMark::kNone), 0u);
  EXPECT_EQ(BomLength(ByteOrderMark::kUtf8), 3u);
  EXPECT_EQ(BomLength(ByteOrderMark::kUtf16Le), 2u);
  EXPECT_EQ(BomLength(ByteOrderMark::kUtf16Be), 2u);
  EXPECT_EQ(BomEncoding(ByteOrderMark::kNone), "");
  EXPECT_EQ(BomEncoding(ByteOrderMark::kUtf8), "UTF-8");
  EXPECT_EQ(BomEncoding(ByteOrderMark::kUtf16Le), "UTF-16LE");
  EXPECT_EQ(BomEncoding(ByteOrderMark::kUtf16Be), "UTF-16BE");
}

TEST(DetectBom, Utf16WithBomIsTranscodedByItsMark) {
  // What the caller does with UTF-16 input: mark → encoding, skip the mark.
  const std::string bytes = Bytes(
      "\xFF\xFE"
      "S\0e\0"
      "\xF1\0"
      "o\0r\0");
  const ByteOrderMark bom = DetectBom(bytes);
  ASSERT_EQ(bom, ByteOrderMark::kUtf16Le);
  EXPECT_EQ(TranscodeToUtf8(std::string_view(bytes).substr(BomLength(bom)),
                            BomEncoding(bom)),
            "Señor");
  const std::string big = Bytes(
      "\xFE\xFF"
      "\0S\0e\0\xF1\0o\0r");
  const ByteOrderMark big_bom = DetectBom(big);
  ASSERT_EQ(big_bom, ByteOrderMark::kUtf16Be);
  EXPECT_EQ(TranscodeToUtf8(std::string_view(big).substr(BomLength(big_bom)),
                            BomEncoding(big_bom)),
            "Señor");
}

struct EncodingCase {
  const char* encoding;
  std::string bytes;
  std::string utf8;
};

class TranscodeEncodings : public ::testing::TestWithParam<EncodingCase> {};

TEST_P(TranscodeEncodings, ConvertsToUtf8) {
  const EncodingCase& c = GetParam();
  const std::string utf8 = TranscodeToUtf8(c.bytes, c.encoding);
  EXPECT_EQ(utf8, c.utf8) << c.encoding;
  EXPECT_EQ(FindInvalidUtf8(utf8), std::string_view::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Encodings, TranscodeEncodings,
    ::testing::Values(
        EncodingCase{"ISO-8859-1", "caf\xE9 cr\xE8me \xA9", "café crème ©"},
        // In Latin-1, 0x80-0x9F are C1 controls; windows-1252 has
        // punctuation and the euro sign there.
        EncodingCase{"ISO-8859-1", "\x80", "\xC2\x80"},
        EncodingCase{"latin1",
                     "Gr\xFC\xDF"
                     "e",
                     "Grüße"},
        EncodingCase{"windows-1252",
                     "\x93quoted\x94 \x80 Gr\xFC\xDF"
                     "e",
                     "“quoted” € Grüße"},
        EncodingCase{"cp1252", "it\x92s \x85", "it’s …"},
        EncodingCase{"Shift_JIS",
                     "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x83\x65\x83\x4C\x83"
                     "\x58\x83\x67",
                     "日本語のテキスト"},
        EncodingCase{"shift_jis", "ABC \xB1\xB2", "ABC ｱｲ"},  // half-width
        EncodingCase{"KOI8-R", "\xF0\xD2\xC9\xD7\xC5\xD4\x2C\x20\xCD\xC9\xD2",
                     "Привет, мир"},
        EncodingCase{"GB18030",
                     "\xD6\xD0\xCE\xC4\xA3\xAC\xBA\xBA\xD7\xD6\xA2\xE3\x95"
                     "\x32\x82\x36",
                     "中文，汉字€𠀀"},
        EncodingCase{"UTF-16LE", Bytes("\xE4\x00\x3D\xD8\x00\xDE\x7A\x00"),
                     "ä😀z"},
        EncodingCase{"UTF-16BE", Bytes("\x00\xE4\xD8\x3D\xDE\x00\x00\x7A"),
                     "ä😀z"},
        EncodingCase{"UTF-8", "déjà vu 😀", "déjà vu 😀"},
        EncodingCase{"utf8", "", ""}, EncodingCase{"KOI8-R", "", ""}),
    [](const ::testing::TestParamInfo<EncodingCase>& info) {
      std::string name = info.param.encoding;
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name + "_" + std::to_string(info.index);
    });

TEST(TranscodeToUtf8, KeepsAByteOrderMarkAsUFeff) {
  // Converted as is: the mark becomes a UTF-8 BOM, which CheckInput skips.
  const std::string utf8 = TranscodeToUtf8(Bytes("\xFF\xFEh\0i\0"), "UTF-16LE");
  EXPECT_EQ(utf8, "\xEF\xBB\xBFhi");
  EXPECT_EQ(CheckInput(utf8, 100), 3u);
  // "UTF-16" without endianness reads the mark itself.
  EXPECT_EQ(TranscodeToUtf8(Bytes("\xFF\xFEh\0i\0"), "UTF-16"), "hi");
  EXPECT_EQ(TranscodeToUtf8(Bytes("\xFE\xFF\0h\0i"), "UTF-16"), "hi");
}

TEST(TranscodeToUtf8, UnknownEncodingIsAnOptionsErrorNamingIt) {
  const Error error = CaughtError([] { TranscodeToUtf8("text", "klingon-8"); });
  EXPECT_EQ(error.code(), ErrorCode::kInvalidOptions);
  EXPECT_THAT(error.what(), HasSubstr("klingon-8"));
  EXPECT_EQ(error.byte_offset(), Error::kNoOffset);
}

TEST(TranscodeToUtf8, EmptyOrBrokenEncodingNameIsAnOptionsError) {
  // "" would be ICU's platform default: never a silent guess.
  EXPECT_EQ(CaughtError([] { TranscodeToUtf8("text", ""); }).code(),
            ErrorCode::kInvalidOptions);
  EXPECT_EQ(
      CaughtError([] { TranscodeToUtf8("text", Bytes("UTF-8\0x")); }).code(),
      ErrorCode::kInvalidOptions);
}

TEST(TranscodeToUtf8, InvalidUtf8InUtf8IsReportedWithItsOffset) {
  const Error error =
      CaughtError([] { TranscodeToUtf8("abc\xC3(def", "UTF-8"); });
  EXPECT_EQ(error.code(), ErrorCode::kInvalidUtf8);
  EXPECT_EQ(error.byte_offset(), 3u);
}

struct InvalidCase {
  const char* name;
  const char* encoding;
  std::string bytes;
  std::size_t offset;    // of the first bad byte
  std::string replaced;  // with InvalidBytes::kReplace
};

class TranscodeInvalid : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(TranscodeInvalid, ThrowsWithOffsetOrReplaces) {
  const InvalidCase& c = GetParam();
  const Error error =
      CaughtError([&] { TranscodeToUtf8(c.bytes, c.encoding); });
  EXPECT_EQ(error.code(), ErrorCode::kInvalidUtf8) << c.name;
  EXPECT_EQ(error.byte_offset(), c.offset) << c.name;
  EXPECT_THAT(error.what(), HasSubstr(c.encoding));
  EXPECT_EQ(TranscodeToUtf8(c.bytes, c.encoding, InvalidBytes::kReplace),
            c.replaced)
      << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TranscodeInvalid,
    ::testing::Values(
        // 85 40 is an unassigned Shift_JIS code.
        InvalidCase{"sjis_unassigned", "Shift_JIS",
                    "a\x85\x40"
                    "b",
                    1, "a\uFFFDb"},
        // 0xA1 is unassigned in ISO-8859-8.
        InvalidCase{"hebrew_unassigned", "ISO-8859-8",
                    "ab\xA1"
                    "cd",
                    2, "ab\uFFFDcd"},
        // Bytes above 0x7F are not ASCII.
        InvalidCase{"ascii_high_byte", "US-ASCII",
                    "ab\x80"
                    "cd",
                    2, "ab\uFFFDcd"},
        // A Shift_JIS lead byte cut off at the end of the input.
        InvalidCase{"sjis_truncated", "Shift_JIS", "\x93\xFA\x96", 2,
                    "日\uFFFD"},
        // 0xFF is never a Shift_JIS byte.
        InvalidCase{"sjis_invalid", "Shift_JIS",
                    "A\xFF"
                    "B",
                    1, "A\uFFFDB"},
        // An odd number of bytes in UTF-16.
        InvalidCase{"utf16_odd", "UTF-16LE", Bytes("h\0i"), 2, "h\uFFFD"},
        // An unpaired low surrogate.
        InvalidCase{"utf16_lone_surrogate", "UTF-16BE", Bytes("\0a\xDC\x00\0b"),
                    2, "a\uFFFDb"},
        InvalidCase{"utf8_surrogate", "UTF-8", "x\xED\xA0\x80y", 1,
                    "x\uFFFD\uFFFD\uFFFDy"}),
    [](const ::testing::TestParamInfo<InvalidCase>& info) {
      return std::string(info.param.name);
    });

TEST(TranscodeToUtf8, ReplacementNeverWritesControlCharacters) {
  // ICU's own substitution writes U+001A for some single-byte encodings,
  // which CheckInput would take for binary data.
  const std::string utf8 = TranscodeToUtf8(
      "a\xA1\xBF\xFB"
      "b",
      "ISO-8859-8", InvalidBytes::kReplace);
  EXPECT_EQ(FindBinaryByte(utf8), std::string_view::npos);
  EXPECT_EQ(utf8.front(), 'a');
  EXPECT_EQ(utf8.back(), 'b');
}

TEST(TranscodeToUtf8, LongInputCrossesChunkBoundaries) {
  // Two-byte characters after one ASCII byte: every 64 KiB chunk boundary
  // falls inside a character.
  std::string sjis = "x";
  std::string expected = "x";
  for (int i = 0; i < 100'000; ++i) {
    sjis += "\x93\xFA";  // 日
    expected += "日";
  }
  EXPECT_EQ(TranscodeToUtf8(sjis, "Shift_JIS"), expected);

  // Surrogate pairs across the UTF-16 buffer's boundary.
  std::string utf16 = Bytes("a\0");
  std::string expected16 = "a";
  for (int i = 0; i < 70'000; ++i) {
    utf16 += Bytes("\x3D\xD8\x00\xDE");  // U+1F600
    expected16 += "😀";
  }
  EXPECT_EQ(TranscodeToUtf8(utf16, "UTF-16LE"), expected16);

  // The offset of a bad byte far into the input is exact.
  std::string bad(200'000, 'a');
  bad[150'001] = '\x80';
  const Error error = CaughtError([&] { TranscodeToUtf8(bad, "US-ASCII"); });
  EXPECT_EQ(error.byte_offset(), 150'001u);
}

TEST(ReplaceInvalidUtf8, ValidTextIsUnchanged) {
  EXPECT_EQ(ReplaceInvalidUtf8(""), "");
  EXPECT_EQ(ReplaceInvalidUtf8("plain"), "plain");
  EXPECT_EQ(ReplaceInvalidUtf8("今天 déjà 😀"), "今天 déjà 😀");
}

TEST(ReplaceInvalidUtf8, OneReplacementPerMaximalSubpart) {
  // A truncated sequence is one maximal subpart.
  EXPECT_EQ(ReplaceInvalidUtf8("a\xE2\x82"
                               "b"),
            "a\uFFFDb");
  EXPECT_EQ(ReplaceInvalidUtf8("a\xF0\x9F\x98"), "a\uFFFD");
  // A lead byte with a second byte out of its range is a subpart alone,
  // and so is each stray continuation byte.
  EXPECT_EQ(ReplaceInvalidUtf8("\xF0\x80\x80"), "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(ReplaceInvalidUtf8("\xC0\xAF"), "\uFFFD\uFFFD");
  EXPECT_EQ(ReplaceInvalidUtf8("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(ReplaceInvalidUtf8("\x80\xBF"), "\uFFFD\uFFFD");
  EXPECT_EQ(ReplaceInvalidUtf8("\xFF"
                               "ok\xFE"),
            "\uFFFDok\uFFFD");
}

TEST(ReplaceInvalidUtf8, ResultIsAlwaysValid) {
  std::string noise;
  for (int i = 0; i < 4096; ++i) {
    noise += static_cast<char>((i * 7919 + 13) & 0xFF);
  }
  const std::string repaired = ReplaceInvalidUtf8(noise);
  EXPECT_EQ(FindInvalidUtf8(repaired), std::string_view::npos);
  EXPECT_EQ(TranscodeToUtf8(noise, "UTF-8", InvalidBytes::kReplace), repaired);
  // The valid bytes survive: ASCII is never replaced.
  std::string ascii_in;
  std::string ascii_out;
  for (const char c : noise) {
    if (static_cast<unsigned char>(c) < 0x80) ascii_in += c;
  }
  for (const char c : repaired) {
    if (static_cast<unsigned char>(c) < 0x80) ascii_out += c;
  }
  EXPECT_EQ(ascii_in, ascii_out);
}

}  // namespace
}  // namespace summarize::internal
