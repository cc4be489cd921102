// A compact open-addressing map from short byte strings to small values.
#ifndef SUMMARIZE_LIB_UTIL_FLAT_STRING_MAP_H_
#define SUMMARIZE_LIB_UTIL_FLAT_STRING_MAP_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace summarize::internal {

// Maps byte strings to trivially copyable values, for lookups on every token
// of a text: keys are copied once into one buffer, slots are a flat array
// probed linearly (no node per entry, no pointer chasing), and the hash is
// a few multiplications per 8 bytes, seeded per map so that crafted input
// cannot line keys up in one probe chain on purpose. Maps can be made on
// any thread; one map is not thread-safe.
//
// Clear() keeps the memory, to be refilled.
template <typename Value>
class FlatStringMap {
  static_assert(std::is_trivially_copyable_v<Value>);

 public:
  FlatStringMap() : seed_(NewSeed()) { Rehash(kInitialSlots); }

  // The value of `key`, or nullptr. The pointer is valid until the next
  // Insert() or Clear().
  const Value* Find(std::string_view key) const {
    const std::uint64_t hash = Hash(key);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.length == kEmpty) return nullptr;
      if (slot.hash == hash && Matches(slot, key)) return &slot.value;
    }
  }

  // Adds `key` (which must not be present) with `value`. Returns false, and
  // stores nothing, when the keys would pass 4 GiB in total.
  bool Insert(std::string_view key, Value value) {
    if (key.size() > kMaxKeyBytes - keys_.size()) return false;
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    const std::uint64_t hash = Hash(key);
    std::size_t i = hash & mask_;
    while (slots_[i].length != kEmpty) i = (i + 1) & mask_;
    slots_[i] = Slot{hash, static_cast<std::uint32_t>(keys_.size()),
                     static_cast<std::uint32_t>(key.size()), value};
    keys_.append(key);
    ++size_;
    return true;
  }

  std::size_t size() const { return size_; }
  // Bytes of all keys together.
  std::size_t key_bytes() const { return keys_.size(); }

  void Clear() {
    for (Slot& slot : slots_) slot.length = kEmpty;
    keys_.clear();
    size_ = 0;
  }

 private:
  static constexpr std::size_t kInitialSlots = 1024;
  static constexpr std::uint32_t kEmpty =
      std::numeric_limits<std::uint32_t>::max();
  static constexpr std::size_t kMaxKeyBytes = kEmpty - 1;

  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;       // of the key in keys_
    std::uint32_t length = kEmpty;  // kEmpty: free slot
    Value value{};
  };

  bool Matches(const Slot& slot, std::string_view key) const {
    return slot.length == key.size() &&
           std::memcmp(keys_.data() + slot.offset, key.data(), key.size()) ==
               0;
  }

  std::uint64_t Hash(std::string_view key) const {
    const std::size_t size = key.size();
    std::uint64_t h = seed_ ^ (size * 0x9E3779B97F4A7C15ULL);
    for (std::size_t i = 0; i + 8 < size; i += 8) {
      h = Mix(h ^ Load<std::uint64_t>(key.data() + i));
    }
    return Mix(h ^ LastWord(key.data(), size) ^ 0xFF);
  }

  // Every one of the last min(size, 8) bytes of bytes[0, size), packed in
  // an integer (0 when size is 0). They are read with fixed-size loads
  // (overlapping each other, or the word before), not a memcpy of variable
  // length, which compiles to a library call: most keys are words, and
  // hashing them that way took a seventh of Stage/Analyze.
  static std::uint64_t LastWord(const char* bytes, std::size_t size) {
    if (size >= 8) return Load<std::uint64_t>(bytes + size - 8);
    if (size >= 4) {
      const std::uint64_t high = Load<std::uint32_t>(bytes + size - 4);
      return Load<std::uint32_t>(bytes) | high << 32;
    }
    if (size > 0) {
      return Load<std::uint8_t>(bytes) |
             Load<std::uint8_t>(bytes + size / 2) << 8 |
             Load<std::uint8_t>(bytes + size - 1) << 16;
    }
    return 0;
  }

  // The bytes at `at` read as a `Word`.
  template <typename Word>
  static std::uint64_t Load(const char* at) {
    Word word;
    std::memcpy(&word, at, sizeof(word));
    return word;
  }

  // A seed for a new map, unpredictable from outside: std::random_device
  // once per process (a draw costs about 11 us, as much as analysing a
  // short article, and every document makes several maps), then a counter,
  // through Mix (a bijection, so no two maps share a seed).
  static std::uint64_t NewSeed() {
    static const std::uint64_t process_seed = [] {
      std::random_device device;
      return std::uint64_t{device()} << 32 | device();
    }();
    static std::atomic<std::uint64_t> maps{0};
    return Mix(process_seed + maps.fetch_add(1, std::memory_order_relaxed));
  }

  static std::uint64_t Mix(std::uint64_t h) {
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
    h *= 0x94D049BB133111EBULL;
    return h ^ (h >> 29);
  }

  void Rehash(std::size_t slot_count) {
    std::vector<Slot> old(slot_count);
    old.swap(slots_);
    mask_ = slot_count - 1;
    for (const Slot& slot : old) {
      if (slot.length == kEmpty) continue;
      std::size_t i = slot.hash & mask_;
      while (slots_[i].length != kEmpty) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::uint64_t seed_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
  std::string keys_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_UTIL_FLAT_STRING_MAP_H_
