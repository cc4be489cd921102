// The summarize::Options flags that the command-line tools share
// (examples/summarize and bench/eval), registered in one place.
#ifndef SUMMARIZE_EXAMPLES_COMMON_LIBRARY_OPTIONS_H_
#define SUMMARIZE_EXAMPLES_COMMON_LIBRARY_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <summarize/options.hpp>

#include "number_validators.h"

namespace summarize::cli {

// The flags that turn a feature that is on by default off. CLI11 flags set
// a bool to true, so they are parsed into this and applied afterwards.
struct OffSwitches {
  bool no_stem = false;
  bool keep_boilerplate = false;

  void ApplyTo(Options& options) const {
    options.stem = !no_stem;
    options.remove_boilerplate = !keep_boilerplate;
  }
};

// Adds --redundancy, --mmr, --position-prior, --min-words, --max-bytes,
// --no-stem, --keep-boilerplate and --max-input-bytes to `app` (an App or an
// option group), writing into `options` and `off` (apply `off` after parsing).
// `input_limit_help` describes what --max-input-bytes limits in that tool.
inline void AddLibraryOptions(CLI::App& app, Options& options,
                              OffSwitches& off,
                              const std::string& input_limit_help) {
  app.add_option("--redundancy", options.redundancy_threshold,
                 "Skip a sentence at least this similar (cosine, in (0, "
                 "1]) to a chosen one")
      ->type_name("T")
      ->check(NumberIn(0, 1))
      ->capture_default_str();
  app.add_option("--mmr", options.mmr_lambda,
                 "Choose by maximal marginal relevance: LAMBDA x score - "
                 "(1 - LAMBDA) x similarity to the chosen, in [0, 1] (0: off)")
      ->type_name("LAMBDA")
      ->check(NumberIn(0, 1, /*open_low=*/false))
      ->capture_default_str();
  app.add_option("--position-prior", options.position_prior,
                 "PageRank methods other than default: teleport to sentence "
                 "i in proportion to (1 + i)^-A, in [0, 10] (0: uniform)")
      ->type_name("A")
      ->check(NumberIn(0, 10, /*open_low=*/false))
      ->capture_default_str();
  app.add_option("--min-words", options.min_sentence_words,
                 "Never choose a sentence with fewer words (0: no minimum)")
      ->type_name("N")
      ->transform(WholeNumber(0))
      ->capture_default_str();
  app.add_option("--max-bytes", options.max_sentence_bytes,
                 "Never choose a sentence longer than this many bytes "
                 "(0: no maximum)")
      ->type_name("N")
      ->transform(WholeNumber(0))
      ->capture_default_str();
  app.add_flag("--no-stem", off.no_stem, "Do not stem words");
  app.add_flag("--keep-boilerplate", off.keep_boilerplate,
               "Keep page furniture around the article (mastheads, bylines, "
               "captions, cookie notices) as candidate sentences");
  app.add_option("--max-input-bytes", options.max_input_bytes, input_limit_help)
      ->type_name("N")
      ->transform(WholeNumber(1))
      ->capture_default_str();
}

}  // namespace summarize::cli

#endif  // SUMMARIZE_EXAMPLES_COMMON_LIBRARY_OPTIONS_H_
