// Stage 4: ICU word breaks, folding, stopwords and Snowball stemming.
#include "text/analyzer.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <limits>
#include <string>
#include <utility>

#include "summarize/error.hpp"
#include "text/word_list.h"
#include "text/word_tokenizer.h"
#include "util/ascii.h"
#include "util/flat_string_map.h"

namespace summarize::internal {
namespace {

// The word cache is cleared when it holds this many distinct tokens or
// bytes of them, which bounds its memory (a few MB) on any input, while one
// long book's vocabulary still fits.
constexpr std::size_t kMaxCachedWords = std::size_t{1} << 17;
constexpr std::size_t kMaxCachedBytes = std::size_t{8} << 20;

// The word cache's mark for a token that gives no term.
constexpr TermId kNotATerm = std::numeric_limits<TermId>::max();

// U+2019 RIGHT SINGLE QUOTATION MARK in UTF-8: typographic apostrophe, mapped
// to "'" so that "don’t" and "don't" are the same term (the stopword lists
// spell contractions with "'").
constexpr std::string_view kTypographicApostrophe = "\xE2\x80\x99";

// Russian "ё" and "е" in UTF-8: texts mostly write "ё" as "е", and the
// Snowball stemmer folds it so too; the analyzer does the same before the
// stopword lookup, so that both spellings are one term with and without
// stemming.
constexpr std::string_view kCyrillicSmallIo = "\xD1\x91";
constexpr std::string_view kCyrillicSmallIe = "\xD0\xB5";

[[noreturn]] void ThrowIcu(const char* what, UErrorCode status) {
  throw Error(ErrorCode::kInternal,
              std::string(what) + " failed: " + u_errorName(status));
}

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// True if the valid UTF-8 `text` has a letter (general category L) or a
// decimal digit.
bool HasLetterOrDigit(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

// Builds a new string rather than replacing in place: GCC 12 reports a
// false -Wrestrict on std::string::replace here.
void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  if (text.find(from) == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, done)) {
    out.append(text, done, at - done);
    out.append(to);
    done = at + from.size();
  }
  out.append(text, done);
  text = std::move(out);
}

}  // namespace

struct Analyzer::Impl {
  explicit Impl(const Language& language) : tokenizer(language) {}

  // English possessives ("Gilbert's") are reduced to their noun.
  bool strip_possessive = false;
  // Turkish and Azerbaijani: case folding maps "I" to "ı" and "İ" to "i"
  // (ICU's Turkic folding), and the suffix that follows an apostrophe after a
  // proper noun is dropped ("Türkiye'de" → "türkiye").
  bool turkic = false;
  // Russian: "ё" is read as "е".
  bool fold_yo = false;
  const WordList* stopwords = nullptr;     // owned by Stopwords(), immortal
  const icu::Normalizer2* nfkc = nullptr;  // ICU singleton, not owned
  WordTokenizer tokenizer;
  StemmerPtr stemmer;  // null when not stemming
  Vocabulary vocabulary;
  // Raw token bytes → term id, or kNotATerm (stopword, or no letter or
  // digit). Repeated words skip normalisation, stemming and interning.
  FlatStringMap<TermId> cache;

  std::string MakeTerm(std::string_view token);
  std::string Fold(std::string_view token) const;
};

// NFKC, then full case folding (so "Straße" and "STRASSE" both give
// "strasse"; Turkic folding for Turkish and Azerbaijani), "’" read as "'",
// and Russian "ё" read as "е". ASCII has a fast path: NFKC leaves it
// unchanged and its full case folding is exactly A-Z → a-z (except for "I"
// in Turkic folding).
std::string Analyzer::Impl::Fold(std::string_view token) const {
  if (IsAscii(token) &&
      !(turkic && token.find('I') != std::string_view::npos)) {
    return AsciiLower(token);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  icu::UnicodeString normalized = nfkc->normalize(unicode, status);
  if (U_FAILURE(status)) ThrowIcu("NFKC normalization", status);
  normalized.foldCase(turkic ? U_FOLD_CASE_EXCLUDE_SPECIAL_I
                             : U_FOLD_CASE_DEFAULT);
  std::string folded;
  normalized.toUTF8String(folded);
  ReplaceAll(folded, kTypographicApostrophe, "'");
  if (fold_yo) ReplaceAll(folded, kCyrillicSmallIo, kCyrillicSmallIe);
  return folded;
}

// The term for one raw token, or "" when it is not a term. Stopwords are
// matched on the folded, unstemmed form (the lists hold surface forms).
// Tokens with an inner period ("U.S", "a.m", "Ph.D"; ICU keeps "U.S." as
// one word without its final period) are acronyms or names, not inflected
// words: they are not stemmed (Snowball would cut "u.s" to "u.").
std::string Analyzer::Impl::MakeTerm(std::string_view token) {
  std::string term = Fold(token);
  if (stopwords->Contains(term)) return {};
  if (strip_possessive && term.size() > 2 && term.ends_with("'s")) {
    term.resize(term.size() - 2);
    if (stopwords->Contains(term)) return {};
  }
  if (const std::size_t apostrophe = term.find('\'');
      turkic && apostrophe != std::string::npos && apostrophe > 0) {
    term.resize(apostrophe);
    if (stopwords->Contains(term)) return {};
  }
  if (!HasLetterOrDigit(term)) return {};
  if (stemmer && term.find('.') == std::string::npos) {
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer.get(), reinterpret_cast<const sb_symbol*>(term.data()),
        static_cast<int>(term.size()));
    if (stem == nullptr) {
      throw Error(ErrorCode::kInternal, "libstemmer ran out of memory");
    }
    // The buffer belongs to the stemmer and is overwritten by the next call.
    const int length = sb_stemmer_length(stemmer.get());
    if (length > 0) {
      term.assign(reinterpret_cast<const char*>(stem),
                  static_cast<std::size_t>(length));
    }
  }
  return term;
}

Analyzer::Analyzer(const Language& language, bool stem, bool remove_stopwords)
    : impl_(std::make_unique<Impl>(language)) {
  static const WordList kNoStopwords;
  impl_->strip_possessive = language.code == "en";
  impl_->turkic = language.code == "tr" || language.code == "az";
  impl_->fold_yo = language.code == "ru";
  impl_->stopwords =
      remove_stopwords ? &Stopwords(language.code) : &kNoStopwords;

  UErrorCode status = U_ZERO_ERROR;
  impl_->nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) ThrowIcu("Normalizer2::getNFKCInstance", status);

  if (stem && language.stemmer != nullptr) {
    impl_->stemmer.reset(sb_stemmer_new(language.stemmer, "UTF_8"));
    if (!impl_->stemmer) {
      throw Error(ErrorCode::kInternal, std::string("libstemmer has no '") +
                                            language.stemmer +
                                            "' stemmer for UTF-8");
    }
  }
}

Analyzer::~Analyzer() = default;

// O(span length) plus, per distinct new token, ICU normalisation and
// stemming. Throws Error(kInvalidSpans) when `span` is not inside `text`,
// Error(kInputTooLarge) when it is 2 GiB or more (from the tokenizer: ICU's
// offsets are 32-bit), Error(kInternal) if ICU fails.
std::size_t Analyzer::Analyze(std::string_view text, Span span,
                              std::vector<TermId>& terms,
                              std::vector<Span>* term_spans) {
  if (span.begin > span.end || span.end > text.size()) {
    throw Error(ErrorCode::kInvalidSpans, "span is outside the text");
  }
  const std::string_view sentence =
      text.substr(span.begin, span.end - span.begin);

  std::size_t word_count = 0;
  for (const Span& word : impl_->tokenizer.Words(sentence)) {
    ++word_count;
    const std::string_view token =
        sentence.substr(word.begin, word.end - word.begin);

    TermId id = kNotATerm;
    if (const TermId* cached = impl_->cache.Find(token)) {
      id = *cached;
    } else {
      if (impl_->cache.size() >= kMaxCachedWords ||
          impl_->cache.key_bytes() >= kMaxCachedBytes) {
        impl_->cache.Clear();
      }
      const std::string term = impl_->MakeTerm(token);
      if (!term.empty()) id = impl_->vocabulary.Intern(term);
      impl_->cache.Insert(token, id);
    }
    if (id != kNotATerm) {
      terms.push_back(id);
      if (term_spans != nullptr) {
        term_spans->push_back({span.begin + word.begin, span.begin + word.end});
      }
    }
  }
  return word_count;
}

const Vocabulary& Analyzer::vocabulary() const { return impl_->vocabulary; }

}  // namespace summarize::internal
