#include "util/data_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(DataLinesTest, SkipsBlanksAndCommentsAndTrims) {
  EXPECT_THAT(DataLines("# header\n\n  alpha \r\n\tbeta\n   \n#x\ngamma"),
              ElementsAre("alpha", "beta", "gamma"));
  EXPECT_THAT(DataLines(""), IsEmpty());
  EXPECT_THAT(DataLines("\n\n# only comments\n"), IsEmpty());
}

TEST(DataLinesTest, HashInsideALineIsKept) {
  EXPECT_THAT(DataLines("c#\n"), ElementsAre("c#"));
}

// Counts how often it is built, to check ParsedDataFile parses once.
struct Probe {
  static inline int constructed = 0;
  explicit Probe(std::string_view data) : bytes(data.size()) { ++constructed; }
  std::size_t bytes;
};

TEST(ParsedDataFileTest, ParsesEachFileOnceAndMissingFilesAsEmpty) {
  const Probe& stopwords = ParsedDataFile<Probe>("stopwords/en.txt");
  EXPECT_GT(stopwords.bytes, 0U);
  EXPECT_EQ(&ParsedDataFile<Probe>("stopwords/en.txt"), &stopwords);
  EXPECT_EQ(ParsedDataFile<Probe>("no/such/file.txt").bytes, 0U);
  EXPECT_EQ(Probe::constructed, 2);
}

TEST(ParsedDataFileTest, ConcurrentFirstUseGivesOneObject) {
  struct Other {
    explicit Other(std::string_view data) : bytes(data.size()) {}
    std::size_t bytes;
  };
  std::vector<const Other*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      seen[t] = &ParsedDataFile<Other>("abbreviations/en.txt");
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const Other* p : seen) EXPECT_EQ(p, seen.front());
}

}  // namespace
}  // namespace summarize::internal
