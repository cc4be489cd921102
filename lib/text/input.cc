// Stage 1: UTF-8 validation, binary detection, BOM and size checks.
#include "text/input.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

// Bytes inspected at once by the ASCII fast paths: most input is ASCII, and
// testing eight bytes with one mask is several times faster than a byte loop.
constexpr std::size_t kWordBytes = sizeof(std::uint64_t);
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t LoadWord(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);  // unaligned-safe load
  return word;
}

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence that starts at text[i] with a
// non-ASCII lead byte, or 0 when the sequence is ill-formed (Unicode 15,
// table 3-7: the second byte's range depends on the lead byte, which rules
// out overlongs, surrogates and code points above U+10FFFF).
std::size_t SequenceLength(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return static_cast<unsigned char>(text[i + k]);
  };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;  // overlong below U+0800
    if (lead == 0xED) second_max = 0x9F;  // surrogates D800-DFFF
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;  // overlong below U+10000
    if (lead == 0xF4) second_max = 0x8F;  // above U+10FFFF
  } else {
    return 0;  // C0, C1, F5-FF, or a stray continuation byte
  }
  if (text.size() - i < length) return 0;  // truncated
  if (byte(1) < second_min || byte(1) > second_max) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (!IsContinuation(byte(k))) return 0;
  }
  return length;
}

// TAB, LF, VT, FF, CR and ESC are the C0 controls that real text contains.
bool IsBinaryByte(unsigned char byte) {
  if (byte >= 0x20) return false;
  return !(byte == '\t' || byte == '\n' || byte == '\v' || byte == '\f' ||
           byte == '\r' || byte == 0x1B);
}

// True when some byte of `word` is below 0x20 (classic "has less than" bit
// trick: the subtraction borrows into a byte's high bit only when that byte
// is below 0x20 and its own high bit was clear).
bool HasByteBelowSpace(std::uint64_t word) {
  return ((word - 0x2020202020202020ULL) & ~word & kHighBits) != 0;
}

}  // namespace

std::size_t FindInvalidUtf8(std::string_view text) {
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    if (size - i >= kWordBytes &&
        (LoadWord(text.data() + i) & kHighBits) == 0) {
      i += kWordBytes;
      continue;
    }
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = SequenceLength(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::size_t FindBinaryByte(std::string_view text) {
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    if (size - i >= kWordBytes &&
        !HasByteBelowSpace(LoadWord(text.data() + i))) {
      i += kWordBytes;
      continue;
    }
    // Some byte of the next word (or of the short tail) may be a control:
    // look at the bytes one by one up to the end of that word.
    const std::size_t word_end = std::min(size, i + kWordBytes);
    for (; i < word_end; ++i) {
      if (IsBinaryByte(static_cast<unsigned char>(text[i]))) return i;
    }
  }
  return std::string_view::npos;
}

std::size_t ByteOrderMarkLength(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

std::size_t CheckInput(std::string_view text, std::size_t max_bytes) {
  if (text.size() > max_bytes) {
    throw Error(ErrorCode::kInputTooLarge,
                "input of " + std::to_string(text.size()) +
                    " bytes is larger than the limit of " +
                    std::to_string(max_bytes) + " bytes");
  }
  // Binary content first: a binary file (image, UTF-16 text, archive) is
  // usually also invalid UTF-8, but "binary" is the better diagnosis.
  if (const std::size_t bad = FindBinaryByte(text);
      bad != std::string_view::npos) {
    throw Error(ErrorCode::kBinaryInput,
                "binary data (control byte " +
                    std::to_string(static_cast<unsigned char>(text[bad])) +
                    ") at byte " + std::to_string(bad),
                bad);
  }
  if (const std::size_t bad = FindInvalidUtf8(text);
      bad != std::string_view::npos) {
    throw Error(ErrorCode::kInvalidUtf8,
                "invalid UTF-8 at byte " + std::to_string(bad), bad);
  }
  return ByteOrderMarkLength(text);
}

}  // namespace summarize::internal
