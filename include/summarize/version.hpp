// Version of libsummarize (semantic versioning).
#ifndef SUMMARIZE_VERSION_HPP_
#define SUMMARIZE_VERSION_HPP_

#define SUMMARIZE_VERSION_MAJOR 0
#define SUMMARIZE_VERSION_MINOR 1
#define SUMMARIZE_VERSION_PATCH 0
#define SUMMARIZE_VERSION_STRING "0.1.0"

namespace summarize {

// The version of the library linked in, e.g. "0.1.0".
const char* Version() noexcept;

}  // namespace summarize

#endif  // SUMMARIZE_VERSION_HPP_
