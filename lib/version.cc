#include "summarize/version.hpp"

namespace summarize {

const char* Version() noexcept { return SUMMARIZE_VERSION_STRING; }

}  // namespace summarize
