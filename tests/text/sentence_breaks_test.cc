// Tests for the fast sentence breaks: on every piece they accept they must
// be exactly ICU's boundaries, on every benchmark corpus and on random text,
// and they must decline what they do not implement.
#include "text/sentence_breaks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"
#include "text/language.h"
#include "text/sentence_splitter.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

// A language with an explicit ICU locale id (the code only picks the
// splitter's abbreviation data, which these tests do not use).
Language WithLocale(const char* code, const char* icu_locale) {
  return Language{code, icu_locale, ""};
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

// The fast path (reading line breaks as `line_breaks` says) and ICU for one
// locale id, with counts of what the fast path accepted and declined. With
// LineBreaks::kAsSpaces, ICU gets the piece with its line breaks replaced
// by spaces.
class Breakers {
 public:
  explicit Breakers(const Language& language,
                    LineBreaks line_breaks = LineBreaks::kAsIs)
      : fast_(language.icu_locale), icu_(language), line_breaks_(line_breaks) {}

  bool enabled() const { return fast_.enabled(line_breaks_); }

  // Compares both on `piece` if the fast path accepts it; true when it does
  // and they agree, else (for a mismatch) a failure naming `where`, for the
  // first few mismatches of a run only.
  bool Agree(std::string_view piece, std::string_view where) {
    const std::vector<std::int32_t>* fast = fast_.Breaks(piece, line_breaks_);
    if (fast == nullptr) {
      ++declined_.pieces;
      declined_.bytes += piece.size();
      return false;
    }
    ++accepted_.pieces;
    accepted_.bytes += piece.size();
    if (piece.find_first_of("\r\n") != std::string_view::npos) {
      ++accepted_with_line_breaks_;
    }
    const std::vector<std::int32_t>& icu =
        line_breaks_ == LineBreaks::kAsSpaces
            ? icu_.IcuBreaks(LineBreaksToSpaces(piece))
            : icu_.IcuBreaks(piece);
    if (*fast == icu) return true;
    if (++mismatches_ <= 5) {
      ADD_FAILURE() << where << ": "
                    << ::testing::PrintToString(Segments(piece, *fast))
                    << "\nvs ICU "
                    << ::testing::PrintToString(Segments(piece, icu));
    }
    return false;
  }

  // The fast path's segments of `piece`, checked against ICU's; a failure
  // if the fast path declines it.
  std::vector<std::string> Segment(std::string_view piece) {
    EXPECT_TRUE(Agree(piece, piece));
    const std::vector<std::int32_t>* fast = fast_.Breaks(piece, line_breaks_);
    return fast == nullptr ? std::vector<std::string>{"(declined)"}
                           : Segments(piece, *fast);
  }

  // Whether the fast path declines `piece`.
  bool Declines(std::string_view piece) {
    return fast_.Breaks(piece, line_breaks_) == nullptr;
  }

  struct Count {
    std::size_t pieces = 0;
    std::size_t bytes = 0;
  };
  const Count& accepted() const { return accepted_; }
  const Count& declined() const { return declined_; }
  std::size_t mismatches() const { return mismatches_; }
  // Accepted pieces with a '\n' or '\r'.
  std::size_t accepted_with_line_breaks() const {
    return accepted_with_line_breaks_;
  }

 private:
  FastSentenceBreaks fast_;
  SentenceSplitter icu_;
  LineBreaks line_breaks_;
  std::size_t accepted_with_line_breaks_ = 0;
  Count accepted_;
  Count declined_;
  std::size_t mismatches_ = 0;
};

TEST(SentenceBreaksTest, EnabledWhereTheRulesAreImplemented) {
  for (const char* code :
       {"en", "de", "fr", "es", "pt", "ru", "it", "ja", "zh", "und"}) {
    const Language language = ResolveLanguage(code);
    EXPECT_TRUE(FastSentenceBreaks(language.icu_locale).enabled()) << code;
    EXPECT_TRUE(
        FastSentenceBreaks(language.icu_locale).enabled(LineBreaks::kAsSpaces))
        << code;
    EXPECT_TRUE(SentenceSplitter(language).fast_path_enabled()) << code;
  }
  for (const char* id : {"en@ss=standard", "de@ss=standard", "ru@ss=standard",
                         "fr@ss=standard", "de", "root", "ja", "zh"}) {
    EXPECT_TRUE(FastSentenceBreaks(id).enabled()) << id;
    EXPECT_TRUE(FastSentenceBreaks(id).enabled(LineBreaks::kAsSpaces)) << id;
  }
}

// Greek has sentence rules of its own (";" ends a question), which the
// fast path does not implement.
TEST(SentenceBreaksTest, DisabledForOtherRules) {
  EXPECT_FALSE(FastSentenceBreaks(ResolveLanguage("el").icu_locale).enabled());
  EXPECT_FALSE(FastSentenceBreaks("el").enabled());
  EXPECT_FALSE(FastSentenceBreaks("el").enabled(LineBreaks::kAsSpaces));
  EXPECT_EQ(FastSentenceBreaks("el").Breaks("A. B", LineBreaks::kAsSpaces),
            nullptr);
  EXPECT_FALSE(SentenceSplitter(ResolveLanguage("el")).fast_path_enabled());
}

TEST(SentenceBreaksTest, Rules) {
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

TEST(SentenceBreaksTest, RulesOutsideAscii) {
  Breakers root(ResolveLanguage("und"));
  ASSERT_TRUE(root.enabled());
  // Curly quotes and guillemets are Close, NBSP and U+3000 are Sp.
  EXPECT_THAT(root.Segment("He said “Stop.” Then «Non.» Now"),
              ElementsAre("He said “Stop.” ", "Then «Non.» ", "Now"));
  EXPECT_THAT(root.Segment("Stop.\u00A0Go.\u3000Run"),
              ElementsAre("Stop.\u00A0", "Go.\u3000", "Run"));
  // Dashes and "、" are SContinue (SB8a); "…" is Other.
  EXPECT_THAT(root.Segment("Wait.—No. – Yes… Fine.、 Done. X"),
              ElementsAre("Wait.—No. – Yes… Fine.、 Done. ", "X"));
  // Non-ASCII Upper and Lower: SB7 and SB8 with them.
  EXPECT_THAT(root.Segment("Été. été. Überall. Ж.Б ж.Б"),
              ElementsAre("Été. été. ", "Überall. ", "Ж.Б ж.Б"));
  // OLetter: SB7 takes no OLetter, and it stops SB8's look for a Lower.
  EXPECT_THAT(root.Segment("中.A a.中 b. 1 中 c"),
              ElementsAre("中.", "A a.", "中 b. ", "1 中 c"));
  // Non-ASCII STerm and ATerm: "。" "！" "？" "؟" "।", full-width ".".
  EXPECT_THAT(
      root.Segment("中文。日本！はい？ok؟ No। Ｘ．Ｙ"),
      ElementsAre("中文。", "日本！", "はい？", "ok؟ ", "No। ", "Ｘ．Ｙ"));
  // Sep (U+2028, U+2029, U+0085) ends a sentence like a line break, and
  // after a terminator's spaces.
  EXPECT_THAT(root.Segment("One\u2028Two.\u0085Three. \u2029four"),
              ElementsAre("One\u2028", "Two.\u0085", "Three. \u2029", "four"));
  // Supplementary characters: a mathematical capital (Upper), an emoji
  // (Other), an ideograph (OLetter).
  EXPECT_THAT(root.Segment("𝐀.𝐁 x. 😀 y. 𠀀z"),
              ElementsAre("𝐀.𝐁 x. 😀 y. ", "𠀀z"));
  EXPECT_EQ(root.mismatches(), 0u);
}

// CR and LF read as spaces: no boundary at a line break, and the rules and
// the filter see ' ' there (SB8 across a line break, a suppression with a
// line break before or inside it). Sep stays a boundary.
TEST(SentenceBreaksTest, LineBreaksAsSpaces) {
  Breakers root(ResolveLanguage("und"), LineBreaks::kAsSpaces);
  ASSERT_TRUE(root.enabled());
  EXPECT_THAT(root.Segment("One\r\nTwo.\r\n\r\nThree\rFour.\n\nFive"),
              ElementsAre("One\r\nTwo.\r\n\r\n", "Three\rFour.\n\n", "Five"));
  EXPECT_THAT(root.Segment("It rained.\nthen it stopped.\r"),
              ElementsAre("It rained.\nthen it stopped.\r"));
  EXPECT_THAT(root.Segment("Stop.\n\u2028Go.\u2029\nRun"),
              ElementsAre("Stop.\n\u2028", "Go.\u2029", "\nRun"));
  Breakers english(WithLocale("en", "en@ss=standard"), LineBreaks::kAsSpaces);
  ASSERT_TRUE(english.enabled());
  EXPECT_THAT(english.Segment("Mr.\nSmith left.\r\nHe came\rback. Mr.\r"
                              "\nBrown"),
              ElementsAre("Mr.\nSmith left.\r\n", "He came\rback. ", "Mr.\r\n",
                          "Brown"));
  Breakers german(WithLocale("de", "de@ss=standard"), LineBreaks::kAsSpaces);
  ASSERT_TRUE(german.enabled());
  // "Z. B." is confirmed forwards across the line break, as across a space;
  // "z. B." is not (ICU breaks the same way after "z. " with a space).
  EXPECT_THAT(german.Segment("Das ist Z.\nB. Gut.\nDas ist z.\nB. nicht"),
              ElementsAre("Das ist Z.\nB. Gut.\n", "Das ist z.\n", "B. nicht"));
  EXPECT_EQ(root.mismatches() + english.mismatches() + german.mismatches(), 0u);
}

// Extend and Format characters (SB5) are left to ICU, wherever they are;
// so is ill-formed UTF-8.
TEST(SentenceBreaksTest, DeclinesExtendAndFormat) {
  Breakers root(ResolveLanguage("und"));
  ASSERT_TRUE(root.enabled());
  for (const char* piece :
       {"Cafe\u0301. Next", "A.\u0301 B", "x. \u200D Y", "Soft\u00ADhyphen.",
        "\uFEFFStart. End", "Hi.\u200E There", "A.\uFE0F B",
        "Tag \U000E0001. No", "Last.\u0301", "See p. (3 \u200C) below",
        "Bad \xC3 byte.", "End.\xC3", "Cut \xE2\x80",
        "Surrogate \xED\xA0\x80."}) {
    EXPECT_TRUE(root.Declines(piece)) << piece;
  }
  EXPECT_FALSE(root.Declines("Cafe. Next"));
}

TEST(SentenceBreaksTest, Suppressions) {
  Breakers english(WithLocale("en", "en@ss=standard"));
  Breakers root(ResolveLanguage("und"));
  ASSERT_TRUE(english.enabled() && root.enabled());
  EXPECT_THAT(english.Segment("Mr. Smith left. He came back."),
              ElementsAre("Mr. Smith left. ", "He came back."));
  EXPECT_THAT(root.Segment("Mr. Smith left. He came back."),
              ElementsAre("Mr. ", "Smith left. ", "He came back."));
  // Only one U+0020 is stepped over (not NBSP), and a suppression needs no
  // word boundary before it ("XMr.").
  EXPECT_THAT(english.Segment("Mr.  Smith. XMr. Jones. Mr.\tBrown. "
                              "Mr.\u00A0Green"),
              ElementsAre("Mr.  ", "Smith. ", "XMr. Jones. ", "Mr.\t",
                          "Brown. ", "Mr.\u00A0", "Green"));
  // ICU's quirk with partial suppressions: after "U.S. " the backwards
  // match is "S." (the head of "S.A."), which the forwards trie does not
  // confirm from "S", so "U.S." and "Ph.D." suppress nothing.
  EXPECT_THAT(
      english.Segment("The U.S. Army came. He has a Ph.D. Then"),
      ElementsAre("The U.S. ", "Army came. ", "He has a Ph.D. ", "Then"));
  // After a curly quote the filter does not look past it.
  EXPECT_THAT(english.Segment("“Mr.” Smith"), ElementsAre("“Mr.” ", "Smith"));
  Breakers german(WithLocale("de", "de@ss=standard"));
  ASSERT_TRUE(german.enabled());
  // "Z. B." is confirmed forwards across the boundary after "Z. ", and at
  // the end of the text a match cut short counts ("Z. B").
  EXPECT_THAT(german.Segment("Das ist Z. B. Gut. Das ist Z. B"),
              ElementsAre("Das ist Z. B. Gut. ", "Das ist Z. B"));
  EXPECT_THAT(german.Segment("Das ist Z. Bx"),
              ElementsAre("Das ist Z. ", "Bx"));
  // Suppressions outside ASCII: "österr." exact, "u.Ä." partial.
  EXPECT_THAT(german.Segment("Ein österr. Wein. Öl u.Ä. Nicht"),
              ElementsAre("Ein österr. Wein. ", "Öl u.Ä. ", "Nicht"));
  Breakers russian(WithLocale("ru", "ru@ss=standard"));
  ASSERT_TRUE(russian.enabled());
  // "ул." exact; "н. э." partial: after "н. " its head "н." is confirmed
  // forwards, but after "э. " the backwards trie has no exact match (only
  // heads of partial ones), so ICU breaks there.
  EXPECT_THAT(
      russian.Segment("На ул. Ленина. В 300 г. до н. э. Рим. Он"),
      ElementsAre("На ул. Ленина. ", "В 300 г. до н. э. ", "Рим. ", "Он"));
  Breakers french(WithLocale("fr", "fr@ss=standard"));
  ASSERT_TRUE(french.enabled());
  EXPECT_THAT(french.Segment("Voir réf. Dupont. Puis"),
              ElementsAre("Voir réf. Dupont. ", "Puis"));
  EXPECT_EQ(english.mismatches() + root.mismatches() + german.mismatches() +
                russian.mismatches() + french.mismatches(),
            0u);
}

// The checks a corpus proof ends with: no mismatch, and the two large texts
// (en-10m, de-1m) at least 90% taken by the fast path, so that the proof
// cannot go vacuous. Returns the share of bytes taken.
double ExpectAgreedOnCorpus(const Breakers& breakers, const std::string& name) {
  const Breakers::Count& accepted = breakers.accepted();
  const Breakers::Count& declined = breakers.declined();
  const double accepted_share =
      static_cast<double>(accepted.bytes) /
      static_cast<double>(accepted.bytes + declined.bytes);
  EXPECT_EQ(breakers.mismatches(), 0u)
      << name << " (" << accepted.pieces << " pieces compared)";
  if (name == "en-10m" || name == "de-1m") {
    EXPECT_GE(accepted_share, 0.9) << name;
  }
  return accepted_share;
}

// The proof the fast path owes: on every benchmark corpus, each paragraph
// and line, the same with line breaks turned into spaces (as the splitter
// receives them from AnalyzeStructure), and the whole file get exactly
// ICU's boundaries wherever the fast path accepts them; and it accepts most
// of the text.
TEST(SentenceBreaksTest, MatchesIcuOnEveryCorpus) {
  const std::vector<testing::CorpusText> corpus = testing::CorpusTexts();
  if (corpus.empty()) GTEST_SKIP() << "../shared is not present";
  std::size_t files = 0;
  for (const testing::CorpusText& file : corpus) {
    const std::string& name = file.name;
    Breakers breakers(ResolveLanguage(file.language));
    ASSERT_TRUE(breakers.enabled()) << name;
    const std::string text = testing::ReadFile(file.path);
    const auto compare = [&](std::string_view piece, std::size_t at) {
      breakers.Agree(piece, name + " at byte " + std::to_string(at));
      const std::string joined = LineBreaksToSpaces(piece);
      if (joined != piece) {
        breakers.Agree(joined,
                       name + " (joined) at byte " + std::to_string(at));
      }
    };
    testing::ForEachParagraphAndLine(text, compare);
    compare(text, 0);
    const double accepted_share = ExpectAgreedOnCorpus(breakers, name);
    const Breakers::Count& accepted = breakers.accepted();
    const Breakers::Count& declined = breakers.declined();
    EXPECT_GT(accepted.pieces, 0u) << name;
    std::cout << name << ": accepted " << accepted.pieces << " pieces ("
              << accepted.bytes << " bytes), declined " << declined.pieces
              << " (" << declined.bytes << " bytes); "
              << static_cast<int>(accepted_share * 1000) / 10.0
              << "% of bytes accepted\n";
    RecordProperty(name + "_accepted_pieces", std::to_string(accepted.pieces));
    RecordProperty(name + "_accepted_bytes", std::to_string(accepted.bytes));
    RecordProperty(name + "_declined_pieces", std::to_string(declined.pieces));
    RecordProperty(name + "_declined_bytes", std::to_string(declined.bytes));
    ++files;
  }
  EXPECT_GE(files, 5u);
}

// The proof for LineBreaks::kAsSpaces: on every benchmark corpus, each
// paragraph (with its line breaks, as AnalyzeStructure's blocks have them),
// each line and the whole file get, read with line breaks as spaces,
// exactly ICU's boundaries for the same text with spaces in their place.
TEST(SentenceBreaksTest, LineBreaksAsSpacesMatchIcuOnEveryCorpus) {
  const std::vector<testing::CorpusText> corpus = testing::CorpusTexts();
  if (corpus.empty()) GTEST_SKIP() << "../shared is not present";
  std::size_t files = 0;
  for (const testing::CorpusText& file : corpus) {
    const std::string& name = file.name;
    Breakers breakers(ResolveLanguage(file.language), LineBreaks::kAsSpaces);
    ASSERT_TRUE(breakers.enabled()) << name;
    const std::string text = testing::ReadFile(file.path);
    testing::ForEachParagraphAndLine(
        text, [&](std::string_view piece, std::size_t at) {
          breakers.Agree(piece, name + " at byte " + std::to_string(at));
        });
    breakers.Agree(text, name + " (whole)");
    ExpectAgreedOnCorpus(breakers, name);
    const Breakers::Count& accepted = breakers.accepted();
    const Breakers::Count& declined = breakers.declined();
    // Not vacuous: pieces with line breaks were compared.
    EXPECT_GT(breakers.accepted_with_line_breaks(), 0u) << name;
    std::cout << name << " (line breaks as spaces): accepted "
              << accepted.pieces << " pieces (" << accepted.bytes << " bytes; "
              << breakers.accepted_with_line_breaks()
              << " with line breaks), declined " << declined.pieces << " ("
              << declined.bytes << " bytes), " << breakers.mismatches()
              << " mismatches\n";
    ++files;
  }
  EXPECT_GE(files, 5u);
}

// Suppressions of the locales below (ICU 72's CLDR data) that exercise the
// filter's cases: exact, partial with a shared head ("U." of "U.S." and
// "U.S.A."), with spaces ("z. B.", "до н. э."), with "-", outside ASCII.
constexpr const char* kSuppressions[] = {
    "Mr.",    "Mrs.",    "MR.",        "Dr.",        "Prof.",    "vs.",
    "pp.",    "Ph.D.",   "U.S.",       "U.S.A.",     "U.S.C.",   "S.A.",
    "S.p.A.", "S.A.R.",  "E.g.",       "I.e.",       "a.m.",     "Lt.Cdr.",
    "Jr.",    "Inc.",    "z. B.",      "Z. B.",      "z.B.",     "u. a.",
    "u.a.",   "v. Chr.", "k. u. k.",   "Dipl.-Ing.", "St.",      "Nr.",
    "d.J.",   "e.V.",    "a.a.O.",     "u. U.",      "U.",       "Z.",
    "A.",     "Co.",     "etc.",       "e.g.",       "d.Ä.",     "u.Ä.",
    "u.ä.",   "österr.", "röm.-kath.", "Tägl.",      "до н. э.", "н. э.",
    "н.э.",   "ул.",     "тыс.",       "проф.",      "réf.",     "févr.",
    "éd.",    "édit.",   "M.",         "Mme.",       "etc.",
};

// Characters of every class the fast path implements, ASCII and not, and a
// few it declines.
constexpr const char* kTricky[] = {
    ".",  "!",      "?",      "\"",     "'",      "(",      ")",      "[",
    "]",  ",",      ";",      ":",      "-",      " ",      "\t",     "\n",
    "\r", "’",      "“",      "”",      "«",      "»",      "„",      "—",
    "–",  "…",      "。",     "！",     "？",     "、",     "؟",      "।",
    "．", "\u2028", "\u2029", "\u0085", "\u00A0", "\u3000", "\u2024",
};
constexpr const char* kLetters[] = {
    "a", "e", "x", "z", "A", "B", "M",  "S",  "U",  "Z", "é", "É", "ß", "ü",
    "Ü", "ø", "α", "Ω", "ж", "Б", "中", "文", "あ", "𝐀", "𝐚", "😀", "א",
};
constexpr const char* kDigits[] = {"0", "1", "5", "9", "٣", "５"};
constexpr const char* kDeclined[] = {"\u0301", "\u200D", "\u00AD"};

// A random string of the characters above and suppressions, whole or cut
// short (at a code point boundary); about one in five has a character the
// fast path declines.
std::string RandomText(std::mt19937& random) {
  std::string text;
  const auto pick = [&](std::size_t size) {
    return std::uniform_int_distribution<std::size_t>(0, size - 1)(random);
  };
  const std::size_t atoms = 1 + pick(24);
  for (std::size_t i = 0; i < atoms; ++i) {
    const std::size_t kind = pick(200);
    if (kind < 80) {
      text += kTricky[pick(std::size(kTricky))];
    } else if (kind < 110) {
      text += " ";
    } else if (kind < 145) {
      text += kLetters[pick(std::size(kLetters))];
    } else if (kind < 160) {
      text += kDigits[pick(std::size(kDigits))];
    } else if (kind < 162) {
      text += kDeclined[pick(std::size(kDeclined))];
    } else {
      const std::string_view suppression =
          kSuppressions[pick(std::size(kSuppressions))];
      if (kind < 181) {
        text += suppression;
      } else {
        std::size_t cut = 1 + pick(suppression.size());
        while (cut < suppression.size() &&
               (static_cast<unsigned char>(suppression[cut]) & 0xC0) == 0x80) {
          ++cut;
        }
        text += suppression.substr(0, cut);
      }
    }
  }
  return text;
}

// The locale ids the random comparisons run for.
std::vector<Language> RandomTextLanguages() {
  return {WithLocale("en", "en@ss=standard"),
          WithLocale("de", "de@ss=standard"),
          WithLocale("ru", "ru@ss=standard"),
          WithLocale("fr", "fr@ss=standard"),
          WithLocale("de", "de"),
          WithLocale("und", "root"),
          WithLocale("ja", "ja"),
          WithLocale("zh", "zh")};
}

// Compares the fast path in `mode` with ICU on kRandomStrings strings from
// `generate`, for every locale id of RandomTextLanguages(): no mismatch, and
// the gate must not turn the comparison off (most strings are taken, those
// with an Extend or Format character are not). With line breaks read as
// spaces, every string has one.
constexpr std::size_t kRandomStrings = 50000;

void ExpectAgreementOnRandomText(LineBreaks mode,
                                 std::string (*generate)(std::mt19937&),
                                 unsigned seed) {
  for (const Language& language : RandomTextLanguages()) {
    Breakers breakers(language, mode);
    ASSERT_TRUE(breakers.enabled()) << language.icu_locale;
    std::mt19937 random(seed);
    for (std::size_t i = 0; i < kRandomStrings; ++i) {
      breakers.Agree(generate(random), language.icu_locale);
    }
    EXPECT_EQ(breakers.mismatches(), 0u)
        << language.icu_locale << " (" << kRandomStrings << " strings)";
    if (mode == LineBreaks::kAsSpaces) {
      EXPECT_EQ(breakers.accepted_with_line_breaks(),
                breakers.accepted().pieces)
          << language.icu_locale;
    }
    EXPECT_GE(breakers.accepted().pieces, kRandomStrings / 2)
        << language.icu_locale;
    EXPECT_GE(breakers.declined().pieces, kRandomStrings / 10)
        << language.icu_locale;
    std::cout << language.icu_locale
              << (mode == LineBreaks::kAsSpaces ? " (line breaks as spaces)"
                                                : "")
              << ": " << kRandomStrings << " strings, "
              << breakers.accepted().pieces << " accepted, "
              << breakers.mismatches() << " mismatches\n";
  }
}

TEST(SentenceBreaksTest, MatchesIcuOnRandomText) {
  ExpectAgreementOnRandomText(LineBreaks::kAsIs, RandomText, 20261127);
}

// RandomText() with one to four line breaks ("\n", "\r" or "\r\n") put
// in at code point boundaries.
std::string RandomTextWithLineBreaks(std::mt19937& random) {
  constexpr const char* kLineBreaks[] = {"\n", "\r", "\r\n"};
  std::string text = RandomText(random);
  const std::size_t line_breaks =
      std::uniform_int_distribution<std::size_t>(1, 4)(random);
  for (std::size_t i = 0; i < line_breaks; ++i) {
    std::size_t at =
        std::uniform_int_distribution<std::size_t>(0, text.size())(random);
    while (at < text.size() &&
           (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
      ++at;
    }
    text.insert(at, kLineBreaks[std::uniform_int_distribution<std::size_t>(
                        0, std::size(kLineBreaks) - 1)(random)]);
  }
  return text;
}

TEST(SentenceBreaksTest, LineBreaksAsSpacesMatchIcuOnRandomText) {
  ExpectAgreementOnRandomText(LineBreaks::kAsSpaces, RandomTextWithLineBreaks,
                              20261128);
}

}  // namespace
}  // namespace summarize::internal
