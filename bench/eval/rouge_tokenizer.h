// Tokenizers for ROUGE scoring, following ../shared/tools/rouge.py exactly.
#ifndef SUMMARIZE_BENCH_EVAL_ROUGE_TOKENIZER_H_
#define SUMMARIZE_BENCH_EVAL_ROUGE_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

namespace summarize::eval {

// Which tokenizer ROUGE uses (rouge.py --tokenizer).
enum class RougeTokenizer {
  // kRougeScore when the language code starts with "en" in any case (an
  // empty code counts as English), kUnicode otherwise.
  kAuto,
  // Google rouge-score's English tokenizer (TokenizeRougeScore).
  kRougeScore,
  // Unicode word runs for every script (TokenizeUnicode).
  kUnicode,
};

// True when kAuto picks kRougeScore for the language code `lang`.
bool IsEnglishForRouge(std::string_view lang);

// Google rouge-score's tokenizer: full Unicode lower-casing (as Python's
// str.lower(), so "İ" gives "i" and the Kelvin sign "K" gives "k"), every run
// of bytes outside [a-z0-9] is a separator, tokens are the remaining runs.
// With `stem`, tokens longer than 3 characters are replaced by their Porter
// stem (Snowball's "porter" from libstemmer). rouge-score uses NLTK's
// PorterStemmer, whose extensions differ on some words ("says" → "sai" here,
// "say" in NLTK; "news" → "new" here): on the English DEV sets mean F1 moves
// by at most 0.02 points on the 0-100 scale.
// Every non-ASCII letter is a separator, so this is for English only.
std::vector<std::string> TokenizeRougeScore(std::string_view text, bool stem);

// rouge.py's tokenizer for languages other than English: for `lang` "tr" or
// "az" (any case) "I" becomes "ı" and "İ" becomes "i" first; then NFKC,
// Unicode lower-casing (root locale, as Python's str.lower()) and NFKC again.
// A token is a maximal run of letters (L*), digits and numbers (N*) and
// combining marks (M*); a letter or number of a script written without
// spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, Tibetan) is a
// token by itself, and a mark that starts a run joins the previous token
// (dropped when there is none). Tokens are UTF-8. No stemming.
std::vector<std::string> TokenizeUnicode(std::string_view text,
                                         std::string_view lang);

// The tokens ROUGE compares for `text` in language `lang` (an ISO code such
// as "en", "tr", "zh"): TokenizeRougeScore(text, stem) or
// TokenizeUnicode(text, lang) as `mode` (and, for kAuto, `lang`) selects.
// `stem` has no effect on kUnicode.
//
// All tokenizers take UTF-8; an ill-formed byte sequence reads as U+FFFD (a
// separator). Safe to call from any number of threads at once: each thread
// has its own stemmer and stem cache (libstemmer stemmers are not
// thread-safe). Throws std::length_error for text of 2 GiB or more and
// std::runtime_error if ICU or libstemmer fails (out of memory).
std::vector<std::string> TokenizeForRouge(std::string_view text,
                                          std::string_view lang,
                                          RougeTokenizer mode, bool stem);

}  // namespace summarize::eval

#endif  // SUMMARIZE_BENCH_EVAL_ROUGE_TOKENIZER_H_
