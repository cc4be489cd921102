// Data files from the repository's data/ folder, compiled into the library
// so that no runtime data path is needed.
#ifndef SUMMARIZE_LIB_UTIL_EMBEDDED_DATA_H_
#define SUMMARIZE_LIB_UTIL_EMBEDDED_DATA_H_

#include <string_view>

namespace summarize::internal {

// The bytes of data/`name` (e.g. "stopwords/en.txt") as it was at build
// time, or an empty view when no such file was embedded. The view is valid
// for the life of the program.
std::string_view EmbeddedData(std::string_view name);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_UTIL_EMBEDDED_DATA_H_
