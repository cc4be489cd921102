// One Summarizer shared by many threads gives every thread the same result.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "summarize/summarize.hpp"

namespace {

std::string Article(int variant) {
  std::string text = "Harbour Notes\n\n";
  for (int p = 0; p < 6; ++p) {
    text += "The ferry service added " + std::to_string(p + variant) +
            " crossings this week. Passengers praised the ferry crew. "
            "The harbour master said the new timetable starts in May. "
            "Fishing boats share the harbour with the ferry at dawn.\n\n";
  }
  return text;
}

TEST(ConcurrencyTest, EightThreadsShareOneSummarizer) {
  summarize::Options options;
  options.length = summarize::Length::Sentences(4);
  const summarize::Summarizer summarizer(options);

  std::vector<std::string> inputs;
  std::vector<summarize::Summary> expected;
  for (int v = 0; v < 4; ++v) {
    inputs.push_back(Article(v));
    expected.push_back(summarizer.Summarize(inputs.back()));
  }

  constexpr int kThreads = 8;
  constexpr int kRounds = 20;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < kRounds; ++r) {
        const std::size_t which =
            static_cast<std::size_t>(t + r) % inputs.size();
        const summarize::Summary got = summarizer.Summarize(inputs[which]);
        const summarize::Summary& want = expected[which];
        bool same =
            got.sentences.size() == want.sentences.size() &&
            got.ranking.sentences.size() == want.ranking.sentences.size();
        for (std::size_t i = 0; same && i < got.ranking.sentences.size(); ++i) {
          same =
              got.ranking.sentences[i].score ==
                  want.ranking.sentences[i].score &&
              got.ranking.sentences[i].begin == want.ranking.sentences[i].begin;
        }
        for (std::size_t i = 0; same && i < got.sentences.size(); ++i) {
          same = got.sentences[i].index == want.sentences[i].index;
        }
        if (!same) ++mismatches[static_cast<std::size_t>(t)];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t)
    EXPECT_EQ(mismatches[t], 0) << "thread " << t;
}

}  // namespace
