#include "util/cancellation.h"

#include <gtest/gtest.h>

#include <optional>

#include "summarize/error.hpp"
#include "thrown_code.h"

namespace summarize::internal {
namespace {

std::optional<ErrorCode> CodeOf(const Cancellation& cancellation) {
  return testing::ThrownCode([&] { cancellation.Check(); });
}

TEST(CancellationTest, DefaultNeverCancels) {
  EXPECT_NO_THROW(Cancellation().Check());
}

TEST(CancellationTest, PastDeadlineCancels) {
  const Cancellation past(
      std::chrono::steady_clock::now() - std::chrono::seconds(1), nullptr);
  EXPECT_EQ(CodeOf(past), ErrorCode::kCancelled);
}

TEST(CancellationTest, FutureDeadlineDoesNotCancel) {
  const Cancellation future(
      std::chrono::steady_clock::now() + std::chrono::hours(1), nullptr);
  EXPECT_NO_THROW(future.Check());
}

TEST(CancellationTest, CallbackDecides) {
  bool stop = false;
  const std::function<bool()> callback = [&stop] { return stop; };
  const Cancellation cancellation(std::chrono::steady_clock::time_point::max(),
                                  &callback);
  EXPECT_NO_THROW(cancellation.Check());
  stop = true;
  EXPECT_EQ(CodeOf(cancellation), ErrorCode::kCancelled);
}

TEST(CancellationTest, EmptyCallbackIsIgnored) {
  const std::function<bool()> empty;
  EXPECT_NO_THROW(
      Cancellation(std::chrono::steady_clock::time_point::max(), &empty)
          .Check());
}

}  // namespace
}  // namespace summarize::internal
