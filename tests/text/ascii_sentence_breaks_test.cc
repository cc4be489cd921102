// Tests for the ASCII sentence breaks: they must be exactly ICU's
// boundaries, on every benchmark corpus and on random text.
#include "text/ascii_sentence_breaks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"
#include "text/language.h"
#include "text/sentence_splitter.h"
#include "util/ascii.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

// The locale ids the random comparison covers: the two corpus languages
// with and without CLDR suppressions, and the undetermined language.
Language EnglishSuppressed() {
  return Language{"en", "en@ss=standard", "english"};
}
Language GermanSuppressed() {
  return Language{"de", "de@ss=standard", "german"};
}

// The segments `breaks` cut `piece` into.
std::vector<std::string> Segments(std::string_view piece,
                                  const std::vector<std::int32_t>& breaks) {
  std::vector<std::string> segments;
  std::size_t begin = 0;
  for (const std::int32_t boundary : breaks) {
    const auto end = static_cast<std::size_t>(boundary);
    segments.emplace_back(piece.substr(begin, end - begin));
    begin = end;
  }
  return segments;
}

// The fast path and ICU for one locale id.
class Breakers {
 public:
  explicit Breakers(const Language& language)
      : fast_(language.icu_locale), icu_(language) {}

  bool enabled() const { return fast_.enabled(); }

  // Compares both on `piece`; true when they agree, else a failure naming
  // `where` (only for the first few mismatches of a run).
  bool Agree(std::string_view piece, std::string_view where) {
    const std::vector<std::int32_t> fast = fast_.Breaks(piece);
    const std::vector<std::int32_t>& icu = icu_.IcuBreaks(piece);
    if (fast == icu) return true;
    if (++mismatches_ <= 5) {
      ADD_FAILURE() << where << ": "
                    << ::testing::PrintToString(Segments(piece, fast))
                    << "\nvs ICU "
                    << ::testing::PrintToString(Segments(piece, icu));
    }
    return false;
  }

  // The fast path's segments of `piece`, checked against ICU's.
  std::vector<std::string> Segment(std::string_view piece) {
    EXPECT_TRUE(Agree(piece, piece));
    return Segments(piece, fast_.Breaks(piece));
  }

  std::size_t mismatches() const { return mismatches_; }

 private:
  AsciiSentenceBreaks fast_;
  SentenceSplitter icu_;
  std::size_t mismatches_ = 0;
};

std::string LineBreaksToSpaces(std::string_view piece) {
  std::string joined(piece);
  std::replace_if(
      joined.begin(), joined.end(),
      [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return joined;
}

TEST(AsciiSentenceBreaksTest, EnabledWhereTheRulesAreImplemented) {
  for (const char* code : {"en", "de", "fr", "es", "pt", "ru", "it", "und"}) {
    const Language language = ResolveLanguage(code);
    EXPECT_TRUE(AsciiSentenceBreaks(language.icu_locale).enabled()) << code;
    EXPECT_TRUE(SentenceSplitter(language).fast_path_enabled()) << code;
  }
  EXPECT_TRUE(AsciiSentenceBreaks("en@ss=standard").enabled());
  EXPECT_TRUE(AsciiSentenceBreaks("de@ss=standard").enabled());
  EXPECT_TRUE(AsciiSentenceBreaks("root").enabled());
}

// Greek has sentence rules of its own (";" ends a question), which the
// fast path does not implement.
TEST(AsciiSentenceBreaksTest, DisabledForOtherRules) {
  EXPECT_FALSE(AsciiSentenceBreaks(ResolveLanguage("el").icu_locale).enabled());
  EXPECT_FALSE(AsciiSentenceBreaks("el").enabled());
  EXPECT_FALSE(SentenceSplitter(ResolveLanguage("el")).fast_path_enabled());
}

TEST(AsciiSentenceBreaksTest, Rules) {
  Breakers root(ResolveLanguage("und"));
  ASSERT_TRUE(root.enabled());
  EXPECT_TRUE(root.Segment("").empty());
  // SB11 before an uppercase word; SB8: none before a lowercase one, even
  // after brackets and numbers.
  EXPECT_THAT(root.Segment("It rained. Then it stopped."),
              ElementsAre("It rained. ", "Then it stopped."));
  EXPECT_THAT(root.Segment("It rained. then it stopped."),
              ElementsAre("It rained. then it stopped."));
  EXPECT_THAT(root.Segment("See p. (3) below. Ok"),
              ElementsAre("See p. (3) below. ", "Ok"));
  // SB6 and SB7: "3.14", "U.S" and "e.g" go on; "1.C" does not.
  EXPECT_THAT(root.Segment("Pi is 3.14 or so."),
              ElementsAre("Pi is 3.14 or so."));
  EXPECT_THAT(root.Segment("The U.S.A. and e.g. cats. 1.C"),
              ElementsAre("The U.S.A. and e.g. cats. ", "1.", "C"));
  // SB9, SB10: quotes, brackets and spaces after the terminator stay with
  // the sentence it ends.
  EXPECT_THAT(root.Segment("He said \"Stop.\" Then (he left.) Now"),
              ElementsAre("He said \"Stop.\" ", "Then (he left.) ", "Now"));
  // SB8a: terminator runs and SContinue.
  EXPECT_THAT(
      root.Segment("What?! Really?? Yes... Etc., fine. - Dash"),
      ElementsAre("What?! ", "Really?? ", "Yes... ", "Etc., fine. - Dash"));
  // SB3, SB4, SB11: a line break ends a sentence; CR LF stays whole.
  EXPECT_THAT(root.Segment("One\r\nTwo.\r\n\r\nThree\rFour.\n\nFive"),
              ElementsAre("One\r\n", "Two.\r\n", "\r\n", "Three\r", "Four.\n",
                          "\n", "Five"));
  EXPECT_THAT(root.Segment("Hi.  "), ElementsAre("Hi.  "));
  EXPECT_EQ(root.mismatches(), 0u);
}

TEST(AsciiSentenceBreaksTest, Suppressions) {
  Breakers english(EnglishSuppressed());
  Breakers root(ResolveLanguage("und"));
  ASSERT_TRUE(english.enabled() && root.enabled());
  EXPECT_THAT(english.Segment("Mr. Smith left. He came back."),
              ElementsAre("Mr. Smith left. ", "He came back."));
  EXPECT_THAT(root.Segment("Mr. Smith left. He came back."),
              ElementsAre("Mr. ", "Smith left. ", "He came back."));
  // Only one U+0020 is stepped over, and a suppression needs no word
  // boundary before it ("XMr.").
  EXPECT_THAT(
      english.Segment("Mr.  Smith. XMr. Jones. Mr.\tBrown"),
      ElementsAre("Mr.  ", "Smith. ", "XMr. Jones. ", "Mr.\t", "Brown"));
  // ICU's quirk with partial suppressions: after "U.S. " the backwards
  // match is "S." (the head of "S.A."), which the forwards trie does not
  // confirm from "S", so "U.S." and "Ph.D." suppress nothing.
  EXPECT_THAT(
      english.Segment("The U.S. Army came. He has a Ph.D. Then"),
      ElementsAre("The U.S. ", "Army came. ", "He has a Ph.D. ", "Then"));
  Breakers german(GermanSuppressed());
  ASSERT_TRUE(german.enabled());
  // "Z. B." is confirmed forwards across the boundary after "Z. ", and at
  // the end of the text a match cut short counts ("Z. B").
  EXPECT_THAT(german.Segment("Das ist Z. B. Gut. Das ist Z. B"),
              ElementsAre("Das ist Z. B. Gut. ", "Das ist Z. B"));
  EXPECT_THAT(german.Segment("Das ist Z. Bx"),
              ElementsAre("Das ist Z. ", "Bx"));
  EXPECT_EQ(english.mismatches() + root.mismatches() + german.mismatches(), 0u);
}

// The proof the fast path owes: on every benchmark corpus, each ASCII
// paragraph and line, the same with line breaks turned into spaces (as the
// splitter receives them from AnalyzeStructure), and the whole file get
// exactly ICU's boundaries.
TEST(AsciiSentenceBreaksTest, MatchesIcuOnEveryCorpus) {
  const auto shared = testing::SharedDir();
  if (!shared) GTEST_SKIP() << "../shared is not present";
  const std::filesystem::path folder = *shared / "data" / "corpus";
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().stem().string();
    Breakers breakers(ResolveLanguage(name.substr(0, 2)));
    ASSERT_TRUE(breakers.enabled()) << name;
    const std::string text = testing::ReadFile(entry.path());
    std::size_t pieces = 0;
    std::size_t skipped = 0;
    const auto compare = [&](std::string_view piece, std::size_t at) {
      if (!IsAscii(piece)) {
        ++skipped;
        return;
      }
      ++pieces;
      breakers.Agree(piece, name + " at byte " + std::to_string(at));
      const std::string joined = LineBreaksToSpaces(piece);
      if (joined != piece) {
        ++pieces;
        breakers.Agree(joined,
                       name + " (joined) at byte " + std::to_string(at));
      }
    };
    for (const std::string_view separator : {"\n\n", "\n"}) {
      std::size_t begin = 0;
      while (begin < text.size()) {
        std::size_t end = text.find(separator, begin);
        if (end == std::string::npos) end = text.size();
        compare(std::string_view(text).substr(begin, end - begin), begin);
        begin = end + separator.size();
      }
    }
    compare(text, 0);
    // Every maximal ASCII run of the whole file (many paragraphs each, cut
    // at arbitrary places), as it is and joined.
    std::size_t runs = 0;
    const std::string joined = LineBreaksToSpaces(text);
    for (const std::string_view whole :
         {std::string_view(text), std::string_view(joined)}) {
      std::size_t begin = 0;
      while (begin < whole.size()) {
        std::size_t end = begin;
        while (end < whole.size() &&
               static_cast<unsigned char>(whole[end]) < 0x80) {
          ++end;
        }
        if (end > begin) {
          ++runs;
          breakers.Agree(
              whole.substr(begin, end - begin),
              name + " (ASCII run) at byte " + std::to_string(begin));
        }
        begin = end + 1;
      }
    }
    EXPECT_EQ(breakers.mismatches(), 0u)
        << name << " (" << pieces << " pieces, " << runs << " runs)";
    EXPECT_GT(pieces, 0u) << name;
    RecordProperty(name + "_pieces", std::to_string(pieces));
    RecordProperty(name + "_non_ascii_pieces", std::to_string(skipped));
    RecordProperty(name + "_ascii_runs", std::to_string(runs));
    ++files;
  }
  EXPECT_GE(files, 5u);
}

// The suppressions of "en@ss=standard" and "de@ss=standard" (ICU 72's CLDR
// data) that exercise the filter's cases: exact, partial with a shared
// head ("U." of "U.S." and "U.S.A."), with spaces ("z. B."), with "-".
constexpr const char* kSuppressions[] = {
    "Mr.",        "Mrs.",      "MR.",     "Dr.",     "Prof.",    "vs.",
    "pp.",        "Ph.D.",     "U.S.",    "U.S.A.",  "U.S.C.",   "S.A.",
    "S.p.A.",     "S.A.R.",    "E.g.",    "I.e.",    "a.m.",     "Lt.Cdr.",
    "Hon.B.A.",   "Jr.",       "Inc.",    "z. B.",   "Z. B.",    "z.B.",
    "u. a.",      "u.a.",      "v. Chr.", "n. Chr.", "k. u. k.", "k.u.k.",
    "Dipl.-Ing.", "Reg.-Bez.", "St.",     "Nr.",     "Hr.",      "d.J.",
    "e.V.",       "a.a.O.",    "u. U.",   "U.",      "u.",       "Z.",
    "A.",         "F.f.",      "PIN.",    "Co.",     "Fa.",      "etc.",
    "e.g.",
};

// A random ASCII string of tricky characters, letters, digits and
// suppressions, whole or cut short.
std::string RandomText(std::mt19937& random) {
  static constexpr std::string_view kTricky = ".!?\"'()[],;:- \t\n\r";
  static constexpr std::string_view kLetters = "aeiouxzABCDMSUZ";
  static constexpr std::string_view kDigits = "0159";
  std::string text;
  const auto pick = [&](std::size_t size) {
    return std::uniform_int_distribution<std::size_t>(0, size - 1)(random);
  };
  const std::size_t atoms = 1 + pick(24);
  for (std::size_t i = 0; i < atoms; ++i) {
    const std::size_t kind = pick(12);
    if (kind < 5) {
      text += kTricky[pick(kTricky.size())];
    } else if (kind < 7) {
      text += " ";
    } else if (kind < 9) {
      text += kLetters[pick(kLetters.size())];
    } else if (kind < 10) {
      text += kDigits[pick(kDigits.size())];
    } else {
      const std::string_view suppression =
          kSuppressions[pick(std::size(kSuppressions))];
      text += kind == 10 ? suppression
                         : suppression.substr(0, 1 + pick(suppression.size()));
    }
  }
  return text;
}

TEST(AsciiSentenceBreaksTest, MatchesIcuOnRandomText) {
  constexpr int kStrings = 40000;
  for (const Language& language :
       {EnglishSuppressed(), GermanSuppressed(), ResolveLanguage("de"),
        ResolveLanguage("und")}) {
    Breakers breakers(language);
    ASSERT_TRUE(breakers.enabled()) << language.icu_locale;
    std::mt19937 random(20261127);
    for (int i = 0; i < kStrings; ++i) {
      breakers.Agree(RandomText(random), language.icu_locale);
    }
    EXPECT_EQ(breakers.mismatches(), 0u)
        << language.icu_locale << " (" << kStrings << " strings)";
  }
}

}  // namespace
}  // namespace summarize::internal
