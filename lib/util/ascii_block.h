// 16 bytes of text classified at once, for the ASCII fast paths of the text
// stages. Each class is a mask: bit i stands for byte i. Bytes of 0x80 and
// above (parts of multi-byte characters) are in no class. SSE2 where the
// target has it (every x86-64), one byte at a time elsewhere.
#ifndef SUMMARIZE_LIB_UTIL_ASCII_BLOCK_H_
#define SUMMARIZE_LIB_UTIL_ASCII_BLOCK_H_

#ifdef __SSE2__
#include <emmintrin.h>
#else
#include <cstring>
#endif

namespace summarize::internal {

class AsciiBlock {
 public:
  static constexpr unsigned kSize = 16;

  // The 16 bytes at `bytes`, all of which must be readable.
  explicit AsciiBlock(const char* bytes) {
#ifdef __SSE2__
    bytes_ = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
#else
    std::memcpy(bytes_, bytes, kSize);
#endif
  }

  // Bytes of 0x80 and above.
  unsigned NonAscii() const {
#ifdef __SSE2__
    return Mask(bytes_);
#else
    return Where([](unsigned char c) { return c >= 0x80; });
#endif
  }

  // Bytes in [low, high]; both bounds ASCII.
  unsigned InRange(char low, char high) const {
#ifdef __SSE2__
    return Mask(Range(bytes_, low, high));
#else
    return Where([&](unsigned char c) { return c >= low && c <= high; });
#endif
  }

  unsigned Equal(char c) const {
#ifdef __SSE2__
    return Mask(_mm_cmpeq_epi8(bytes_, _mm_set1_epi8(c)));
#else
    return InRange(c, c);
#endif
  }

  // Space, tab, LF, VT, FF, CR (IsAsciiSpace).
  unsigned Space() const {
#ifdef __SSE2__
    return Mask(_mm_or_si128(_mm_cmpeq_epi8(bytes_, _mm_set1_epi8(' ')),
                             Range(bytes_, '\t', '\r')));
#else
    return Equal(' ') | InRange('\t', '\r');
#endif
  }

  // A-Z, a-z, 0-9.
  unsigned Alnum() const {
#ifdef __SSE2__
    // Setting bit 5 maps A-Z onto a-z and no other byte into a-z.
    const __m128i folded = _mm_or_si128(bytes_, _mm_set1_epi8(0x20));
    return Mask(_mm_or_si128(Range(folded, 'a', 'z'), Range(bytes_, '0', '9')));
#else
    return InRange('A', 'Z') | InRange('a', 'z') | InRange('0', '9');
#endif
  }

 private:
#ifdef __SSE2__
  static unsigned Mask(__m128i v) {
    return static_cast<unsigned>(_mm_movemask_epi8(v));
  }
  // As signed bytes, those of 0x80 and above are negative: below any ASCII
  // bound.
  static __m128i Range(__m128i v, char low, char high) {
    return _mm_and_si128(
        _mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(low - 1))),
        _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(high + 1))));
  }

  __m128i bytes_;
#else
  template <typename Test>
  unsigned Where(Test test) const {
    unsigned mask = 0;
    for (unsigned i = 0; i < kSize; ++i) {
      mask |= (test(bytes_[i]) ? 1U : 0U) << i;
    }
    return mask;
  }

  unsigned char bytes_[kSize];
#endif
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_UTIL_ASCII_BLOCK_H_
