// Tests for TermRows: rows of term ids stored back to back.
#include "text/term_rows.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Rows {1, 2}, {}, {3}, {4, 5, 6}.
TermRows FourRows() {
  TermRows rows;
  rows.Reserve(6, 4);
  for (const std::vector<TermId>& row :
       {std::vector<TermId>{1, 2}, {}, {3}, {4, 5, 6}}) {
    rows.open_row().insert(rows.open_row().end(), row.begin(), row.end());
    rows.EndRow();
  }
  return rows;
}

TEST(TermRowsTest, RowsAreStoredBackToBack) {
  const TermRows rows = FourRows();
  ASSERT_EQ(rows.rows(), 4u);
  EXPECT_THAT(rows.Row(0), ElementsAre(1, 2));
  EXPECT_THAT(rows.Row(1), IsEmpty());
  EXPECT_THAT(rows.Row(2), ElementsAre(3));
  EXPECT_THAT(rows.Row(3), ElementsAre(4, 5, 6));
  EXPECT_THAT(rows.ids(), ElementsAre(1, 2, 3, 4, 5, 6));
}

TEST(TermRowsTest, KeepRowsKeepsTheChosenRowsInOrder) {
  TermRows rows = FourRows();
  // A parallel vector: one element per id, moved with it.
  std::vector<std::string> names = {"1", "2", "3", "4", "5", "6"};
  rows.KeepRows([](std::size_t r) { return r != 0; }, names);
  ASSERT_EQ(rows.rows(), 3u);
  EXPECT_THAT(rows.Row(0), IsEmpty());
  EXPECT_THAT(rows.Row(1), ElementsAre(3));
  EXPECT_THAT(rows.Row(2), ElementsAre(4, 5, 6));
  EXPECT_THAT(names, ElementsAre("3", "4", "5", "6"));
}

TEST(TermRowsTest, KeepRowsDropsRowsBetweenKeptOnes) {
  TermRows rows = FourRows();
  rows.KeepRows([](std::size_t r) { return r == 0 || r == 3; });
  ASSERT_EQ(rows.rows(), 2u);
  EXPECT_THAT(rows.Row(0), ElementsAre(1, 2));
  EXPECT_THAT(rows.Row(1), ElementsAre(4, 5, 6));
  EXPECT_THAT(rows.ids(), ElementsAre(1, 2, 4, 5, 6));
}

TEST(TermRowsTest, KeepRowsAllOrNone) {
  TermRows all = FourRows();
  all.KeepRows([](std::size_t) { return true; });
  EXPECT_EQ(all.rows(), 4u);
  EXPECT_THAT(all.ids(), ElementsAre(1, 2, 3, 4, 5, 6));

  TermRows none = FourRows();
  none.KeepRows([](std::size_t) { return false; });
  EXPECT_EQ(none.rows(), 0u);
  EXPECT_THAT(none.ids(), IsEmpty());
  // Still usable: new rows start from nothing.
  none.open_row().push_back(7);
  none.EndRow();
  EXPECT_THAT(none.Row(0), ElementsAre(7));
}

TEST(TermRowsTest, KeepRowsRejectsAParallelVectorOfAnotherSize) {
  TermRows rows = FourRows();
  std::vector<int> short_by_one(5);
  EXPECT_EQ(testing::ThrownCode([&] {
              rows.KeepRows([](std::size_t) { return true; }, short_by_one);
            }),
            ErrorCode::kInternal);
  EXPECT_EQ(rows.rows(), 4u);  // unchanged
}

}  // namespace
}  // namespace summarize::internal
