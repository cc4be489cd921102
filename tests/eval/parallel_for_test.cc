// Tests for ParallelFor (bench/eval/parallel_for.h).
#include "eval/parallel_for.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace summarize::eval {
namespace {

TEST(ParallelForTest, CallsEveryIndexOnce) {
  for (const std::size_t threads : {1, 2, 8}) {
    std::vector<std::atomic<int>> calls(1000);
    ParallelFor(calls.size(), threads, [&](std::size_t i) { ++calls[i]; });
    for (const std::atomic<int>& count : calls) EXPECT_EQ(count, 1);
  }
}

TEST(ParallelForTest, NothingToDoAndZeroThreads) {
  int calls = 0;
  ParallelFor(0, 4, [&](std::size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
  ParallelFor(3, 0, [&](std::size_t) { ++calls; });
  EXPECT_EQ(calls, 3);
}

TEST(ParallelForTest, RethrowsTheFirstError) {
  // With several threads, how many items run after the throw depends on
  // timing; that the error comes back does not.
  std::atomic<int> calls{0};
  EXPECT_THROW(ParallelFor(100000, 4,
                           [&](std::size_t i) {
                             ++calls;
                             if (i == 10) throw std::runtime_error("ten");
                           }),
               std::runtime_error);
  EXPECT_LE(calls, 100000);
}

TEST(ParallelForTest, StopsAfterAnError) {
  // One thread claims indices in order, so it stops right after item 10.
  std::atomic<int> calls{0};
  EXPECT_THROW(ParallelFor(100000, 1,
                           [&](std::size_t i) {
                             ++calls;
                             if (i == 10) throw std::runtime_error("ten");
                           }),
               std::runtime_error);
  EXPECT_EQ(calls, 11);
}

}  // namespace
}  // namespace summarize::eval
