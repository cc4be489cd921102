/* The installed C interface, from C; exits 0 when it gets two sentences. */
#include <stdio.h>
#include <string.h>
#include <summarize/summarize.h>

int main(void) {
  const char* article =
      "The council voted on Tuesday to build a sea wall. Engineers say the "
      "wall will protect about 1,400 homes. The project will cost 38 "
      "million euros.";
  summarize_options* options = summarize_options_new();
  summarize_summarizer* summarizer = NULL;
  summarize_result* result = NULL;
  size_t count = 0;
  summarize_options_set_sentences(options, 2);
  if (summarize_summarizer_new(options, &summarizer) != SUMMARIZE_OK ||
      summarize_run(summarizer, article, strlen(article), NULL, &result) !=
          SUMMARIZE_OK) {
    fprintf(stderr, "consumer_c: %s\n", summarize_last_error_message());
    return 1;
  }
  count = summarize_result_count(result);
  printf("%zu sentences from libsummarize %s\n", count, summarize_version());
  summarize_result_free(result);
  summarize_summarizer_free(summarizer);
  summarize_options_free(options);
  return count == 2 ? 0 : 1;
}
