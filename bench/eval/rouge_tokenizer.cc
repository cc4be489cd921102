// Tokenizers for ROUGE scoring: rouge-score's English rules and Unicode words.
#include "eval/rouge_tokenizer.h"

#include <libstemmer.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace summarize::eval {
namespace {

// rouge-score stems only tokens longer than this many characters.
constexpr std::size_t kMinStemmedLength = 4;

// Each thread's stem cache is cleared when it holds this many words, which
// bounds its memory (a few MB) while a whole evaluation set's vocabulary
// still fits.
constexpr std::size_t kMaxCachedStems = std::size_t{1} << 17;

// Code point ranges of scripts written without spaces, where rouge.py makes
// every letter its own token (its _CONTINUOUS_SCRIPTS, inclusive bounds).
struct CodePointRange {
  UChar32 first;
  UChar32 last;
};
constexpr CodePointRange kContinuousScripts[] = {
    {0x0E00, 0x0EFF},    // Thai, Lao
    {0x0F00, 0x0FFF},    // Tibetan
    {0x1000, 0x109F},    // Myanmar
    {0x1780, 0x17FF},    // Khmer
    {0x3040, 0x30FF},    // Hiragana, Katakana
    {0x31F0, 0x31FF},    // Katakana phonetic extensions
    {0x3400, 0x4DBF},    // CJK extension A
    {0x4E00, 0x9FFF},    // CJK unified ideographs
    {0xF900, 0xFAFF},    // CJK compatibility ideographs
    {0xFF66, 0xFF9F},    // half-width Katakana
    {0x20000, 0x2FA1F},  // CJK extension B and later, compatibility suppl.
};

bool IsContinuousScript(UChar32 c) {
  for (const CodePointRange& range : kContinuousScripts) {
    if (c >= range.first && c <= range.last) return true;
  }
  return false;
}

bool IsAscii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool IsAsciiAlphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

std::string LowerAscii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = AsciiLower(c);
  return lowered;
}

[[noreturn]] void ThrowIcu(const char* what, UErrorCode status) {
  throw std::runtime_error(std::string("rouge tokenizer: ") + what +
                           " failed: " + u_errorName(status));
}

icu::UnicodeString FromUtf8(std::string_view text) {
  if (text.size() >
      static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) {
    throw std::length_error("rouge tokenizer: text of 2 GiB or more");
  }
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

const icu::Normalizer2& Nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) ThrowIcu("Normalizer2::getNFKCInstance", status);
  return *nfkc;
}

icu::UnicodeString NormalizeNfkc(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString normalized = Nfkc().normalize(text, status);
  if (U_FAILURE(status)) ThrowIcu("NFKC normalization", status);
  return normalized;
}

void AppendUtf8(std::string& out, UChar32 c) {
  uint8_t bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  out.append(reinterpret_cast<const char*>(bytes),
             static_cast<std::size_t>(length));
}

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// One thread's Porter stemmer with a cache of the words it has stemmed.
class CachedPorterStemmer {
 public:
  CachedPorterStemmer() : stemmer_(sb_stemmer_new("porter", "UTF_8")) {
    if (!stemmer_) {
      throw std::runtime_error(
          "rouge tokenizer: libstemmer has no UTF-8 'porter' stemmer");
    }
  }

  std::string Stem(const std::string& word) {
    if (const auto found = cache_.find(word); found != cache_.end()) {
      return found->second;
    }
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    if (stem == nullptr) {
      throw std::runtime_error("rouge tokenizer: libstemmer ran out of memory");
    }
    // The buffer belongs to the stemmer and is overwritten by the next call.
    std::string result(
        reinterpret_cast<const char*>(stem),
        static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
    if (cache_.size() >= kMaxCachedStems) cache_.clear();
    cache_.emplace(word, result);
    return result;
  }

 private:
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer_;
  std::unordered_map<std::string, std::string> cache_;
};

// libstemmer stemmers keep state between calls, so each thread has its own.
CachedPorterStemmer& ThreadPorterStemmer() {
  thread_local CachedPorterStemmer stemmer;
  return stemmer;
}

}  // namespace

bool IsEnglishForRouge(std::string_view lang) {
  return lang.empty() || LowerAscii(lang.substr(0, 2)) == "en";
}

std::vector<std::string> TokenizeRougeScore(std::string_view text, bool stem) {
  // Python's str.lower() maps two non-ASCII characters to ASCII letters
  // ("İ" → "i" + U+0307, Kelvin sign → "k"); ICU does the same full mapping.
  std::string lowered;
  if (!IsAscii(text)) {
    FromUtf8(text).toLower(icu::Locale::getRoot()).toUTF8String(lowered);
    text = lowered;
  }
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiAlphanumeric(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && IsAsciiAlphanumeric(text[end])) ++end;
    std::string token = LowerAscii(text.substr(i, end - i));
    i = end;
    if (stem && token.size() >= kMinStemmedLength) {
      token = ThreadPorterStemmer().Stem(token);
    }
    // rouge-score keeps only tokens matching ^[a-z0-9]+$ after stemming.
    if (!token.empty()) tokens.push_back(std::move(token));
  }
  return tokens;
}

std::vector<std::string> TokenizeUnicode(std::string_view text,
                                         std::string_view lang) {
  icu::UnicodeString unicode = FromUtf8(text);
  const std::string code = LowerAscii(lang);
  if (code == "tr" || code == "az") {
    unicode.findAndReplace(icu::UnicodeString(u'I'),
                           icu::UnicodeString(u'\u0131'));
    unicode.findAndReplace(icu::UnicodeString(u'\u0130'),
                           icu::UnicodeString(u'i'));
  }
  // Lower-casing can leave decomposed forms ("İ" → "i" + U+0307), hence the
  // second NFKC.
  unicode =
      NormalizeNfkc(NormalizeNfkc(unicode).toLower(icu::Locale::getRoot()));

  std::vector<std::string> tokens;
  std::string current;
  const auto finish = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (int32_t i = 0; i < unicode.length();) {
    const UChar32 c = unicode.char32At(i);
    i += U16_LENGTH(c);
    const uint32_t category = U_GET_GC_MASK(c);
    if ((category & U_GC_M_MASK) != 0) {
      if (!current.empty()) {
        AppendUtf8(current, c);
      } else if (!tokens.empty()) {
        AppendUtf8(tokens.back(), c);
      }
    } else if ((category & (U_GC_L_MASK | U_GC_N_MASK)) != 0) {
      if (IsContinuousScript(c)) {
        finish();
        tokens.emplace_back();
        AppendUtf8(tokens.back(), c);
      } else {
        AppendUtf8(current, c);
      }
    } else {
      finish();
    }
  }
  finish();
  return tokens;
}

std::vector<std::string> TokenizeForRouge(std::string_view text,
                                          std::string_view lang,
                                          RougeTokenizer mode, bool stem) {
  if (mode == RougeTokenizer::kAuto) {
    mode = IsEnglishForRouge(lang) ? RougeTokenizer::kRougeScore
                                   : RougeTokenizer::kUnicode;
  }
  if (mode == RougeTokenizer::kRougeScore) {
    return TokenizeRougeScore(text, stem);
  }
  return TokenizeUnicode(text, lang);
}

}  // namespace summarize::eval
