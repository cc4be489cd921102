// Summarizes a built-in article with the installed library; exits 0 when it
// gets two sentences back.
#include <iostream>
#include <summarize/summarize.hpp>

int main() {
  const char* article =
      "The council voted on Tuesday to build a sea wall along the eastern "
      "shore. Engineers say the wall will protect about 1,400 homes from "
      "storm surges. The project will cost an estimated 38 million euros. "
      "Construction is due to begin in September.";
  summarize::Options options;
  options.length = summarize::Length::Sentences(2);
  try {
    const summarize::Summary summary = summarize::Summarize(article, options);
    for (const summarize::Sentence& sentence : summary.sentences) {
      std::cout << sentence.text << '\n';
    }
    std::cout << "libsummarize " << summarize::Version() << '\n';
    return summary.sentences.size() == 2 ? 0 : 1;
  } catch (const summarize::Error& error) {
    std::cerr << "consumer: " << error.what() << '\n';
    return 1;
  }
}
