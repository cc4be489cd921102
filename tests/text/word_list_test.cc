// Tests for word lists and the embedded stopword lists.
#include "text/word_list.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace summarize::internal {
namespace {

TEST(WordListTest, ParsesOneWordPerLine) {
  const WordList list("# header\nalpha\n\n  beta \r\n# gamma\n\t\ndelta");
  EXPECT_EQ(list.size(), 3u);
  EXPECT_TRUE(list.Contains("alpha"));
  EXPECT_TRUE(list.Contains("beta"));
  EXPECT_TRUE(list.Contains("delta"));   // no final newline
  EXPECT_FALSE(list.Contains("gamma"));  // comment
  EXPECT_FALSE(list.Contains("# header"));
  EXPECT_FALSE(list.Contains(""));
  EXPECT_FALSE(list.Contains(" beta"));
}

TEST(WordListTest, EmptyInputs) {
  EXPECT_EQ(WordList().size(), 0u);
  EXPECT_EQ(WordList("").size(), 0u);
  EXPECT_EQ(WordList("\n\n# only comments\n").size(), 0u);
  EXPECT_FALSE(WordList().Contains("a"));
}

TEST(WordListTest, DuplicatesCountOnceAndMatchIsExact) {
  const WordList list("don't\ndon't\nstraße\n");
  EXPECT_EQ(list.size(), 2u);
  EXPECT_TRUE(list.Contains("don't"));
  EXPECT_TRUE(list.Contains("straße"));
  EXPECT_FALSE(list.Contains("Straße"));  // stored as given
  EXPECT_FALSE(list.Contains("don"));
}

TEST(WordListTest, LooksUpSubstringViews) {
  const WordList list("the\n");
  const std::string text = "other";
  EXPECT_TRUE(list.Contains(std::string_view(text).substr(1, 3)));
}

TEST(StopwordsTest, EnglishList) {
  const WordList& en = Stopwords("en");
  EXPECT_GT(en.size(), 1000u);
  EXPECT_TRUE(en.Contains("the"));
  EXPECT_TRUE(en.Contains("and"));
  EXPECT_TRUE(en.Contains("don't"));
  EXPECT_FALSE(en.Contains("summary"));
  EXPECT_FALSE(en.Contains("hurricane"));
  EXPECT_FALSE(en.Contains("The"));  // lists are lowercase
  // Broken upstream entries are dropped by tools/make_stopwords.py.
  EXPECT_FALSE(en.Contains("39"));
  EXPECT_FALSE(en.Contains("10"));
}

TEST(StopwordsTest, ParsedOncePerLanguage) {
  EXPECT_EQ(&Stopwords("en"), &Stopwords("en"));
}

TEST(StopwordsTest, MissingLanguageIsEmpty) {
  EXPECT_EQ(Stopwords("yi").size(), 0u);  // no licensed Yiddish list found
  EXPECT_EQ(Stopwords("und").size(), 0u);
  EXPECT_EQ(Stopwords("xx").size(), 0u);
  EXPECT_FALSE(Stopwords("xx").Contains("the"));
}

TEST(StopwordsTest, EveryStemmerLanguageAndCjkThaiHasAList) {
  // Every libstemmer language but Yiddish (no licensed list; see
  // data/README.md), plus Chinese, Japanese, Korean, Thai, Hebrew. Nepali,
  // Serbian and Tamil come from @orama/stopwords, the rest from
  // stopwords-iso.
  const std::pair<const char*, const char*> samples[] = {
      {"ar", "في"},   {"hy", "այս"},  {"eu", "eta"},  {"ca", "per"},
      {"da", "og"},   {"nl", "het"},  {"en", "the"},  {"fi", "ja"},
      {"fr", "les"},  {"de", "und"},  {"el", "και"},  {"hi", "और"},
      {"hu", "az"},   {"id", "yang"}, {"ga", "agus"}, {"it", "della"},
      {"lt", "ir"},   {"nb", "og"},   {"no", "og"},   {"pt", "que"},
      {"ro", "și"},   {"ru", "и"},    {"es", "los"},  {"sv", "och"},
      {"tr", "ve"},   {"zh", "的"},   {"ja", "これ"}, {"ko", "그리고"},
      {"th", "และ"},  {"he", "של"},   {"ne", "र"},    {"sr", "nije"},
      {"ta", "மற்றும்"}};
  for (const auto& [code, word] : samples) {
    const WordList& list = Stopwords(code);
    EXPECT_GT(list.size(), 40u) << code;
    EXPECT_TRUE(list.Contains(word)) << code << " " << word;
  }
  EXPECT_EQ(&Stopwords("nb"), &Stopwords("no"));
  EXPECT_EQ(Stopwords("yi").size(), 0u);
}

TEST(StopwordsTest, WrongCodePageEntriesAreRepaired) {
  // Lithuanian upstream is Windows-1257 read as Windows-1252.
  const WordList& lt = Stopwords("lt");
  for (const char* word : {"dėl", "aukščiau", "bemaž", "iš"}) {
    EXPECT_TRUE(lt.Contains(word)) << word;
  }
  for (const char* word : {"dël", "aukðèiau", "bemaþ", "ið"}) {
    EXPECT_FALSE(lt.Contains(word)) << word;
  }
  // Hungarian "õ" for "ő".
  const WordList& hu = Stopwords("hu");
  EXPECT_TRUE(hu.Contains("előtt"));
  EXPECT_FALSE(hu.Contains("elõtt"));
  EXPECT_TRUE(hu.Contains("ide-oda"));
  // Romanian in both the comma-below and the cedilla spelling.
  const WordList& ro = Stopwords("ro");
  EXPECT_TRUE(ro.Contains("aşadar"));
  EXPECT_TRUE(ro.Contains("așadar"));
  // Serbian upstream has Windows-1250 "ć č đ" read as Latin-1 "æ è ð".
  const WordList& sr = Stopwords("sr");
  for (const char* word : {"biće", "često", "između", "tačno", "baš"}) {
    EXPECT_TRUE(sr.Contains(word)) << word;
  }
  for (const char* word : {"biæe", "èesto", "izmeðu", "taèno"}) {
    EXPECT_FALSE(sr.Contains(word)) << word;
  }
}

TEST(StopwordsTest, SerbianInBothScripts) {
  // Serbian is written in Latin and Cyrillic; upstream is Latin only, and
  // the script adds each entry's Cyrillic spelling (digraphs as one letter).
  const WordList& sr = Stopwords("sr");
  const std::pair<const char*, const char*> pairs[] = {
      {"između", "између"}, {"njegov", "његов"}, {"manji", "мањи"},
      {"šta", "шта"},       {"želi", "жели"},    {"dobiti", "добити"}};
  for (const auto& [latin, cyrillic] : pairs) {
    EXPECT_TRUE(sr.Contains(latin)) << latin;
    EXPECT_TRUE(sr.Contains(cyrillic)) << cyrillic;
  }
  EXPECT_FALSE(sr.Contains("нјегов"));  // "nj" is one letter, "њ"
}

// The lists hold words as the analyzer folds them (see data/README.md).
TEST(StopwordsTest, GermanList) {
  const WordList& de = Stopwords("de");
  EXPECT_GT(de.size(), 500u);
  for (const char* word : {"und", "der", "die", "das", "nicht", "dass",
                           "ausser", "z.b", "d.h", "über"}) {
    EXPECT_TRUE(de.Contains(word)) << word;
  }
  EXPECT_FALSE(de.Contains("daß"));  // folded to "dass"
  EXPECT_FALSE(de.Contains("ei,"));  // broken upstream entry
  EXPECT_FALSE(de.Contains("hund"));
}

TEST(StopwordsTest, TurkishList) {
  const WordList& tr = Stopwords("tr");
  EXPECT_GT(tr.size(), 400u);
  for (const char* word :
       {"ve", "bir", "bu", "için", "değil", "şey", "nasıl", "işte"}) {
    EXPECT_TRUE(tr.Contains(word)) << word;
  }
  // Mojibake of "nasıl", "şey", "değil" is dropped.
  for (const char* word : {"nasýl", "þey", "deđil", "ţu"}) {
    EXPECT_FALSE(tr.Contains(word)) << word;
  }
}

TEST(StopwordsTest, RussianList) {
  const WordList& ru = Stopwords("ru");
  EXPECT_GT(ru.size(), 500u);
  for (const char* word : {"и", "в", "не", "что", "все", "еще", "мое"}) {
    EXPECT_TRUE(ru.Contains(word)) << word;
  }
  EXPECT_FALSE(ru.Contains("всё"));  // "ё" is written "е"
  EXPECT_FALSE(ru.Contains("ещё"));
}

TEST(StopwordsTest, PortugueseList) {
  const WordList& pt = Stopwords("pt");
  EXPECT_GT(pt.size(), 500u);
  for (const char* word : {"de", "que", "não", "uma", "os", "também"}) {
    EXPECT_TRUE(pt.Contains(word)) << word;
  }
  EXPECT_FALSE(pt.Contains("presidente"));
}

TEST(StopwordsTest, ChineseList) {
  const WordList& zh = Stopwords("zh");
  EXPECT_GT(zh.size(), 700u);
  for (const char* word : {"的", "了", "是", "在", "我们", "因为", "但是"}) {
    EXPECT_TRUE(zh.Contains(word)) << word;
  }
  EXPECT_FALSE(zh.Contains("０"));  // full-width digits are numbers
  EXPECT_FALSE(zh.Contains("0"));
  EXPECT_FALSE(zh.Contains("中国"));
}

TEST(StopwordsTest, ConcurrentFirstUse) {
  std::vector<const WordList*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back(
        [&seen, i] { seen[i] = &Stopwords(i % 2 == 0 ? "en" : "ja"); });
  }
  for (std::thread& t : threads) t.join();
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i], seen[i % 2]);
  }
  EXPECT_GT(seen[0]->size(), 0u);
}

}  // namespace
}  // namespace summarize::internal
