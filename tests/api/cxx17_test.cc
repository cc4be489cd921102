// The public headers compile as C++17 without extensions (the library
// itself is C++20) and expose no ICU or Eigen types.
#include <gtest/gtest.h>

#include "summarize/summarize.hpp"

static_assert(__cplusplus == 201703L, "this test must be built as C++17");

#if defined(U_ICU_VERSION) || defined(EIGEN_WORLD_VERSION)
#error "public headers must not pull in ICU or Eigen"
#endif

namespace {

TEST(Cxx17Test, PublicApiIsUsableFromCxx17) {
  summarize::Options options;
  options.length = summarize::Length::Words(12);
  const summarize::Summarizer summarizer(options);
  const summarize::Summary summary =
      summarizer.Summarize("Short text. It has two sentences.");
  EXPECT_FALSE(summary.sentences.empty());
}

}  // namespace
