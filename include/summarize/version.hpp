// Version of libsummarize (semantic versioning).
#ifndef SUMMARIZE_VERSION_HPP_
#define SUMMARIZE_VERSION_HPP_

#include "summarize/export.h"
#include "summarize/version.h"  // SUMMARIZE_VERSION_MAJOR ... _STRING

namespace summarize {

// The version of the library linked in, e.g. "0.1.0"; equal to
// SUMMARIZE_VERSION_STRING when headers and library match.
SUMMARIZE_EXPORT const char* Version() noexcept;

}  // namespace summarize

#endif  // SUMMARIZE_VERSION_HPP_
