/* The C interface from C: builds with a C compiler against
 * <summarize/summarize.h> only, and checks results, errors and ownership.
 * Exits 0 when every check passes; prints the failed checks otherwise. */
#include <stdio.h>
#include <string.h>

#include <summarize/summarize.h>

static int failures = 0;

#define CHECK(condition)                                              \
  do {                                                                \
    if (!(condition)) {                                               \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
              #condition);                                            \
      ++failures;                                                     \
    }                                                                 \
  } while (0)

static const char kArticle[] =
    "The town council voted on Tuesday to build a sea wall along the "
    "eastern shore. Engineers say the wall will protect about 1,400 homes "
    "from storm surges. The project will cost an estimated 38 million euros. "
    "Opponents argued that the wall would block the view from the "
    "promenade. Construction is due to begin in September.";

static void TestSummary(void) {
  summarize_options* options = summarize_options_new();
  summarize_summarizer* summarizer = NULL;
  summarize_result* result = NULL;
  size_t i;
  size_t previous_end = 0;

  CHECK(options != NULL);
  CHECK(summarize_options_set_sentences(options, 2) == SUMMARIZE_OK);
  CHECK(summarize_options_set_algorithm(options, "textrank") == SUMMARIZE_OK);
  CHECK(summarize_summarizer_new(options, &summarizer) == SUMMARIZE_OK);
  summarize_options_free(options); /* the summarizer keeps its copy */

  CHECK(summarize_run(summarizer, kArticle, strlen(kArticle), NULL,
                      &result) == SUMMARIZE_OK);
  CHECK(summarize_result_count(result) == 2);
  CHECK(summarize_result_unit_count(result) == 5);
  CHECK(summarize_result_converted_text(result, NULL) == NULL);
  for (i = 0; i < summarize_result_count(result); ++i) {
    size_t length = 0;
    const char* text = summarize_result_text(result, i, &length);
    const size_t begin = summarize_result_begin(result, i);
    const size_t end = summarize_result_end(result, i);
    CHECK(text != NULL);
    CHECK(end - begin == length);
    CHECK(memcmp(kArticle + begin, text, length) == 0);
    CHECK(text[length] == '\0');
    CHECK(summarize_result_score(result, i) > 0);
    CHECK(begin >= previous_end); /* document order */
    previous_end = end;
  }
  CHECK(summarize_result_text(result, 2, NULL) == NULL); /* out of range */
  summarize_result_free(result);
  summarize_summarizer_free(summarizer);
}

static void TestHtmlAndTitle(void) {
  static const char kPage[] =
      "<!DOCTYPE html><html><head><title>Sea wall</title></head><body>"
      "<nav>Home | News</nav><p>The council voted to build a sea wall. It "
      "will protect homes from floods.</p></body></html>";
  summarize_options* options = summarize_options_new();
  summarize_summarizer* summarizer = NULL;
  summarize_result* result = NULL;
  size_t length = 0;
  const char* text;

  CHECK(summarize_summarizer_new(options, &summarizer) == SUMMARIZE_OK);
  CHECK(summarize_run(summarizer, kPage, strlen(kPage), NULL, &result) ==
        SUMMARIZE_OK);
  text = summarize_result_converted_text(result, &length);
  CHECK(text != NULL);
  CHECK(strstr(text, "Home") == NULL);
  CHECK(strcmp(summarize_result_title(result), "Sea wall") == 0);
  summarize_result_free(result);
  summarize_summarizer_free(summarizer);
  summarize_options_free(options);
}

static void TestErrors(void) {
  summarize_options* options = summarize_options_new();
  summarize_summarizer* summarizer = NULL;
  summarize_result* result = NULL;
  static const char kBroken[] = "Valid start \xC3 and the rest.";

  /* Bad settings: at the setter when it can tell, else at construction. */
  CHECK(summarize_options_set_algorithm(options, "no-such") ==
        SUMMARIZE_INVALID_OPTIONS);
  CHECK(strstr(summarize_last_error_message(), "no-such") != NULL);
  CHECK(summarize_options_set_input_format(options, "pdf") ==
        SUMMARIZE_INVALID_OPTIONS);
  CHECK(summarize_options_set_ratio(options, 2.0) == SUMMARIZE_OK);
  CHECK(summarize_summarizer_new(options, &summarizer) ==
        SUMMARIZE_INVALID_OPTIONS);
  CHECK(summarizer == NULL);
  CHECK(strcmp(summarize_status_name(SUMMARIZE_INVALID_OPTIONS),
               "invalid_options") == 0);

  /* NULL pointers are an argument error, never a crash. */
  CHECK(summarize_options_set_sentences(NULL, 3) ==
        SUMMARIZE_INVALID_ARGUMENT);
  CHECK(summarize_summarizer_new(NULL, &summarizer) ==
        SUMMARIZE_INVALID_ARGUMENT);

  /* Input errors carry the offset of the bad byte. */
  CHECK(summarize_options_set_sentences(options, 1) == SUMMARIZE_OK);
  CHECK(summarize_summarizer_new(options, &summarizer) == SUMMARIZE_OK);
  CHECK(summarize_run(summarizer, kBroken, strlen(kBroken), NULL, &result) ==
        SUMMARIZE_INVALID_UTF8);
  CHECK(result == NULL);
  CHECK(summarize_last_error_offset() == 12);
  CHECK(summarize_run(summarizer, NULL, 5, NULL, &result) ==
        SUMMARIZE_INVALID_ARGUMENT);
  /* Empty text: an empty summary. */
  CHECK(summarize_run(summarizer, NULL, 0, NULL, &result) == SUMMARIZE_OK);
  CHECK(summarize_result_count(result) == 0);
  summarize_result_free(result);
  summarize_summarizer_free(summarizer);
  summarize_options_free(options);

  /* Freeing NULL is allowed. */
  summarize_result_free(NULL);
  summarize_summarizer_free(NULL);
  summarize_options_free(NULL);
}

int main(void) {
  CHECK(strcmp(summarize_version(), SUMMARIZE_VERSION_STRING) == 0);
  TestSummary();
  TestHtmlAndTitle();
  TestErrors();
  if (failures == 0) printf("c_api_test: all checks passed\n");
  return failures == 0 ? 0 : 1;
}
