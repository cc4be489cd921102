// libsummarize: extractive summarization for C++.
//
//   #include <summarize/summarize.hpp>
//   #include <iostream>
//
//   int main() {
//     summarize::Options options;
//     options.length = summarize::Length::Sentences(2);
//     summarize::Summary summary = summarize::Summarize(article, options);
//     for (const summarize::Sentence& s : summary.sentences)
//       std::cout << s.begin << '-' << s.end << ' ' << s.text << '\n';
//   }
//
// Link with the CMake target summarize::summarize. Every failure is thrown as
// summarize::Error (see error.hpp). (summarize/summarize.h is reserved for
// a C interface.)
#ifndef SUMMARIZE_SUMMARIZE_HPP_
#define SUMMARIZE_SUMMARIZE_HPP_

#include "summarize/batch.hpp"
#include "summarize/error.hpp"
#include "summarize/html_view.hpp"
#include "summarize/options.hpp"
#include "summarize/summarizer.hpp"
#include "summarize/summary.hpp"
#include "summarize/version.hpp"

#endif  // SUMMARIZE_SUMMARIZE_HPP_
