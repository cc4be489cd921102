// Word tokens: UAX #29 for letters and digits inline, ICU for the rest.
#include "text/word_tokenizer.h"

#include <unicode/rbbi.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <array>
#include <atomic>
#include <bit>
#include <cstddef>
#include <string>

#include "text/break_iterators.h"
#include "text/code_points.h"
#include "util/ascii_block.h"

namespace summarize::internal {
namespace {

// What the fast path needs to know of a code point: its UAX #29 Word_Break
// class among those the fast path implements, or kUnsupported for any
// other (which sends the span to ICU).
enum class WordClass : std::uint8_t {
  kOther,         // ends any word: spaces, most punctuation, symbols
  kLetter,        // ALetter
  kNumeric,       // Numeric
  kExtendNumLet,  // ExtendNumLet: "_" and its kin, joining words and numbers
  kMidLetter,     // MidLetter: inside words only (":" is not, see below)
  kMidNum,        // MidNum: inside numbers only ("," ";")
  kMidNumLet,     // MidNumLet: inside both ("." and "’")
  kSingleQuote,   // Single_Quote: "'", inside both
  kUnsupported,
};

WordClass ClassifyWithIcu(UChar32 c) {
  // Scripts ICU segments with a dictionary, and emoji, which have rules of
  // their own.
  const auto line_break = u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
  if (line_break == U_LB_COMPLEX_CONTEXT || line_break == U_LB_IDEOGRAPHIC ||
      line_break == U_LB_CONDITIONAL_JAPANESE_STARTER ||
      u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ||
      u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) {
    return WordClass::kUnsupported;
  }
  // Hangul syllables are ALetter but ICU words them with rules of their
  // own.
  if (c >= 0xAC00 && c <= 0xD7A3) return WordClass::kUnsupported;
  // ICU's root rules add "@" to ALetter ("@home" is one word).
  if (c == '@') return WordClass::kLetter;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
      return WordClass::kLetter;
    case U_WB_NUMERIC:
      return WordClass::kNumeric;
    case U_WB_MIDLETTER:
      // ICU's root rules take ":" (and its full-width and small forms) out
      // of MidLetter: "ab:cd" is two words (CLDR tailors it back for
      // Swedish and Finnish only).
      if (c == ':' || c == 0xFE55 || c == 0xFF1A) return WordClass::kOther;
      return WordClass::kMidLetter;
    case U_WB_MIDNUM:
      return WordClass::kMidNum;
    case U_WB_MIDNUMLET:
      return WordClass::kMidNumLet;
    case U_WB_SINGLE_QUOTE:
      return WordClass::kSingleQuote;
    case U_WB_EXTENDNUMLET:
      return WordClass::kExtendNumLet;
    case U_WB_DOUBLE_QUOTE:  // joins only after Hebrew letters
    case U_WB_OTHER:
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE:
    case U_WB_WSEGSPACE:
      return WordClass::kOther;
    default:  // Extend, Format, ZWJ, Katakana, Hebrew_Letter, ...
      return WordClass::kUnsupported;
  }
}

// WordClass of every BMP code point, one 256-entry page at a time, built
// on first use (a page costs a few microseconds; a text touches few pages).
// Thread-safe and lock-free.
class WordClassTable {
 public:
  using Page = std::array<WordClass, 256>;

  WordClass operator()(UChar32 c) {
    if (c < 0 || c > 0xFFFF) {
      return c < 0 ? WordClass::kUnsupported : ClassifyWithIcu(c);
    }
    return PageOf(static_cast<std::size_t>(c) >> 8)[c & 0xFF];
  }

  // Code points [256 × index, 256 × index + 255].
  const Page& PageOf(std::size_t index) {
    const Page* page = pages_[index].load(std::memory_order_acquire);
    return page != nullptr ? *page : *Build(index);
  }

  ~WordClassTable() {
    for (auto& page : pages_) delete page.load();
  }

 private:
  const Page* Build(std::size_t page_index) {
    auto* page = new Page;
    for (std::size_t k = 0; k < page->size(); ++k) {
      (*page)[k] = ClassifyWithIcu(static_cast<UChar32>((page_index << 8) | k));
    }
    const Page* expected = nullptr;
    if (!pages_[page_index].compare_exchange_strong(
            expected, page, std::memory_order_acq_rel)) {
      delete page;  // another thread built it first
      return expected;
    }
    return page;
  }

  std::array<std::atomic<const Page*>, 256> pages_{};
};

WordClassTable& Classes() {
  static WordClassTable table;
  return table;
}

// Letters, digits and ExtendNumLet: any run of them is one segment (WB5,
// WB8-WB10, WB13a, WB13b). They are consecutive in WordClass, so that this
// is one comparison in the tokenizer's innermost loop.
bool Joins(WordClass c) {
  return static_cast<unsigned>(c) - static_cast<unsigned>(WordClass::kLetter) <=
         static_cast<unsigned>(WordClass::kExtendNumLet) -
             static_cast<unsigned>(WordClass::kLetter);
}

// The length (0 to 16) of the run of ASCII letters, digits, "@" and "_"
// (the ASCII bytes that join a word) that starts at piece[at], read 16
// bytes at once (AsciiBlock); 0 when fewer than 16 bytes are left (the
// caller then goes byte by byte, as it does past the run). Most words of
// prose are such runs. Whether these bytes join is checked against the
// class table once (AsciiRunsAgree).
std::size_t AsciiJoinRun(std::string_view piece, std::size_t at) {
  if (piece.size() - at < AsciiBlock::kSize) return 0;
  const AsciiBlock block(piece.data() + at);
  return static_cast<std::size_t>(
      std::countr_one(block.Alnum() | block.Equal('_') | block.Equal('@')));
}

// True if AsciiJoinRun takes exactly the ASCII bytes that Joins() in
// `ascii` (the class table's first page): checked once per process, so that
// a change in ICU's data turns the shortcut off rather than wrong.
bool AsciiRunsAgree(const std::array<WordClass, 256>& ascii) {
  for (std::size_t byte = 0; byte < 0x80; ++byte) {
    const std::string block(AsciiBlock::kSize, static_cast<char>(byte));
    const std::size_t run = Joins(ascii[byte]) ? AsciiBlock::kSize : 0;
    if (AsciiJoinRun(block, 0) != run) return false;
  }
  return true;
}

// The locale's word rules are ICU's root rules (no tailoring), which the
// fast path implements.
bool HasRootRules(const icu::BreakIterator& iterator) {
  const auto* rules = dynamic_cast<const icu::RuleBasedBreakIterator*>(&iterator);
  const std::unique_ptr<icu::BreakIterator> root =
      NewBreakIterator(BreakKind::kWord, "root");
  const auto* root_rules =
      dynamic_cast<const icu::RuleBasedBreakIterator*>(root.get());
  return rules != nullptr && root_rules != nullptr &&
         rules->getRules() == root_rules->getRules();
}

}  // namespace

struct WordTokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  UTextPtr text;
  bool fast_path = false;
  std::vector<Span> words;

  bool FastWords(std::string_view piece);
  void IcuWords(std::string_view piece);
};

// UAX #29 rules WB5–WB13b over letters, digits, the marks inside them and
// ExtendNumLet ("_"); every other pair breaks (WB999). The segments that
// start with a letter, a digit or ExtendNumLet are words, but for an
// ExtendNumLet alone: ICU gives "_" no word status, and "__", "_a", "1_"
// theirs. Returns false, with `words` undefined, when the piece has a code
// point of another class. Streams over the piece with a look-ahead of two
// code points: no memory per byte.
bool WordTokenizer::Impl::FastWords(std::string_view piece) {
  WordClassTable& classes = Classes();
  const WordClassTable::Page& ascii = classes.PageOf(0);
  static const bool ascii_runs = AsciiRunsAgree(ascii);
  // The class of the code point at `at`; sets `next` past it.
  const auto class_at = [&](std::size_t at, std::size_t& next) {
    const auto byte = static_cast<unsigned char>(piece[at]);
    if (byte < 0x80) {
      next = at + 1;
      return ascii[byte];
    }
    next = at;
    return classes(NextCodePoint(piece, next));
  };

  words.clear();
  const std::size_t size = piece.size();
  std::size_t i = 0;
  while (i < size) {
    std::size_t next = 0;
    const WordClass first = class_at(i, next);
    if (first == WordClass::kUnsupported) return false;
    if (!Joins(first)) {
      i = next;
      continue;
    }
    const std::size_t start = i;
    const std::size_t first_end = next;
    WordClass last = first;
    i = next;
    while (i < size) {
      if (ascii_runs) {
        const std::size_t run = AsciiJoinRun(piece, i);
        if (run > 0) {
          i += run;
          last = ascii[static_cast<unsigned char>(piece[i - 1])];
        }
        // A full block may run on into the next; a shorter run stopped at
        // piece[i], inside the block read, which the code below classifies
        // rather than reading a block from it again.
        if (run == AsciiBlock::kSize) continue;
      }
      const WordClass mid = class_at(i, next);
      if (mid == WordClass::kUnsupported) return false;
      if (Joins(mid)) {  // WB5, WB8, WB9, WB10, WB13a, WB13b
        last = mid;
        i = next;
        continue;
      }
      if (next >= size) break;
      std::size_t after_next = 0;
      const WordClass after = class_at(next, after_next);
      if (after == WordClass::kUnsupported) return false;
      const bool between_letters =  // WB6, WB7
          last == WordClass::kLetter && after == WordClass::kLetter &&
          (mid == WordClass::kMidLetter || mid == WordClass::kMidNumLet ||
           mid == WordClass::kSingleQuote);
      const bool between_digits =  // WB11, WB12
          last == WordClass::kNumeric && after == WordClass::kNumeric &&
          (mid == WordClass::kMidNum || mid == WordClass::kMidNumLet ||
           mid == WordClass::kSingleQuote);
      if (!between_letters && !between_digits) break;
      last = after;
      i = after_next;
    }
    if (first == WordClass::kExtendNumLet && i == first_end) continue;
    words.push_back({start, i});
  }
  return true;
}

void WordTokenizer::Impl::IcuWords(std::string_view piece) {
  words.clear();
  SetUtf8Text(*iterator, text, piece);
  std::int32_t start = iterator->first();
  for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    // The status of the segment [start, end) that ends at this boundary.
    const std::int32_t rule = iterator->getRuleStatus();
    if (rule < UBRK_WORD_NUMBER || rule >= UBRK_WORD_IDEO_LIMIT) continue;
    words.push_back(
        {static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
  }
}

WordTokenizer::WordTokenizer(const Language& language)
    : impl_(std::make_unique<Impl>()) {
  impl_->iterator = NewBreakIterator(BreakKind::kWord, language.icu_locale);
  impl_->text = NewUtf8Text();
  impl_->fast_path = HasRootRules(*impl_->iterator);
}

WordTokenizer::~WordTokenizer() = default;

const std::vector<Span>& WordTokenizer::Words(std::string_view piece) {
  CheckPieceSize(piece);
  if (!impl_->fast_path || !impl_->FastWords(piece)) impl_->IcuWords(piece);
  return impl_->words;
}

const std::vector<Span>& WordTokenizer::IcuWords(std::string_view piece) {
  CheckPieceSize(piece);
  impl_->IcuWords(piece);
  return impl_->words;
}

bool WordTokenizer::fast_path_enabled() const { return impl_->fast_path; }

}  // namespace summarize::internal
