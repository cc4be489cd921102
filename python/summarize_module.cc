// The Python module "summarize": the C++ library with Pythonic names.
//
//   import summarize
//   summary = summarize.summarize(text, sentences=3, algorithm="textrank")
//   for s in summary.sentences:
//       print(s.begin, s.end, s.score, s.text)
//
// Offsets (begin, end) count characters of the str the sentences come from:
// the text passed in, or summary.text when the input was converted (HTML,
// another encoding); byte_begin, byte_end count bytes of its UTF-8 form.
// The GIL is released while summarizing, so threads run in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <string_view>
#include <summarize/summarize.hpp>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace {

// A sentence as Python sees it.
struct PySentence {
  std::string text;
  std::size_t begin = 0;       // characters
  std::size_t end = 0;
  std::size_t byte_begin = 0;  // bytes of the UTF-8 text
  std::size_t byte_end = 0;
  std::size_t index = 0;
  std::size_t paragraph = 0;
  std::string kind;
  std::size_t words = 0;
  double score = 0;
  std::size_t rank = 0;
};

struct PySummary {
  std::vector<PySentence> sentences;  // chosen, document order
  std::vector<PySentence> ranking;    // every unit
  std::string title;
  std::optional<std::string> text;  // the converted text, when converted
  bool html = false;
  std::string encoding;
};

// Character offsets for ascending byte offsets of a UTF-8 text: counts the
// bytes that start a code point.
class CharCounter {
 public:
  explicit CharCounter(std::string_view text) : text_(text) {}
  std::size_t At(std::size_t byte) {
    if (byte < byte_) {  // not ascending: start over
      byte_ = 0;
      chars_ = 0;
    }
    for (; byte_ < byte && byte_ < text_.size(); ++byte_) {
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++chars_;
    }
    return chars_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t chars_ = 0;
};

PySentence Convert(const summarize::Sentence& sentence, CharCounter& chars) {
  PySentence out;
  out.text = sentence.text;
  out.byte_begin = sentence.begin;
  out.byte_end = sentence.end;
  out.begin = chars.At(sentence.begin);
  out.end = chars.At(sentence.end);
  out.index = sentence.index;
  out.paragraph = sentence.paragraph;
  out.kind = summarize::SentenceKindName(sentence.kind);
  out.words = sentence.words;
  out.score = sentence.score;
  out.rank = sentence.rank;
  return out;
}

PySummary Convert(const summarize::Summary& summary, std::string_view input) {
  const summarize::Document& document = summary.ranking.document;
  const std::string_view text = document.converted ? document.text : input;
  PySummary out;
  CharCounter chars(text);
  for (const summarize::Sentence& unit : summary.ranking.sentences) {
    out.ranking.push_back(Convert(unit, chars));
  }
  for (const summarize::Sentence& chosen : summary.sentences) {
    out.sentences.push_back(out.ranking[chosen.index]);
  }
  out.title = document.title;
  if (document.converted) out.text = document.text;
  out.html = document.html;
  out.encoding = document.encoding;
  return out;
}

summarize::Options MakeOptions(std::optional<std::size_t> sentences,
                               std::optional<double> ratio,
                               std::optional<std::size_t> words,
                               const std::string& algorithm,
                               const std::string& language, bool stem,
                               double redundancy, const std::string& format,
                               const std::string& encoding,
                               bool remove_boilerplate) {
  const int lengths = (sentences ? 1 : 0) + (ratio ? 1 : 0) + (words ? 1 : 0);
  if (lengths > 1) {
    throw summarize::Error(summarize::ErrorCode::kInvalidOptions,
                           "give at most one of sentences, ratio, words");
  }
  summarize::Options options;
  if (ratio) {
    options.length = summarize::Length::Ratio(*ratio);
  } else if (words) {
    options.length = summarize::Length::Words(*words);
  } else {
    options.length = summarize::Length::Sentences(sentences.value_or(3));
  }
  options.algorithm = summarize::AlgorithmFromName(algorithm);
  options.language = language;
  options.stem = stem;
  options.redundancy_threshold = redundancy;
  options.input_format = summarize::InputFormatFromName(format);
  options.encoding = encoding;
  options.remove_boilerplate = remove_boilerplate;
  return options;
}

// The bytes of a str (UTF-8) or bytes object.
std::string InputBytes(const py::object& text) {
  if (py::isinstance<py::bytes>(text)) return text.cast<std::string>();
  if (py::isinstance<py::str>(text)) return text.cast<std::string>();
  throw py::type_error("text must be str or bytes");
}

class PySummarizer {
 public:
  explicit PySummarizer(summarize::Options options)
      : summarizer_(std::move(options)) {}

  PySummary Summarize(const py::object& text,
                      const std::optional<std::string>& title) const {
    const std::string input = InputBytes(text);
    summarize::Summary summary;
    {
      py::gil_scoped_release release;
      summary = summarizer_.Summarize(input, title.value_or(""));
    }
    return Convert(summary, input);
  }

 private:
  summarize::Summarizer summarizer_;
};

}  // namespace

PYBIND11_MODULE(summarize, m) {
  m.doc() =
      "Extractive summarization: the sentences that carry a text or a web "
      "page, with scores and offsets (libsummarize).";
  m.attr("__version__") = summarize::Version();

  // summarize.Error (a ValueError) carries the library's message, which
  // names the problem and, for input errors, the byte offset.
  py::register_exception<summarize::Error>(m, "Error", PyExc_ValueError);
  const summarize::Options defaults;

  py::class_<PySentence>(m, "Sentence",
                         "One unit of the document: a sentence, heading or "
                         "piece of page furniture.")
      .def_readonly("text", &PySentence::text)
      .def_readonly("begin", &PySentence::begin, "character offset")
      .def_readonly("end", &PySentence::end, "character offset (exclusive)")
      .def_readonly("byte_begin", &PySentence::byte_begin)
      .def_readonly("byte_end", &PySentence::byte_end)
      .def_readonly("index", &PySentence::index)
      .def_readonly("paragraph", &PySentence::paragraph)
      .def_readonly("kind", &PySentence::kind,
                    "'sentence', 'fragment' or 'boilerplate'")
      .def_readonly("words", &PySentence::words)
      .def_readonly("score", &PySentence::score)
      .def_readonly("rank", &PySentence::rank)
      .def("__repr__", [](const PySentence& s) {
        return "Sentence(index=" + std::to_string(s.index) +
               ", score=" + std::to_string(s.score) + ", text=" +
               py::repr(py::str(s.text)).cast<std::string>() + ")";
      });

  py::class_<PySummary>(m, "Summary")
      .def_readonly("sentences", &PySummary::sentences,
                    "the chosen sentences, in document order")
      .def_readonly("ranking", &PySummary::ranking, "every unit, scored")
      .def_readonly("title", &PySummary::title)
      .def_readonly("text", &PySummary::text,
                    "the text offsets refer to when the input was converted "
                    "(HTML, another encoding); None otherwise")
      .def_readonly("html", &PySummary::html)
      .def_readonly("encoding", &PySummary::encoding)
      .def("__str__",
           [](const PySummary& s) {
             std::string lines;
             for (const PySentence& sentence : s.sentences) {
               if (!lines.empty()) lines += '\n';
               lines += sentence.text;
             }
             return lines;
           })
      .def("__len__", [](const PySummary& s) { return s.sentences.size(); });

  py::class_<PySummarizer>(m, "Summarizer",
                           "A summarizer for one set of options; safe to use "
                           "from many threads.")
      .def(py::init([](std::optional<std::size_t> sentences,
                       std::optional<double> ratio,
                       std::optional<std::size_t> words,
                       const std::string& algorithm,
                       const std::string& language, bool stem,
                       double redundancy, const std::string& format,
                       const std::string& encoding, bool remove_boilerplate) {
             return PySummarizer(MakeOptions(sentences, ratio, words, algorithm,
                                             language, stem, redundancy,
                                             format, encoding,
                                             remove_boilerplate));
           }),
           py::kw_only(), py::arg("sentences") = py::none(),
           py::arg("ratio") = py::none(), py::arg("words") = py::none(),
           py::arg("algorithm") = "default",
           py::arg("language") = defaults.language, py::arg("stem") = true,
           py::arg("redundancy") = defaults.redundancy_threshold,
           py::arg("format") = "auto", py::arg("encoding") = "",
           py::arg("remove_boilerplate") = true)
      .def("summarize", &PySummarizer::Summarize, py::arg("text"),
           py::arg("title") = py::none(),
           "Summarizes text (str, or bytes in the summarizer's encoding).");

  m.def(
      "summarize",
      [](const py::object& text, std::optional<std::size_t> sentences,
         std::optional<double> ratio, std::optional<std::size_t> words,
         const std::string& algorithm, const std::string& language,
         const std::optional<std::string>& title, const std::string& format) {
        const summarize::Options defaults;
        return PySummarizer(MakeOptions(sentences, ratio, words, algorithm,
                                        language, defaults.stem,
                                        defaults.redundancy_threshold, format,
                                        "", defaults.remove_boilerplate))
            .Summarize(text, title);
      },
      py::arg("text"), py::kw_only(), py::arg("sentences") = py::none(),
      py::arg("ratio") = py::none(), py::arg("words") = py::none(),
      py::arg("algorithm") = "default", py::arg("language") = defaults.language,
      py::arg("title") = py::none(), py::arg("format") = "auto",
      "The one-shot form: summarize(text, sentences=3, algorithm='textrank').");

  m.def(
      "algorithms",
      [] {
        std::vector<std::pair<std::string, std::string>> list;
        for (const auto& info : summarize::Algorithms()) {
          list.emplace_back(info.name, info.description);
        }
        return list;
      },
      "(name, description) of every algorithm.");
}
