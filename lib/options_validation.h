// Checks an Options value against the ranges documented in options.hpp.
#ifndef SUMMARIZE_LIB_OPTIONS_VALIDATION_H_
#define SUMMARIZE_LIB_OPTIONS_VALIDATION_H_

#include "summarize/options.hpp"

namespace summarize::internal {

// Throws Error(kInvalidOptions) naming the first field out of range.
// (The language code is checked by ResolveLanguage.)
void ValidateOptions(const Options& options);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_OPTIONS_VALIDATION_H_
