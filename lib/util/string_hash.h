// Hashing for string-keyed containers that look keys up by string_view.
#ifndef SUMMARIZE_LIB_UTIL_STRING_HASH_H_
#define SUMMARIZE_LIB_UTIL_STRING_HASH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace summarize::internal {

// A transparent hash: with std::equal_to<>, find() takes a string_view
// without building a std::string (C++20 heterogeneous lookup).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash,
                                     std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_UTIL_STRING_HASH_H_
