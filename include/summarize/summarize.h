/* libsummarize's C interface: extractive summarization from C and from any
 * language with a C foreign-function interface.
 *
 *   summarize_options* options = summarize_options_new();
 *   summarize_options_set_sentences(options, 3);
 *   summarize_summarizer* summarizer = NULL;
 *   if (summarize_summarizer_new(options, &summarizer) != SUMMARIZE_OK)
 *     fprintf(stderr, "%s\n", summarize_last_error_message());
 *   summarize_options_free(options);  // the summarizer keeps a copy
 *
 *   summarize_result* result = NULL;
 *   if (summarize_run(summarizer, text, strlen(text), NULL, &result) ==
 *       SUMMARIZE_OK) {
 *     for (size_t i = 0; i < summarize_result_count(result); ++i) {
 *       size_t length = 0;
 *       const char* sentence = summarize_result_text(result, i, &length);
 *       printf("%.*s\n", (int)length, sentence);
 *     }
 *     summarize_result_free(result);
 *   }
 *   summarize_summarizer_free(summarizer);
 *
 * Ownership: every object a *_new function or summarize_run creates belongs
 * to the caller, who frees it with the matching *_free function (which
 * accepts NULL). Pointers returned by accessors point into the object they
 * came from and stay valid until it is freed.
 *
 * Errors: functions that can fail return a summarize_status; on failure they
 * leave their output untouched and record a message (and, for input errors,
 * a byte offset) that summarize_last_error_message() and
 * summarize_last_error_offset() return, per thread, until the next failing
 * call on that thread. No C++ exception ever crosses this interface.
 *
 * Threads: a summarizer may be used by summarize_run from many threads at
 * once; options and results are not synchronised.
 *
 * Text is UTF-8 (or as set by summarize_options_set_encoding), passed with
 * its length in bytes; it need not be NUL-terminated. Strings returned are
 * UTF-8 with a length; they are also NUL-terminated.
 *
 * Compiles as C89 and later and as C++; includes only C headers. */
#ifndef SUMMARIZE_SUMMARIZE_H_
#define SUMMARIZE_SUMMARIZE_H_

#include <stddef.h>

#include "summarize/export.h"
#include "summarize/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The values match summarize::ErrorCode, plus SUMMARIZE_OK and the C-only
 * codes from SUMMARIZE_INVALID_ARGUMENT on. */
typedef enum summarize_status {
  SUMMARIZE_OK = 0,
  SUMMARIZE_INVALID_OPTIONS = 1,   /* a setting out of range, unknown name */
  SUMMARIZE_INVALID_UTF8 = 2,      /* offset: the first bad byte */
  SUMMARIZE_BINARY_INPUT = 3,      /* offset: the first binary byte */
  SUMMARIZE_INPUT_TOO_LARGE = 4,   /* over the max_input_bytes setting */
  SUMMARIZE_INVALID_SPANS = 5,     /* reserved */
  SUMMARIZE_CANCELLED = 6,         /* the timeout passed */
  SUMMARIZE_INTERNAL = 7,          /* a dependency failed */
  SUMMARIZE_INVALID_ARGUMENT = 100, /* a NULL pointer, an index out of range */
  SUMMARIZE_OUT_OF_MEMORY = 101
} summarize_status;

/* Value of summarize_last_error_offset() when the error has no place. */
#define SUMMARIZE_NO_OFFSET ((size_t)-1)

typedef struct summarize_options summarize_options;
typedef struct summarize_summarizer summarize_summarizer;
typedef struct summarize_result summarize_result;

/* The library's version, e.g. "0.1.0" (SUMMARIZE_VERSION_STRING). */
SUMMARIZE_EXPORT const char* summarize_version(void);

/* A short stable name for `status`, e.g. "invalid_utf8"; "ok" for 0. */
SUMMARIZE_EXPORT const char* summarize_status_name(summarize_status status);

/* The message of the last failure on this thread ("" when none). */
SUMMARIZE_EXPORT const char* summarize_last_error_message(void);

/* The byte offset of the last failure on this thread, or
 * SUMMARIZE_NO_OFFSET. */
SUMMARIZE_EXPORT size_t summarize_last_error_offset(void);

/* ---- Options: every setting starts at the library's default. ---- */

/* NULL when out of memory. */
SUMMARIZE_EXPORT summarize_options* summarize_options_new(void);
SUMMARIZE_EXPORT void summarize_options_free(summarize_options* options);

/* Summary length: sentences (>= 1), a ratio of the candidate sentences
 * (0 < ratio <= 1) or a word budget (>= 1). The last one set applies.
 * Ranges are checked by summarize_summarizer_new. */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_sentences(summarize_options* options, size_t count);
SUMMARIZE_EXPORT summarize_status
summarize_options_set_ratio(summarize_options* options, double ratio);
SUMMARIZE_EXPORT summarize_status
summarize_options_set_words(summarize_options* options, size_t words);

/* An algorithm name as `summarize --list-algorithms` prints it
 * ("default", "textrank", ...); SUMMARIZE_INVALID_OPTIONS when unknown. */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_algorithm(summarize_options* options, const char* name);

/* A language code ("en", "de", ...); checked by summarize_summarizer_new. */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_language(summarize_options* options, const char* code);

/* "text", "html" or "auto" (the default). */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_input_format(summarize_options* options,
                                   const char* format);

/* The input's encoding ("latin1", "Shift_JIS", ...; "" for the default). */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_encoding(summarize_options* options,
                               const char* encoding);

/* Flags: 0 is off, anything else on. */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_stem(summarize_options* options, int stem);
SUMMARIZE_EXPORT summarize_status
summarize_options_set_replace_invalid(summarize_options* options, int replace);
SUMMARIZE_EXPORT summarize_status
summarize_options_set_remove_boilerplate(summarize_options* options,
                                         int remove);

/* Redundancy threshold in (0, 1]; default 0.6. */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_redundancy(summarize_options* options, double threshold);

/* Largest input in bytes; default 64 MiB. */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_max_input_bytes(summarize_options* options,
                                      size_t bytes);

/* Each summarize_run gives up with SUMMARIZE_CANCELLED after this many
 * milliseconds (0: never, the default). */
SUMMARIZE_EXPORT summarize_status
summarize_options_set_timeout_ms(summarize_options* options, double ms);

/* ---- Summarizer ---- */

/* Validates `options` and builds a summarizer into *out (which the options
 * do not outlive: it keeps a copy). */
SUMMARIZE_EXPORT summarize_status summarize_summarizer_new(
    const summarize_options* options, summarize_summarizer** out);
SUMMARIZE_EXPORT void summarize_summarizer_free(
    summarize_summarizer* summarizer);

/* Summarizes text[0, length) into a new result in *out. `title` is the
 * document's headline (NUL-terminated UTF-8) or NULL. */
SUMMARIZE_EXPORT summarize_status
summarize_run(const summarize_summarizer* summarizer, const char* text,
              size_t length, const char* title, summarize_result** out);

/* ---- Results ---- */

SUMMARIZE_EXPORT void summarize_result_free(summarize_result* result);

/* Number of chosen sentences, in document order. */
SUMMARIZE_EXPORT size_t summarize_result_count(const summarize_result* result);

/* The i-th chosen sentence (i < count; NULL otherwise): its text, with its
 * length in *length when `length` is not NULL, ... */
SUMMARIZE_EXPORT const char* summarize_result_text(
    const summarize_result* result, size_t i, size_t* length);
/* ... its byte range [begin, end) in the input, or in the converted text
 * when summarize_result_converted_text is not NULL, ... */
SUMMARIZE_EXPORT size_t summarize_result_begin(const summarize_result* result,
                                               size_t i);
SUMMARIZE_EXPORT size_t summarize_result_end(const summarize_result* result,
                                             size_t i);
/* ... its score, and its index among all units of the document. */
SUMMARIZE_EXPORT double summarize_result_score(const summarize_result* result,
                                               size_t i);
SUMMARIZE_EXPORT size_t summarize_result_index(const summarize_result* result,
                                               size_t i);

/* Number of units (sentences, headings, page furniture) in the document. */
SUMMARIZE_EXPORT size_t summarize_result_unit_count(
    const summarize_result* result);

/* The UTF-8 text offsets refer to when the input was converted (HTML,
 * another encoding, replaced bytes), with its length in *length; NULL when
 * offsets refer to the input itself. */
SUMMARIZE_EXPORT const char* summarize_result_converted_text(
    const summarize_result* result, size_t* length);

/* The document's title (given, or an HTML page's); "" when none. */
SUMMARIZE_EXPORT const char* summarize_result_title(
    const summarize_result* result);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* SUMMARIZE_SUMMARIZE_H_ */
