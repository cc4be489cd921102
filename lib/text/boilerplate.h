// Page furniture in scraped text: which units are not part of the article.
#ifndef SUMMARIZE_LIB_TEXT_BOILERPLATE_H_
#define SUMMARIZE_LIB_TEXT_BOILERPLATE_H_

#include <cstddef>
#include <vector>

namespace summarize::internal {

// What the filter knows of one unit (a sentence or a fragment of the
// structure stage), in document order.
struct UnitSignals {
  std::size_t words = 0;
  std::size_t stopwords = 0;    // of those words
  std::size_t numbers = 0;      // of those words, numbers ("2026", "09")
  bool fragment = false;        // a heading or fragment line
  bool ends_sentence = false;   // ends in ". ? !" or another script's mark
  // Page-furniture words ("cookies", "subscribe") among the words.
  std::size_t furniture_words = 0;
  // Starts with a label of one or two words, one of them a furniture or
  // label word ("photo", "related"), then ":".
  bool furniture_label = false;
};

struct BoilerplateParams {
  // A body sentence has at least this many words...
  std::size_t min_body_words = 8;
  // ...and a stopword share of at least this fraction of the document's
  // typical one (the median over its sentences of that length): prose is
  // full of function words, datelines, name lists and menus are not. Taking
  // the document's own median makes one setting fit every stopword list.
  // (Only anchors need it: a lead sentence heavy with names may still
  // follow one.)
  double min_relative_stopword_share = 0.25;
  // With fewer sentences than this to take the median of, shares are not
  // compared.
  std::size_t min_sentences_for_median = 3;
  // The article widens over sentences in which furniture words are fewer
  // than this share of the words: "... and the jobs would
  // be advertised this week." stays, "We use cookies to improve your
  // experience." does not.
  double max_furniture_share = 0.1;
};

// For each unit, whether it is page furniture, from its shape and place,
// never from one site's phrases:
//  1. Anchors are body sentences: running text (not a fragment or a label)
//     ending in sentence punctuation, with BoilerplateParams' length and
//     stopword share, and no furniture word. With no anchor, nothing is
//     furniture: the text has no article body to tell apart.
//  2. The article runs from the first anchor to the last, widened over the
//     units of running text right before and after it that end in
//     sentence punctuation or are as long as a body sentence, and are
//     neither datelines (half of their words or more are numbers) nor
//     furniture (see max_furniture_share): a lead sentence heavy with names
//     stays, and so does a last sentence without its full stop. Widening
//     steps over fragments (headings, list items) to reach such units.
//  3. Every unit outside the article is furniture: mastheads, menus,
//     bylines, datelines, "Read more" lists, cookie notices, copyright
//     lines.
//  4. Inside it, a label ("Photo: ...", "Advertisement: ...") is furniture,
//     and so is a fragment with a furniture word ("Subscribe to our
//     newsletter"); running text stays, whatever its words.
std::vector<bool> FindBoilerplate(const std::vector<UnitSignals>& units,
                                  const BoilerplateParams& params = {});

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_BOILERPLATE_H_
