#include "model/term_matrix.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

constexpr float kTolerance = 1e-5f;

// Squared L2 norm of one row.
double RowNormSquared(const SparseMatrix& m, Eigen::Index row) {
  double sum = 0;
  for (SparseMatrix::InnerIterator it(m, row); it; ++it) {
    sum += static_cast<double>(it.value()) * it.value();
  }
  return sum;
}

// S0 = cat sat cat, S1 = dog sat, S2 = cat. n = 3.
//   df: cat 2, sat 2, dog 1
//   idf(cat) = idf(sat) = ln(4/3) + 1 = 1.2876821, idf(dog) = ln 2 + 1
//   = 1.6931472 S0: cat (1 + ln 2) * 1.2876821 = 2.1802348, sat 1.2876821,
//   norm 2.5321037
//       → cat 0.8610370, sat 0.5085423
//   S1: dog 1.6931472, sat 1.2876821, norm 2.1271404
//       → dog 0.7959605, sat 0.6053485
//   S2: cat 1
TEST(TermMatrixTest, HandComputedExample) {
  const TermMatrix m =
      BuildTermMatrix({{"cat", "sat", "cat"}, {"dog", "sat"}, {"cat"}});
  EXPECT_THAT(m.terms, ElementsAre(0u, 1u, 2u));  // cat sat dog
  ASSERT_EQ(m.idf.size(), 3u);
  EXPECT_NEAR(m.idf[0], 1.2876821f, kTolerance);
  EXPECT_NEAR(m.idf[1], 1.2876821f, kTolerance);
  EXPECT_NEAR(m.idf[2], 1.6931472f, kTolerance);

  ASSERT_EQ(m.counts.rows(), 3);
  ASSERT_EQ(m.counts.cols(), 3);
  EXPECT_EQ(m.counts.nonZeros(), 5);
  EXPECT_EQ(m.counts.coeff(0, 0), 2.0f);
  EXPECT_EQ(m.counts.coeff(0, 1), 1.0f);
  EXPECT_EQ(m.counts.coeff(0, 2), 0.0f);
  EXPECT_EQ(m.counts.coeff(1, 1), 1.0f);
  EXPECT_EQ(m.counts.coeff(1, 2), 1.0f);
  EXPECT_EQ(m.counts.coeff(2, 0), 1.0f);

  EXPECT_EQ(m.tfidf.nonZeros(), 5);
  EXPECT_NEAR(m.tfidf.coeff(0, 0), 0.8610370f, kTolerance);
  EXPECT_NEAR(m.tfidf.coeff(0, 1), 0.5085423f, kTolerance);
  EXPECT_NEAR(m.tfidf.coeff(1, 2), 0.7959605f, kTolerance);
  EXPECT_NEAR(m.tfidf.coeff(1, 1), 0.6053485f, kTolerance);
  EXPECT_NEAR(m.tfidf.coeff(2, 0), 1.0f, kTolerance);

  EXPECT_THAT(m.lengths, ElementsAre(3u, 2u, 1u));
}

TermMatrix FromIds(const std::vector<std::vector<TermId>>& sentences) {
  TermRows rows;
  for (const auto& ids : sentences) {
    rows.open_row().insert(rows.open_row().end(), ids.begin(), ids.end());
    rows.EndRow();
  }
  return BuildTermMatrix(rows);
}

TEST(TermMatrixTest, ColumnsInFirstSeenOrder) {
  // Sparse, unordered ids: columns follow first appearance in the rows.
  const TermMatrix m = FromIds({{70, 3}, {500, 70, 9, 70}, {3, 1}});
  EXPECT_THAT(m.terms, ElementsAre(70u, 3u, 500u, 9u, 1u));
  EXPECT_EQ(m.counts.coeff(1, 0), 2.0f);  // 70 twice in S1
  EXPECT_EQ(m.counts.coeff(1, 2), 1.0f);  // 500 in S1
  EXPECT_EQ(m.counts.coeff(2, 4), 1.0f);  // 1 in S2
  EXPECT_EQ(m.counts.nonZeros(), 7);
  EXPECT_THAT(m.lengths, ElementsAre(2u, 4u, 2u));
}

TEST(TermMatrixTest, StringsGetIdsInFirstSeenOrder) {
  const TermMatrix m = BuildTermMatrix(
      {{"zebra", "apple"}, {"mango", "zebra", "banana"}, {"apple", "kiwi"}});
  EXPECT_THAT(m.terms, ElementsAre(0u, 1u, 2u, 3u, 4u));
  EXPECT_EQ(m.counts.coeff(1, 0), 1.0f);  // zebra in S1
  EXPECT_EQ(m.counts.coeff(2, 4), 1.0f);  // kiwi in S2
}

TEST(TermMatrixTest, EmptySentencesStayEmpty) {
  const TermMatrix m = BuildTermMatrix({{}, {"a", "b"}, {}, {"b"}});
  EXPECT_EQ(m.counts.rows(), 4);
  EXPECT_EQ(m.tfidf.rows(), 4);
  EXPECT_THAT(m.lengths, ElementsAre(0u, 2u, 0u, 1u));
  EXPECT_EQ(RowNormSquared(m.tfidf, 0), 0.0);
  EXPECT_EQ(RowNormSquared(m.tfidf, 2), 0.0);
  // Empty sentences count as documents: n = 4.
  EXPECT_NEAR(m.idf[0], std::log(5.0 / 2.0) + 1.0, kTolerance);
  EXPECT_NEAR(m.idf[1], std::log(5.0 / 3.0) + 1.0, kTolerance);
}

TEST(TermMatrixTest, NoSentences) {
  const TermMatrix m = BuildTermMatrix(TermRows{});
  EXPECT_TRUE(m.terms.empty());
  EXPECT_TRUE(m.idf.empty());
  EXPECT_TRUE(m.lengths.empty());
  EXPECT_EQ(m.counts.rows(), 0);
  EXPECT_EQ(m.tfidf.rows(), 0);
}

TEST(TermMatrixTest, RowsAreUnitLength) {
  std::vector<std::vector<std::string>> sentences;
  for (int i = 0; i < 40; ++i) {
    std::vector<std::string> terms;
    for (int j = 0; j <= i % 7; ++j) {
      terms.push_back(
          std::string("t").append(std::to_string((i * 7 + j * 3) % 23)));
      if (j % 2 == 0)
        terms.push_back(std::string("t").append(std::to_string(j)));
    }
    sentences.push_back(terms);
  }
  const TermMatrix m = BuildTermMatrix(sentences);
  for (Eigen::Index row = 0; row < m.tfidf.rows(); ++row) {
    EXPECT_NEAR(RowNormSquared(m.tfidf, row), 1.0, 1e-5) << row;
    EXPECT_EQ(m.lengths[static_cast<std::size_t>(row)],
              sentences[static_cast<std::size_t>(row)].size());
  }
  for (const float idf : m.idf) EXPECT_GT(idf, 0.0f);
  // Counts hold every occurrence.
  EXPECT_NEAR(
      m.counts.sum(),
      [&] {
        std::size_t total = 0;
        for (const auto& s : sentences) total += s.size();
        return static_cast<double>(total);
      }(),
      0.0);
}

TEST(TermMatrixTest, SublinearTermFrequency) {
  // One sentence: idf = ln(2/2) + 1 = 1 for both terms; tf(a) = 1 + ln 4.
  const TermMatrix m = BuildTermMatrix({{"a", "a", "a", "a", "b"}});
  const double a = 1.0 + std::log(4.0);
  const double norm = std::sqrt(a * a + 1.0);
  EXPECT_EQ(m.counts.coeff(0, 0), 4.0f);
  EXPECT_NEAR(m.tfidf.coeff(0, 0), a / norm, kTolerance);
  EXPECT_NEAR(m.tfidf.coeff(0, 1), 1.0 / norm, kTolerance);
}

}  // namespace
}  // namespace summarize::internal
