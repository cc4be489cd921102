// SummarizeBatch: input order, per-document errors, bounded memory, and the
// same results as Summarizer::Summarize whatever the thread count.
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "summarize/summarize.hpp"

namespace {

using summarize::BatchDocument;
using summarize::BatchOptions;
using summarize::BatchResult;
using summarize::Summarizer;
using summarize::Summary;

// A short article that differs with `variant`.
std::string Article(std::size_t variant) {
  std::string text;
  for (std::size_t p = 0; p < 2 + variant % 3; ++p) {
    text += "The ferry service added " + std::to_string(p + variant) +
            " crossings this week. Passengers praised crew number " +
            std::to_string(variant) +
            ". The harbour master said the new timetable starts in May. "
            "Fishing boats share the harbour with the ferry at dawn.\n\n";
  }
  return text;
}

std::vector<std::string> Articles(std::size_t count) {
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < count; ++i) texts.push_back(Article(i));
  return texts;
}

Summarizer MakeSummarizer() {
  summarize::Options options;
  options.length = summarize::Length::Sentences(2);
  return Summarizer(options);
}

// True when `a` and `b` chose the same sentences with the same scores.
bool SameSummary(const Summary& a, const Summary& b) {
  if (a.sentences.size() != b.sentences.size() ||
      a.ranking.sentences.size() != b.ranking.sentences.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.ranking.sentences.size(); ++i) {
    const summarize::Sentence& x = a.ranking.sentences[i];
    const summarize::Sentence& y = b.ranking.sentences[i];
    if (x.text != y.text || x.begin != y.begin || x.end != y.end ||
        x.score != y.score || x.rank != y.rank) {
      return false;
    }
  }
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    if (a.sentences[i].index != b.sentences[i].index) return false;
  }
  return true;
}

TEST(BatchTest, ManyDocumentsKeepOrderAndMatchSummarize) {
  const Summarizer summarizer = MakeSummarizer();
  const std::vector<std::string> texts = Articles(120);
  for (unsigned threads : {1u, 2u, 4u}) {
    SCOPED_TRACE(threads);
    std::size_t pulled = 0;
    std::vector<std::size_t> order;
    summarize::SummarizeBatch(
        summarizer,
        [&]() -> std::optional<BatchDocument> {
          if (pulled == texts.size()) return std::nullopt;
          return BatchDocument{texts[pulled++], ""};
        },
        [&](std::size_t index, BatchDocument&& document, BatchResult&& result) {
          order.push_back(index);
          ASSERT_LT(index, texts.size());
          EXPECT_EQ(document.text, texts[index]);
          ASSERT_TRUE(result.ok()) << result.error->what();
          EXPECT_FALSE(result.error.has_value());
          EXPECT_TRUE(
              SameSummary(*result.summary, summarizer.Summarize(texts[index])))
              << index;
        },
        BatchOptions{threads, 5});
    ASSERT_EQ(order.size(), texts.size());
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
  }
}

TEST(BatchTest, VectorFormMatchesSummarizeForAnyThreadCount) {
  const Summarizer summarizer = MakeSummarizer();
  const std::vector<std::string> texts = Articles(40);
  const std::vector<BatchResult> one =
      summarize::SummarizeBatch(summarizer, texts, BatchOptions{1, 0});
  const std::vector<BatchResult> all =
      summarize::SummarizeBatch(summarizer, texts);  // all cores
  const std::vector<BatchResult> three =
      summarize::SummarizeBatch(summarizer, texts, BatchOptions{3, 1});
  ASSERT_EQ(one.size(), texts.size());
  ASSERT_EQ(all.size(), texts.size());
  ASSERT_EQ(three.size(), texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    ASSERT_TRUE(one[i].ok() && all[i].ok() && three[i].ok());
    const Summary expected = summarizer.Summarize(texts[i]);
    EXPECT_TRUE(SameSummary(*one[i].summary, expected)) << i;
    EXPECT_TRUE(SameSummary(*all[i].summary, expected)) << i;
    EXPECT_TRUE(SameSummary(*three[i].summary, expected)) << i;
  }
}

TEST(BatchTest, TitlesAreUsed) {
  const Summarizer summarizer = MakeSummarizer();
  const std::string text = Article(4);
  const std::string title = "Fishing boats at dawn";
  bool pulled = false;
  std::optional<BatchResult> got;
  summarize::SummarizeBatch(
      summarizer,
      [&]() -> std::optional<BatchDocument> {
        if (pulled) return std::nullopt;
        pulled = true;
        return BatchDocument{text, title};
      },
      [&](std::size_t, BatchDocument&&, BatchResult&& result) {
        got = std::move(result);
      });
  ASSERT_TRUE(got && got->ok());
  EXPECT_TRUE(SameSummary(*got->summary, summarizer.Summarize(text, title)));
}

TEST(BatchTest, ErrorDocumentIsDeliveredAndOthersGoOn) {
  const Summarizer summarizer = MakeSummarizer();
  std::vector<std::string> texts = Articles(9);
  texts[4] = "Broken \xFF byte.";
  texts[6] = std::string("Nul \0 byte.", 11);
  const std::vector<BatchResult> results =
      summarize::SummarizeBatch(summarizer, texts, BatchOptions{2, 0});
  ASSERT_EQ(results.size(), texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    SCOPED_TRACE(i);
    if (i == 4 || i == 6) {
      ASSERT_FALSE(results[i].ok());
      ASSERT_TRUE(results[i].error.has_value());
      EXPECT_FALSE(results[i].summary.has_value());
    } else {
      ASSERT_TRUE(results[i].ok());
      EXPECT_TRUE(
          SameSummary(*results[i].summary, summarizer.Summarize(texts[i])));
    }
  }
  EXPECT_EQ(results[4].error->code(), summarize::ErrorCode::kInvalidUtf8);
  EXPECT_EQ(results[4].error->byte_offset(), 7u);
  EXPECT_EQ(results[6].error->code(), summarize::ErrorCode::kBinaryInput);
}

TEST(BatchTest, NeverMoreThanMaxInFlightDocumentsPulledButUndelivered) {
  const Summarizer summarizer = MakeSummarizer();
  const std::vector<std::string> texts = Articles(60);
  for (std::size_t max_in_flight : {1u, 3u, 8u}) {
    SCOPED_TRACE(max_in_flight);
    std::mutex mutex;
    std::size_t pulled = 0;
    std::size_t delivered = 0;
    std::size_t most_in_flight = 0;
    summarize::SummarizeBatch(
        summarizer,
        [&]() -> std::optional<BatchDocument> {
          const std::lock_guard lock(mutex);
          if (pulled == texts.size()) return std::nullopt;
          ++pulled;
          most_in_flight = std::max(most_in_flight, pulled - delivered);
          return BatchDocument{texts[pulled - 1], ""};
        },
        [&](std::size_t, BatchDocument&&, BatchResult&&) {
          const std::lock_guard lock(mutex);
          ++delivered;
        },
        BatchOptions{3, max_in_flight});
    EXPECT_EQ(delivered, texts.size());
    EXPECT_LE(most_in_flight, max_in_flight);
    EXPECT_GE(most_in_flight, 1u);
  }
}

TEST(BatchTest, EmptyInput) {
  const Summarizer summarizer = MakeSummarizer();
  int delivered = 0;
  summarize::SummarizeBatch(
      summarizer, []() -> std::optional<BatchDocument> { return std::nullopt; },
      [&](std::size_t, BatchDocument&&, BatchResult&&) { ++delivered; },
      BatchOptions{2, 0});
  EXPECT_EQ(delivered, 0);
  EXPECT_TRUE(summarize::SummarizeBatch(summarizer, {}).empty());
}

// A caller that sends the next document only after it got the previous
// result (a pipe used interactively) must not deadlock.
TEST(BatchTest, NextMayWaitForThePreviousResult) {
  const Summarizer summarizer = MakeSummarizer();
  const std::vector<std::string> texts = Articles(10);
  std::mutex mutex;
  std::condition_variable delivered_changed;
  std::size_t pulled = 0;
  std::size_t delivered = 0;
  bool timed_out = false;
  summarize::SummarizeBatch(
      summarizer,
      [&]() -> std::optional<BatchDocument> {
        std::unique_lock lock(mutex);
        if (!delivered_changed.wait_for(lock, std::chrono::seconds(30),
                                        [&] { return delivered == pulled; })) {
          timed_out = true;
          return std::nullopt;
        }
        if (pulled == texts.size()) return std::nullopt;
        return BatchDocument{texts[pulled++], ""};
      },
      [&](std::size_t, BatchDocument&&, BatchResult&&) {
        const std::lock_guard lock(mutex);
        ++delivered;
        delivered_changed.notify_all();
      },
      BatchOptions{2, 4});
  EXPECT_FALSE(timed_out);
  EXPECT_EQ(delivered, texts.size());
}

TEST(BatchTest, ExceptionFromNextComesAfterPulledDocumentsAreDelivered) {
  const Summarizer summarizer = MakeSummarizer();
  const std::vector<std::string> texts = Articles(5);
  std::size_t pulled = 0;
  std::vector<std::size_t> order;
  EXPECT_THROW(summarize::SummarizeBatch(
                   summarizer,
                   [&]() -> std::optional<BatchDocument> {
                     if (pulled == texts.size()) {
                       throw std::runtime_error("read failed");
                     }
                     return BatchDocument{texts[pulled++], ""};
                   },
                   [&](std::size_t index, BatchDocument&&, BatchResult&&) {
                     order.push_back(index);
                   },
                   BatchOptions{2, 0}),
               std::runtime_error);
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(BatchTest, ExceptionFromDeliverStopsTheBatch) {
  const Summarizer summarizer = MakeSummarizer();
  const std::vector<std::string> texts = Articles(50);
  std::size_t pulled = 0;
  std::size_t delivered = 0;
  EXPECT_THROW(summarize::SummarizeBatch(
                   summarizer,
                   [&]() -> std::optional<BatchDocument> {
                     if (pulled == texts.size()) return std::nullopt;
                     return BatchDocument{texts[pulled++], ""};
                   },
                   [&](std::size_t index, BatchDocument&&, BatchResult&&) {
                     ++delivered;
                     if (index == 3) throw std::logic_error("write failed");
                   },
                   BatchOptions{2, 4}),
               std::logic_error);
  EXPECT_EQ(delivered, 4u);
  EXPECT_LT(pulled, texts.size());
}

}  // namespace
