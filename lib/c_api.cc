// The C interface (include/summarize/summarize.h) over the C++ API: every
// entry point catches everything, so no exception crosses into C.
#include "summarize/summarize.h"

#include <chrono>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <utility>

#include "summarize/summarize.hpp"

struct summarize_options {
  summarize::Options options;
  double timeout_ms = 0;
};

struct summarize_summarizer {
  summarize::Summarizer summarizer;
  double timeout_ms = 0;
};

struct summarize_result {
  summarize::Summary summary;
};

namespace {

struct LastError {
  std::string message;
  size_t offset = SUMMARIZE_NO_OFFSET;
};

LastError& ThreadError() {
  thread_local LastError error;
  return error;
}

summarize_status Fail(summarize_status status, const char* message,
                      size_t offset = SUMMARIZE_NO_OFFSET) {
  LastError& error = ThreadError();
  try {
    error.message = message;
  } catch (...) {
    error.message.clear();  // out of memory: the status says enough
  }
  error.offset = offset;
  return status;
}

// Runs `body` (returning summarize_status), turning every exception into a
// status and a recorded message.
template <typename Body>
summarize_status Guard(Body body) noexcept {
  try {
    return body();
  } catch (const summarize::Error& error) {
    return Fail(static_cast<summarize_status>(error.code()), error.what(),
                error.byte_offset() == summarize::Error::kNoOffset
                    ? SUMMARIZE_NO_OFFSET
                    : error.byte_offset());
  } catch (const std::bad_alloc&) {
    return Fail(SUMMARIZE_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& error) {
    return Fail(SUMMARIZE_INTERNAL, error.what());
  } catch (...) {
    return Fail(SUMMARIZE_INTERNAL, "unknown error");
  }
}

summarize_status NullArgument(const char* what) {
  return Fail(SUMMARIZE_INVALID_ARGUMENT,
              (std::string(what) + " is NULL").c_str());
}

// Applies `set` to options->options after checking `options`.
template <typename Set>
summarize_status SetOption(summarize_options* options, Set set) noexcept {
  if (options == nullptr) return NullArgument("options");
  return Guard([&] {
    set(options->options);
    return SUMMARIZE_OK;
  });
}

const summarize::Sentence* Chosen(const summarize_result* result, size_t i) {
  if (result == nullptr || i >= result->summary.sentences.size()) {
    return nullptr;
  }
  return &result->summary.sentences[i];
}

}  // namespace

extern "C" {

const char* summarize_version(void) { return summarize::Version(); }

const char* summarize_status_name(summarize_status status) {
  switch (status) {
    case SUMMARIZE_OK:
      return "ok";
    case SUMMARIZE_INVALID_ARGUMENT:
      return "invalid_argument";
    case SUMMARIZE_OUT_OF_MEMORY:
      return "out_of_memory";
    default:
      return summarize::ErrorCodeName(
          static_cast<summarize::ErrorCode>(status));
  }
}

const char* summarize_last_error_message(void) {
  return ThreadError().message.c_str();
}

size_t summarize_last_error_offset(void) { return ThreadError().offset; }

summarize_options* summarize_options_new(void) {
  return new (std::nothrow) summarize_options();
}

void summarize_options_free(summarize_options* options) { delete options; }

summarize_status summarize_options_set_sentences(summarize_options* options,
                                                 size_t count) {
  return SetOption(options, [&](summarize::Options& o) {
    o.length = summarize::Length::Sentences(count);
  });
}

summarize_status summarize_options_set_ratio(summarize_options* options,
                                             double ratio) {
  return SetOption(options, [&](summarize::Options& o) {
    o.length = summarize::Length::Ratio(ratio);
  });
}

summarize_status summarize_options_set_words(summarize_options* options,
                                             size_t words) {
  return SetOption(options, [&](summarize::Options& o) {
    o.length = summarize::Length::Words(words);
  });
}

summarize_status summarize_options_set_algorithm(summarize_options* options,
                                                 const char* name) {
  if (name == nullptr) return NullArgument("name");
  return SetOption(options, [&](summarize::Options& o) {
    o.algorithm = summarize::AlgorithmFromName(name);
  });
}

summarize_status summarize_options_set_language(summarize_options* options,
                                                const char* code) {
  if (code == nullptr) return NullArgument("code");
  return SetOption(options,
                   [&](summarize::Options& o) { o.language = code; });
}

summarize_status summarize_options_set_input_format(
    summarize_options* options, const char* format) {
  if (format == nullptr) return NullArgument("format");
  return SetOption(options, [&](summarize::Options& o) {
    o.input_format = summarize::InputFormatFromName(format);
  });
}

summarize_status summarize_options_set_encoding(summarize_options* options,
                                                const char* encoding) {
  if (encoding == nullptr) return NullArgument("encoding");
  return SetOption(options,
                   [&](summarize::Options& o) { o.encoding = encoding; });
}

summarize_status summarize_options_set_stem(summarize_options* options,
                                            int stem) {
  return SetOption(options, [&](summarize::Options& o) { o.stem = stem != 0; });
}

summarize_status summarize_options_set_replace_invalid(
    summarize_options* options, int replace) {
  return SetOption(options, [&](summarize::Options& o) {
    o.replace_invalid = replace != 0;
  });
}

summarize_status summarize_options_set_remove_boilerplate(
    summarize_options* options, int remove) {
  return SetOption(options, [&](summarize::Options& o) {
    o.remove_boilerplate = remove != 0;
  });
}

summarize_status summarize_options_set_redundancy(summarize_options* options,
                                                  double threshold) {
  return SetOption(options, [&](summarize::Options& o) {
    o.redundancy_threshold = threshold;
  });
}

summarize_status summarize_options_set_max_input_bytes(
    summarize_options* options, size_t bytes) {
  return SetOption(options,
                   [&](summarize::Options& o) { o.max_input_bytes = bytes; });
}

summarize_status summarize_options_set_timeout_ms(summarize_options* options,
                                                  double ms) {
  if (options == nullptr) return NullArgument("options");
  if (!(ms >= 0 && ms <= 1e12)) {  // also rejects NaN
    return Fail(SUMMARIZE_INVALID_OPTIONS,
                "timeout must be in [0, 1e12] milliseconds");
  }
  options->timeout_ms = ms;
  return SUMMARIZE_OK;
}

summarize_status summarize_summarizer_new(const summarize_options* options,
                                          summarize_summarizer** out) {
  if (options == nullptr) return NullArgument("options");
  if (out == nullptr) return NullArgument("out");
  return Guard([&] {
    // The C API reads only the chosen sentences' text.
    summarize::Options library_options = options->options;
    library_options.ranking_text = false;
    *out = new summarize_summarizer{
        summarize::Summarizer(std::move(library_options)), options->timeout_ms};
    return SUMMARIZE_OK;
  });
}

void summarize_summarizer_free(summarize_summarizer* summarizer) {
  delete summarizer;
}

summarize_status summarize_run(const summarize_summarizer* summarizer,
                               const char* text, size_t length,
                               const char* title, summarize_result** out) {
  if (summarizer == nullptr) return NullArgument("summarizer");
  if (text == nullptr && length > 0) return NullArgument("text");
  if (out == nullptr) return NullArgument("out");
  return Guard([&] {
    const std::string_view input(text == nullptr ? "" : text, length);
    const std::string_view headline(title == nullptr ? "" : title);
    auto result = std::make_unique<summarize_result>();
    if (summarizer->timeout_ms > 0) {
      // A deadline from now: a copy of the summarizer's options would cost
      // a rebuild, so the options are copied into a new one only then.
      summarize::Options options = summarizer->summarizer.options();
      options.deadline =
          std::chrono::steady_clock::now() +
          std::chrono::duration_cast<std::chrono::steady_clock::duration>(
              std::chrono::duration<double, std::milli>(
                  summarizer->timeout_ms));
      result->summary =
          summarize::Summarizer(options).Summarize(input, headline);
    } else {
      result->summary = summarizer->summarizer.Summarize(input, headline);
    }
    *out = result.release();
    return SUMMARIZE_OK;
  });
}

void summarize_result_free(summarize_result* result) { delete result; }

size_t summarize_result_count(const summarize_result* result) {
  return result == nullptr ? 0 : result->summary.sentences.size();
}

const char* summarize_result_text(const summarize_result* result, size_t i,
                                  size_t* length) {
  const summarize::Sentence* sentence = Chosen(result, i);
  if (sentence == nullptr) return nullptr;
  if (length != nullptr) *length = sentence->text.size();
  return sentence->text.c_str();
}

size_t summarize_result_begin(const summarize_result* result, size_t i) {
  const summarize::Sentence* sentence = Chosen(result, i);
  return sentence == nullptr ? 0 : sentence->begin;
}

size_t summarize_result_end(const summarize_result* result, size_t i) {
  const summarize::Sentence* sentence = Chosen(result, i);
  return sentence == nullptr ? 0 : sentence->end;
}

double summarize_result_score(const summarize_result* result, size_t i) {
  const summarize::Sentence* sentence = Chosen(result, i);
  return sentence == nullptr ? 0 : sentence->score;
}

size_t summarize_result_index(const summarize_result* result, size_t i) {
  const summarize::Sentence* sentence = Chosen(result, i);
  return sentence == nullptr ? 0 : sentence->index;
}

size_t summarize_result_unit_count(const summarize_result* result) {
  return result == nullptr ? 0 : result->summary.ranking.sentences.size();
}

const char* summarize_result_converted_text(const summarize_result* result,
                                            size_t* length) {
  if (result == nullptr) return nullptr;
  const summarize::Document& document = result->summary.ranking.document;
  if (!document.converted) return nullptr;
  if (length != nullptr) *length = document.text.size();
  return document.text.c_str();
}

const char* summarize_result_title(const summarize_result* result) {
  return result == nullptr ? ""
                           : result->summary.ranking.document.title.c_str();
}

}  // extern "C"
