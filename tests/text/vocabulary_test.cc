// Tests for the vocabulary: term strings to dense ids and back.
#include "text/vocabulary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace summarize::internal {
namespace {

TEST(VocabularyTest, IdsAreDenseInOrderOfFirstIntern) {
  Vocabulary vocabulary;
  EXPECT_EQ(vocabulary.size(), 0u);
  EXPECT_EQ(vocabulary.Intern("river"), 0u);
  EXPECT_EQ(vocabulary.Intern("bank"), 1u);
  EXPECT_EQ(vocabulary.Intern("river"), 0u);
  EXPECT_EQ(vocabulary.Intern(""), 2u);
  EXPECT_EQ(vocabulary.Intern("a term longer than sixteen bytes"), 3u);
  EXPECT_EQ(vocabulary.Intern("bank"), 1u);
  EXPECT_EQ(vocabulary.size(), 4u);
  EXPECT_EQ(vocabulary.Term(0), "river");
  EXPECT_EQ(vocabulary.Term(1), "bank");
  EXPECT_EQ(vocabulary.Term(2), "");
  EXPECT_EQ(vocabulary.Term(3), "a term longer than sixteen bytes");
}

TEST(VocabularyTest, TermsRoundTripPastGrowth) {
  // Enough terms to grow the map and the term buffer several times, with
  // prefixes of each other ("1", "10", "100") among them.
  Vocabulary vocabulary;
  std::vector<std::string> terms;
  for (int i = 0; i < 20000; ++i) terms.push_back(std::to_string(i));
  for (std::size_t i = 0; i < terms.size(); ++i) {
    ASSERT_EQ(vocabulary.Intern(terms[i]), i);
  }
  for (std::size_t i = 0; i < terms.size(); ++i) {
    ASSERT_EQ(vocabulary.Intern(terms[i]), i);
    ASSERT_EQ(vocabulary.Term(static_cast<TermId>(i)), terms[i]);
  }
  EXPECT_EQ(vocabulary.size(), terms.size());
}

}  // namespace
}  // namespace summarize::internal
