// Stage 2: paragraphs, list items and fragments from the shape of lines.
#include "text/structure.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "summarize/error.hpp"
#include "text/code_points.h"
#include "text/line_words.h"
#include "text/sentence_ending.h"
#include "util/ascii.h"
#include "util/flat_string_map.h"

namespace summarize::internal {
namespace {

// A line is "short" (a candidate heading or fragment) with at most this
// many words. Headings, bylines and page furniture have fewer; prose lines
// hard-wrapped at 70-80 columns have 11-14, so they are not short.
constexpr std::size_t kShortLineMaxWords = 10;

// Scripts written without spaces (Chinese, Japanese, Thai) have one "word"
// per line, so a line of them is short only with at most this many such
// characters: a CJK headline has 10-20, a sentence usually more.
constexpr std::size_t kShortLineMaxUnspacedChars = 20;

// A paragraph whose lines are all at most this many code points long, with
// at least two lines, looks hard-wrapped (wrap widths are 60-80 columns;
// text extracted from web pages has one paragraph per line, far longer).
constexpr std::size_t kMaxWrapColumns = 100;

// In a hard-wrapped paragraph, a line at least this long that has a next
// line ends where the wrapper ran out of room, not where a heading ends:
// a wrapped line falls short of the width by at most one word. Measured on
// the English corpus (10 MB of hard-wrapped novels): without this rule 99
// wrapped lines would be taken for fragments, with it 12 (lines of verse).
constexpr std::size_t kMinWrappedLineColumns = 50;


// Byte offsets and counts within a text, in 32 bits: a line is then 32
// bytes instead of 64, and a 10 MB text's 170,000 lines take 5 MB (written
// once, read by several passes). Texts of 4 GiB or more are refused.
using Offset = std::uint32_t;

struct Line {
  Offset begin = 0;  // trimmed content [begin, end), absolute bytes
  Offset end = 0;
  Offset content = 0;  // after a list marker; == begin when none
  Offset paragraph = 0;
  Offset columns = 0;             // code points
  Offset first_word_columns = 0;  // code points before the first space
  bool indented = false;          // the raw line starts with white space
  bool list_item = false;         // starts with a bullet or number marker
  bool has_alnum = false;         // contains a letter or digit
  bool separated = false;   // items separated by " | " (menus, share bars)
  bool short_line = false;  // see kShortLineMaxWords
  bool starts_lowercase = false;
  bool repeated = false;  // short, and its text is another line's too
  Ending ending = Ending::kNone;
};

// Characters that start a bulleted list item when white space follows.
constexpr std::u32string_view kBullets = U"-*+·–—•‣⁃∙■□▪▫○●◦";

bool IsBullet(UChar32 c) {
  return kBullets.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// If text[begin, end) starts with a list marker followed by white space and
// some content, returns the offset of that content; otherwise `begin`.
// Markers: a bullet; 1-3 digits then "." or ")"; one ASCII letter then ")";
// "(" then 1-3 digits or one ASCII letter then ")". A letter followed by "."
// is not a marker: it is an initial ("J. R. R. Tolkien").
std::size_t ListContent(std::string_view text, std::size_t begin,
                        std::size_t end) {
  std::size_t i = begin;
  const auto is_digit = [&](std::size_t k) {
    return k < end && text[k] >= '0' && text[k] <= '9';
  };
  const auto is_letter = [&](std::size_t k) {
    return k < end && ((text[k] >= 'a' && text[k] <= 'z') ||
                       (text[k] >= 'A' && text[k] <= 'Z'));
  };
  const auto at = [&](std::size_t k, char c) {
    return k < end && text[k] == c;
  };

  std::size_t marker_end = begin;
  if (IsBullet(NextCodePoint(text, i))) {
    marker_end = i;
  } else {
    i = begin;
    const bool parenthesised = at(i, '(');
    if (parenthesised) ++i;
    std::size_t digits = 0;
    while (is_digit(i + digits)) ++digits;
    if (digits >= 1 && digits <= 3) {
      i += digits;
      if (at(i, ')') || (!parenthesised && at(i, '.'))) marker_end = i + 1;
    } else if (digits == 0 && is_letter(i) && at(i + 1, ')')) {
      marker_end = i + 2;
    }
  }
  if (marker_end == begin || marker_end >= end) return begin;
  // White space, then content (the line is trimmed, so some follows).
  std::size_t content = marker_end;
  while (content < end) {
    std::size_t next = content;
    if (!IsSpace(NextCodePoint(text, next))) break;
    content = next;
  }
  return content > marker_end ? content : begin;
}

// True when text[begin, end) separates items with " | " (any white space
// around the bar).
bool HasSeparatorBar(std::string_view text, std::size_t begin,
                     std::size_t end) {
  text = text.substr(0, end);
  for (std::size_t bar = text.find('|', begin);
       bar != std::string_view::npos && bar + 1 < end;
       bar = text.find('|', bar + 1)) {
    std::size_t before = bar;
    std::size_t after = bar + 1;
    if (bar > begin && IsSpace(PreviousCodePoint(text, before)) &&
        IsSpace(NextCodePoint(text, after))) {
      return true;
    }
  }
  return false;
}

// Fills the per-line measurements of `line` (begin, end, indented and
// paragraph already set). Each is taken by a loop of its own, the line's
// bytes staying in cache: code points are counted by a loop that
// vectorises, and words (CountLineWords) only as far as
// kShortLineMaxWords + 1 (most lines of prose have more).
void Measure(std::string_view text, Line& line) {
  line.content = static_cast<Offset>(ListContent(text, line.begin, line.end));
  line.list_item = line.content != line.begin;

  // Code points: the bytes that do not continue a multi-byte character.
  const std::string_view bytes = text.substr(line.begin, line.end - line.begin);
  line.columns =
      static_cast<Offset>(std::count_if(bytes.begin(), bytes.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      }));
  for (std::size_t i = line.begin; i < line.end;) {
    if (IsSpace(NextCodePoint(text, i))) break;
    ++line.first_word_columns;
  }
  line.separated = HasSeparatorBar(text, line.begin, line.end);

  // The marker does not count.
  const LineWords words = CountLineWords(
      text.substr(line.content, line.end - line.content), kShortLineMaxWords);
  line.has_alnum = words.words > 0;
  line.short_line = words.words <= kShortLineMaxWords &&
                    words.unspaced <= kShortLineMaxUnspacedChars;
  std::size_t first = line.begin;
  line.starts_lowercase = u_islower(NextCodePoint(text, first));
  line.ending = EndingOf(text, line.begin, line.end);
}

// Finds short lines whose text appears as another line too (list items by
// their content, so "- Home" at the top matches "Home" at the bottom), by
// their whitespace-normalised, case-folded text. The key buffers are reused
// and ASCII text (whose full case folding is exactly A-Z to a-z) is lowered
// without ICU, so a line costs no allocation unless its key is new.
class RepeatedLines {
 public:
  // Marks lines[i] (a short line) and the first earlier line with the same
  // key as repeated. A key that would take the map's keys past 4 GiB (a text
  // of that many bytes of distinct short lines) is not remembered: its
  // later copies count as unique.
  void Add(std::string_view text, std::vector<Line>& lines, std::size_t i) {
    Line& line = lines[i];
    const std::string_view key =
        Key(text.substr(line.content, line.end - line.content));
    if (const std::size_t* first = first_with_key_.Find(key)) {
      lines[*first].repeated = true;
      line.repeated = true;
    } else {
      first_with_key_.Insert(key, i);
    }
  }

 private:
  // The key of `line` (valid UTF-8); valid until the next call.
  std::string_view Key(std::string_view line) {
    collapsed_.clear();
    bool in_space = false;
    bool ascii = true;
    for (std::size_t i = 0; i < line.size();) {
      const std::size_t start = i;
      if (IsSpace(NextCodePoint(line, i))) {
        in_space = true;
        continue;
      }
      if (in_space && !collapsed_.empty()) collapsed_.push_back(' ');
      in_space = false;
      if (static_cast<unsigned char>(line[start]) < 0x80) {
        collapsed_.push_back(line[start]);
      } else {
        ascii = false;
        collapsed_.append(line.substr(start, i - start));
      }
    }
    if (ascii) {
      for (char& c : collapsed_) c = AsciiLower(c);
      return collapsed_;
    }
    folded_.clear();
    icu::UnicodeString::fromUTF8(
        icu::StringPiece(collapsed_.data(),
                         static_cast<std::int32_t>(collapsed_.size())))
        .foldCase()
        .toUTF8String(folded_);
    return folded_;
  }

  FlatStringMap<std::size_t> first_with_key_;  // key -> index of a line
  std::string collapsed_;
  std::string folded_;
};

// Splits text[start, size) into non-blank lines, trimmed, with paragraph
// numbers, measured, and repeated short lines marked. "\n", "\r\n" and
// "\r" end lines. One pass: each line is measured and keyed while its
// bytes are still in cache (they are not after a pass over a large text).
std::vector<Line> ReadLines(std::string_view text, std::size_t start) {
  // Line ends are found by two memchr scans, for "\n" and for "\r", which
  // are vectorised (a byte loop testing both is not); the next "\r" is kept
  // until passed, so text without any is scanned for it once.
  const auto find = [&](char c, std::size_t from) {
    // memchr must not see a null pointer, which an empty text may have.
    if (from >= text.size()) return text.size();
    const void* found = std::memchr(text.data() + from, c, text.size() - from);
    return found == nullptr
               ? text.size()
               : static_cast<std::size_t>(static_cast<const char*>(found) -
                                          text.data());
  };
  std::vector<Line> lines;
  // At most one line per "\n" (and per "\r" without one, rare: the vector
  // grows then). Counting vectorises; growing would copy every line and
  // touch twice the memory.
  lines.reserve(static_cast<std::size_t>(std::count(
                    text.begin() + static_cast<std::ptrdiff_t>(start),
                    text.end(), '\n')) +
                1);
  RepeatedLines repeated;
  std::size_t paragraph = 0;
  bool paragraph_open = false;
  std::size_t position = start;
  std::size_t next_cr = find('\r', start);
  while (position < text.size()) {
    if (next_cr < position) next_cr = find('\r', position);
    const std::size_t line_end = std::min(find('\n', position), next_cr);
    std::size_t next = line_end;
    if (next < text.size()) {
      next += (text[next] == '\r' && next + 1 < text.size() &&
               text[next + 1] == '\n')
                  ? 2
                  : 1;
    }
    const Span trimmed = TrimWhitespace(text, {position, line_end});
    Line line;
    line.begin = static_cast<Offset>(trimmed.begin);
    line.end = static_cast<Offset>(trimmed.end);
    if (line.begin == line.end) {  // blank: ends the open paragraph
      if (paragraph_open) ++paragraph;
      paragraph_open = false;
    } else {
      line.indented = line.begin > position;
      line.paragraph = static_cast<Offset>(paragraph);
      paragraph_open = true;
      Measure(text, line);
      lines.push_back(line);
      if (line.short_line) repeated.Add(text, lines, lines.size() - 1);
    }
    position = next;
  }
  return lines;
}

enum class Role { kProse, kListItem, kListContinuation, kFragment };

// Classifies the lines of one paragraph, lines[first, last).
//
// A line is a fragment when it has no letter or digit ("* * *") or when it
// separates items with " | " (menus, share bars, bylines: prose never does).
// Otherwise a line that is not a list item is a fragment when it is short,
// not continued by the next line, and
//  (a) has no sentence-final punctuation, or
//  (b) repeats elsewhere in the document, or
//  (c) ends in "?" or "!" and stands alone: no previous line or a fragment
//      before it, and no next line or a fragment after it;
// provided that it does not itself continue the previous line (which is
// prose or a list item that ends without sentence-final punctuation).
// The next line continues a line when it starts with a lowercase letter,
// when the line ends in "," ";" ":" or a dash, or when the paragraph is
// hard-wrapped, the line is long (kMinWrappedLineColumns) and the next
// line's first word would not have fitted on it (a wrapper broke there) —
// but never when the next line is itself short, unpunctuated and not
// lowercase: two such lines in a row are headings or navigation.
// A list item is a fragment only when it has no letter or digit or repeats;
// lines after it that are indented, start lowercase, or follow a line ending
// in "," ";" ":" or a dash continue it.
void ClassifyParagraph(const std::vector<Line>& lines, std::size_t first,
                       std::size_t last, std::vector<Role>& roles) {
  std::size_t longest = 0;
  for (std::size_t i = first; i < last; ++i) {
    longest = std::max<std::size_t>(longest, lines[i].columns);
  }
  const bool wrapped = last - first >= 2 && longest <= kMaxWrapColumns;

  const auto continued_by_next = [&](std::size_t i) {
    if (i + 1 >= last || lines[i + 1].list_item) return false;
    const Line& next = lines[i + 1];
    if (next.starts_lowercase) return true;
    if (next.short_line && next.ending == Ending::kNone) return false;
    const bool wrapper_broke_here =
        wrapped && lines[i].columns >= kMinWrappedLineColumns &&
        lines[i].columns + 1 + next.first_word_columns > longest;
    return lines[i].ending == Ending::kContinues || wrapper_broke_here;
  };
  const auto always_fragment = [&](std::size_t i) {
    return !lines[i].has_alnum || lines[i].separated;
  };
  const auto list_item_is_fragment = [&](std::size_t i) {
    return always_fragment(i) || lines[i].repeated;
  };

  // Fragment status of each line given that the line before it is a
  // fragment or absent (after_fragment) or ends a sentence (after_sentence);
  // computed from the bottom, since rule (c) looks at the next line as it
  // would be if this line were a fragment.
  const std::size_t count = last - first;
  std::vector<char> after_fragment(count, 0);
  std::vector<char> after_sentence(count, 0);
  for (std::size_t i = last; i-- > first;) {
    const Line& line = lines[i];
    bool base = false;
    bool alone_if_fragment = false;
    if (line.list_item) {
      base = list_item_is_fragment(i);
    } else if (always_fragment(i)) {
      base = true;
    } else if (line.short_line && !continued_by_next(i)) {
      base = line.ending == Ending::kNone ||
             line.ending == Ending::kContinues || line.repeated;
      alone_if_fragment = line.ending == Ending::kQuestionOrExclamation &&
                          (i + 1 == last || after_fragment[i + 1 - first] != 0);
    }
    after_sentence[i - first] = base;
    after_fragment[i - first] = base || alone_if_fragment;
  }

  for (std::size_t i = first; i < last; ++i) {
    const Line& line = lines[i];
    Role& role = roles[i];
    if (line.list_item) {
      role = list_item_is_fragment(i) ? Role::kFragment : Role::kListItem;
      continue;
    }
    if (i == first || roles[i - 1] == Role::kFragment) {
      role = after_fragment[i - first] ? Role::kFragment : Role::kProse;
      continue;
    }
    const Line& previous = lines[i - 1];
    const bool previous_ends_sentence =
        previous.ending == Ending::kFullStop ||
        previous.ending == Ending::kQuestionOrExclamation;
    if (roles[i - 1] == Role::kListItem ||
        roles[i - 1] == Role::kListContinuation) {
      if (always_fragment(i)) {
        role = Role::kFragment;
      } else if (line.indented || line.starts_lowercase ||
                 previous.ending == Ending::kContinues) {
        role = Role::kListContinuation;
      } else {
        role = after_sentence[i - first] ? Role::kFragment : Role::kProse;
      }
      continue;
    }
    // The previous line is prose.
    if (always_fragment(i)) {
      role = Role::kFragment;
    } else if (previous_ends_sentence) {
      role = after_sentence[i - first] ? Role::kFragment : Role::kProse;
    } else {
      role = Role::kProse;  // a hard-wrapped sentence goes on
    }
  }
}

// Mastheads, bylines and copyright lines sit at the very top and bottom of
// a page, among other furniture. A short line there is a fragment, whatever
// its punctuation ("© 2024 Example Media Ltd. All rights reserved." under a
// menu), when it is the document's first or last line and its neighbour in
// the paragraph is a text fragment, or when it lies in the first or last
// paragraph between two text fragments. A short sentence alone in its
// paragraph, or next to prose or a mere separator ("* * *"), stays prose.
void MarkEdgeFurniture(const std::vector<Line>& lines,
                       std::vector<Role>& roles) {
  if (lines.empty()) return;
  const std::size_t first_paragraph = lines.front().paragraph;
  const std::size_t last_paragraph = lines.back().paragraph;
  const auto text_fragment = [&](std::size_t i, std::size_t paragraph) {
    return i < lines.size() && lines[i].paragraph == paragraph &&
           roles[i] == Role::kFragment && lines[i].has_alnum;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.paragraph != first_paragraph && line.paragraph != last_paragraph) {
      continue;
    }
    if (roles[i] != Role::kProse || !line.short_line) continue;
    const bool after = i > 0 && text_fragment(i - 1, line.paragraph);
    const bool before = text_fragment(i + 1, line.paragraph);
    const bool edge_line = i == 0 || i + 1 == lines.size();
    if ((after && before) || (edge_line && (after || before))) {
      roles[i] = Role::kFragment;
    }
  }
}

}  // namespace

Structure AnalyzeStructure(std::string_view text, std::size_t start) {
  if (text.size() > std::numeric_limits<Offset>::max()) {
    throw Error(ErrorCode::kInputTooLarge,
                "a text of 4 GiB or more cannot be segmented");
  }
  Structure structure;
  std::vector<Line> lines = ReadLines(text, std::min(start, text.size()));

  std::vector<Role> roles(lines.size(), Role::kProse);
  for (std::size_t first = 0; first < lines.size();) {
    std::size_t last = first + 1;
    while (last < lines.size() &&
           lines[last].paragraph == lines[first].paragraph) {
      ++last;
    }
    ClassifyParagraph(lines, first, last, roles);
    first = last;
  }
  MarkEdgeFurniture(lines, roles);

  // Consecutive prose lines of a paragraph make one block; a list item
  // takes its continuation lines; a fragment is a block of its own.
  std::vector<bool>
      has_text;  // per block: its first line has a letter or digit
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const bool extends =
        !structure.blocks.empty() && i > 0 &&
        lines[i - 1].paragraph == line.paragraph &&
        ((roles[i] == Role::kProse && roles[i - 1] == Role::kProse) ||
         roles[i] == Role::kListContinuation);
    if (extends) {
      structure.blocks.back().end = line.end;
      continue;
    }
    Block block;
    block.begin = line.begin;
    block.end = line.end;
    block.paragraph = line.paragraph;
    switch (roles[i]) {
      case Role::kProse:
        block.kind = BlockKind::kProse;
        break;
      case Role::kListItem:
        block.kind = BlockKind::kListItem;
        block.begin = line.content;
        break;
      case Role::kFragment:
      case Role::kListContinuation:  // never first in a paragraph
        block.kind = BlockKind::kFragment;
        break;
    }
    structure.blocks.push_back(block);
    has_text.push_back(line.has_alnum);
  }

  // Text that is nothing but fragments — one unpunctuated line, a list of
  // words — is still the caller's text to summarize: its lines with words
  // become prose (each stays its own block).
  const bool all_fragments = std::all_of(
      structure.blocks.begin(), structure.blocks.end(),
      [](const Block& block) { return block.kind == BlockKind::kFragment; });
  if (all_fragments) {
    for (std::size_t b = 0; b < structure.blocks.size(); ++b) {
      if (has_text[b]) structure.blocks[b].kind = BlockKind::kProse;
    }
  }
  return structure;
}

}  // namespace summarize::internal
