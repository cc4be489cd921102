// One Summarizer shared by many threads gives every thread the same result,
// bit for bit, as a single-threaded run; so does the batch API on any
// number of threads. Sized to run in a few seconds in Release and under
// ThreadSanitizer in CI (.ci/run runs the tests named Concurrency*).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "summarize/summarize.hpp"

namespace {

using summarize::Length;
using summarize::Options;
using summarize::Summarizer;
using summarize::Summary;

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

// One document of the mixed workload: text and title, some of which fail.
struct Input {
  std::string name;
  std::string text;
  std::string title;
};

std::vector<Input> MixedInputs() {
  std::vector<Input> inputs;
  inputs.push_back({"en", Article(0), ""});
  inputs.push_back({"en-title", Article(3), "Ferry timetable"});
  inputs.push_back(
      {"de",
       "Der Stadtrat hat am Dienstag beschlossen, eine neue Brücke über den "
       "Fluss zu bauen. Die Arbeiten beginnen im Frühjahr und dauern zwei "
       "Jahre. Anwohner fürchten Lärm und Staub während der Bauzeit. Der "
       "Bürgermeister versprach eine Informationsveranstaltung im Rathaus. "
       "Die Kosten trägt zum größten Teil das Land.",
       ""});
  inputs.push_back(
      {"zh",
       "市政府今天宣布，城东的老工厂将改建成一个大型公园。工程预计明年春天开始"
       "。"
       "公园里将有一个湖和一条自行车道。附近的居民对这个计划表示欢迎。"
       "市长说，公园将在三年内完工。",
       ""});
  inputs.push_back(
      {"ar",
       "أعلنت البلدية اليوم عن خطة لبناء جسر جديد فوق النهر. ستبدأ الأعمال في "
       "الربيع المقبل وتستمر عامين. يخشى السكان من الضجيج والغبار أثناء "
       "البناء. "
       "وعد رئيس البلدية بعقد اجتماع عام في قاعة المدينة. تتحمل الحكومة معظم "
       "التكاليف.",
       ""});
  inputs.push_back(
      {"html",
       "<!DOCTYPE html><html><head><title>River news</title></head><body>"
       "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
       "<article><h1>The river rose overnight</h1>"
       "<p>The river rose two metres overnight after a week of rain. The "
       "new flood barrier held and no homes were flooded.</p>"
       "<p>Engineers inspected the barrier at dawn. They said it worked as "
       "designed. The town council thanked the volunteers who filled "
       "sandbags.</p><p>More rain is expected on Friday, and the barrier "
       "will stay closed until the weekend.</p></article>"
       "<footer>© 2026 Valley News</footer></body></html>",
       ""});
  inputs.push_back({"empty", "", ""});
  inputs.push_back({"invalid-utf8", "A bad \xFF byte. Second sentence.", ""});
  inputs.push_back(
      {"binary", std::string("Zero\0\0\0 bytes. Second sentence.", 30), ""});
  inputs.push_back({"bad-title", Article(1), "bad \xC3 title"});
  return inputs;
}

// One shared Summarizer per configuration: every algorithm of the catalogue
// with each of the three length modes, keywords and MMR on some.
std::vector<Options> MixedOptions() {
  const Length lengths[] = {Length::Sentences(2), Length::Ratio(0.3),
                            Length::Words(40)};
  std::vector<Options> all;
  for (const summarize::AlgorithmInfo& info : summarize::Algorithms()) {
    for (const Length& length : lengths) {
      Options options;
      options.algorithm = info.algorithm;
      options.length = length;
      if (all.size() % 4 == 1) options.keywords = 4;
      if (all.size() % 5 == 2) options.mmr_lambda = 0.7;
      all.push_back(options);
    }
  }
  return all;
}

// The bits of `value`, so that scores are compared bit for bit.
std::uint64_t Bits(double value) {
  std::uint64_t bits = 0;
  static_assert(sizeof bits == sizeof value, "64-bit double");
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

// Everything in `summary`, scores as their bits, as text.
std::string SummaryFingerprint(const Summary& summary) {
  std::ostringstream out;
  const auto print = [&out](const summarize::Sentence& s) {
    out << s.index << ' ' << s.begin << ' ' << s.end << ' ' << s.paragraph
        << ' ' << summarize::SentenceKindName(s.kind) << ' ' << s.words << ' '
        << std::hex << Bits(s.score) << std::dec << ' ' << s.rank << ' '
        << s.text << '\n';
  };
  out << "chosen\n";
  for (const summarize::Sentence& s : summary.sentences) print(s);
  out << "ranking " << summary.ranking.candidates << '\n';
  for (const summarize::Sentence& s : summary.ranking.sentences) print(s);
  const summarize::Document& d = summary.ranking.document;
  out << "document " << d.converted << ' ' << d.html << ' ' << d.encoding << ' '
      << d.language << ' ' << std::hex << Bits(d.language_confidence)
      << std::dec << ' ' << d.title << '\n'
      << d.text << '\n';
  for (const summarize::Keyword& k : summary.keywords) {
    out << "keyword " << k.text << ' ' << std::hex << Bits(k.score) << std::dec
        << '\n';
  }
  return out.str();
}

std::string ErrorFingerprint(const summarize::Error& error) {
  return "error " + std::to_string(static_cast<int>(error.code())) + " " +
         std::to_string(error.byte_offset()) + " " + error.what();
}

// Everything a Summarize call returned, or the error it threw, as text.
std::string Fingerprint(const Summarizer& summarizer, const Input& input) {
  try {
    return SummaryFingerprint(summarizer.Summarize(input.text, input.title));
  } catch (const summarize::Error& error) {
    return ErrorFingerprint(error);
  }
}

TEST(ConcurrencyTest, SixteenThreadsMatchASingleThreadedRunBitForBit) {
  const std::vector<Input> inputs = MixedInputs();
  std::vector<Summarizer> summarizers;
  for (const Options& options : MixedOptions()) {
    summarizers.emplace_back(options);
  }
  // The jobs: every input with every shared Summarizer.
  struct Job {
    std::size_t summarizer;
    std::size_t input;
  };
  std::vector<Job> jobs;
  for (std::size_t s = 0; s < summarizers.size(); ++s) {
    for (std::size_t i = 0; i < inputs.size(); ++i) jobs.push_back({s, i});
  }
  std::vector<std::string> expected;
  std::size_t errors = 0;
  for (const Job& job : jobs) {
    expected.push_back(
        Fingerprint(summarizers[job.summarizer], inputs[job.input]));
    if (expected.back().rfind("error ", 0) == 0) ++errors;
  }
  // The workload fails where it should, and only there.
  EXPECT_EQ(errors, 3 * summarizers.size());

  constexpr unsigned kThreads = 16;
  constexpr int kRounds = 2;
  // mismatches[t]: the jobs thread t got a different answer for.
  std::vector<std::vector<std::size_t>> mismatches(kThreads);
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::vector<std::size_t> order(jobs.size());
      for (std::size_t j = 0; j < order.size(); ++j) order[j] = j;
      std::mt19937 random(t);  // a different order in every thread
      for (int round = 0; round < kRounds; ++round) {
        std::shuffle(order.begin(), order.end(), random);
        for (const std::size_t j : order) {
          const Job& job = jobs[j];
          if (Fingerprint(summarizers[job.summarizer], inputs[job.input]) !=
              expected[j]) {
            mismatches[t].push_back(j);
          }
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (unsigned t = 0; t < kThreads; ++t) {
    for (const std::size_t j : mismatches[t]) {
      ADD_FAILURE() << "thread " << t << ": algorithm "
                    << summarize::AlgorithmName(
                           summarizers[jobs[j].summarizer].options().algorithm)
                    << ", input " << inputs[jobs[j].input].name;
    }
  }
}

TEST(ConcurrencyTest, EightThreadsShareOneSummarizer) {
  Options options;
  options.length = Length::Sentences(4);
  const Summarizer summarizer(options);
  std::vector<Input> inputs;
  std::vector<std::string> expected;
  for (int v = 0; v < 4; ++v) {
    inputs.push_back({"article", Article(v), ""});
    expected.push_back(Fingerprint(summarizer, inputs.back()));
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
        if (Fingerprint(summarizer, inputs[which]) != expected[which]) {
          ++mismatches[static_cast<std::size_t>(t)];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) {
    EXPECT_EQ(mismatches[static_cast<std::size_t>(t)], 0) << "thread " << t;
  }
}

// The batch API's results on 1, 2 and 8 threads (streaming and vector
// forms) equal Summarize() on each document, bit for bit.
TEST(ConcurrencyTest, BatchOnAnyThreadCountMatchesSummarize) {
  const std::vector<Input> inputs = MixedInputs();
  for (const Options& options : MixedOptions()) {
    const Summarizer summarizer(options);
    SCOPED_TRACE(summarize::AlgorithmName(options.algorithm));
    std::vector<std::string> expected;
    for (const Input& input : inputs) {
      expected.push_back(Fingerprint(summarizer, input));
    }
    for (const unsigned threads : {1u, 2u, 8u}) {
      SCOPED_TRACE(threads);
      std::size_t pulled = 0;
      std::vector<std::string> got;
      summarize::SummarizeBatch(
          summarizer,
          [&]() -> std::optional<summarize::BatchDocument> {
            if (pulled == inputs.size()) return std::nullopt;
            const Input& input = inputs[pulled++];
            return summarize::BatchDocument{input.text, input.title};
          },
          [&](std::size_t index, summarize::BatchDocument&& document,
              summarize::BatchResult&& result) {
            EXPECT_EQ(index, got.size());
            EXPECT_EQ(document.text, inputs.at(index).text);
            got.push_back(result.ok() ? SummaryFingerprint(*result.summary)
                                      : ErrorFingerprint(*result.error));
          },
          summarize::BatchOptions{threads, 3});
      EXPECT_EQ(got, expected);
      // The vector form (no titles).
      std::vector<std::string> texts;
      for (const Input& input : inputs) texts.push_back(input.text);
      const std::vector<summarize::BatchResult> results =
          summarize::SummarizeBatch(summarizer, texts,
                                    summarize::BatchOptions{threads, 0});
      ASSERT_EQ(results.size(), inputs.size());
      for (std::size_t i = 0; i < results.size(); ++i) {
        EXPECT_EQ(results[i].ok() ? SummaryFingerprint(*results[i].summary)
                                  : ErrorFingerprint(*results[i].error),
                  Fingerprint(summarizer, {"", texts[i], ""}))
            << inputs[i].name;
      }
    }
  }
}

}  // namespace
