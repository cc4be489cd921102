// Tests for the boilerplate filter's decisions on hand-made unit signals.
#include "text/boilerplate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

namespace summarize::internal {
namespace {

using ::testing::ElementsAre;

// Units by shape; stopword shares are about those of English prose (0.5).
UnitSignals Body() {  // a body sentence
  return {.words = 20, .stopwords = 10, .ends_sentence = true};
}
UnitSignals Short() {  // a short sentence of prose
  return {.words = 5, .stopwords = 2, .ends_sentence = true};
}
UnitSignals Fragment() {  // a heading, a menu entry
  return {.words = 2, .fragment = true};
}
UnitSignals Dateline() {  // "Published 14 March 2026, 09:12."
  return {.words = 6, .numbers = 4, .ends_sentence = true};
}
UnitSignals Cookies() {  // "We use cookies to improve your experience."
  return {.words = 7, .stopwords = 4, .ends_sentence = true,
          .furniture_words = 1};
}
UnitSignals NameList() {  // "Cech, Terry, Gallas, Lampard, Makelele, ..."
  return {.words = 12, .ends_sentence = true};
}

TEST(BoilerplateTest, KeepsTheArticleBetweenFurniture) {
  EXPECT_THAT(FindBoilerplate({Fragment(), Fragment(), Dateline(), Body(),
                               Short(), Body(), Body(), Fragment(),
                               Cookies(), Fragment()}),
              ElementsAre(true, true, true, false, false, false, false, true,
                          true, true));
}

TEST(BoilerplateTest, ShortFirstAndLastSentencesStay) {
  EXPECT_THAT(FindBoilerplate({Fragment(), Short(), Body(), Body(), Short()}),
              ElementsAre(true, false, false, false, false));
}

TEST(BoilerplateTest, WideningStepsOverHeadingsButNotDatelines) {
  // Short, heading, body ... heading, short: both shorts and the headings
  // between them and the body stay; a dateline stops the widening.
  EXPECT_THAT(
      FindBoilerplate({Dateline(), Short(), Fragment(), Body(), Body(),
                       Fragment(), Short(), Dateline(), Short()}),
      ElementsAre(true, false, false, false, false, false, false, true,
                  true));
}

TEST(BoilerplateTest, FurnitureWordsKeepASentenceFromAnchoring) {
  // A long sentence about cookies after the last anchor, behind a fragment
  // run, is a notice, not the article; inside the article it stays.
  UnitSignals long_notice = Body();
  long_notice.furniture_words = 3;
  UnitSignals mention = Body();
  mention.furniture_words = 1;
  EXPECT_THAT(FindBoilerplate({Body(), mention, Body(), Fragment(),
                               long_notice}),
              ElementsAre(false, false, false, true, true));
}

TEST(BoilerplateTest, LabelsAndFurnitureFragmentsInsideTheArticle) {
  UnitSignals caption = Body();  // "Photo: Waves break over ..."
  caption.furniture_label = true;
  UnitSignals subscribe = Fragment();  // "Subscribe to our newsletter"
  subscribe.furniture_words = 1;
  EXPECT_THAT(FindBoilerplate({Body(), caption, Fragment(), subscribe,
                               Body()}),
              ElementsAre(false, true, false, true, false));
}

TEST(BoilerplateTest, StopwordShareIsRelativeToTheDocument) {
  // Three sentences set the document's median share (0.5); a sentence of
  // names far below it cannot anchor, but is widened over next to the body.
  EXPECT_THAT(FindBoilerplate({NameList(), Fragment(), NameList(), Body(),
                               Body(), Body()}),
              ElementsAre(false, false, false, false, false, false));
  EXPECT_THAT(FindBoilerplate({NameList(), Dateline(), Body(), Body(),
                               Body()}),
              ElementsAre(true, true, false, false, false));
  // A text of names alone has nothing to compare with: they anchor.
  EXPECT_THAT(FindBoilerplate({Fragment(), NameList(), NameList()}),
              ElementsAre(true, false, false));
}

TEST(BoilerplateTest, NoBodyMeansNoFilter) {
  EXPECT_THAT(FindBoilerplate({Fragment(), Short(), Dateline(), Cookies()}),
              ElementsAre(false, false, false, false));
  EXPECT_TRUE(FindBoilerplate({}).empty());
}

}  // namespace
}  // namespace summarize::internal
