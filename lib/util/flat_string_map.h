// A compact open-addressing map from short byte strings to small values.
#ifndef SUMMARIZE_LIB_UTIL_FLAT_STRING_MAP_H_
#define SUMMARIZE_LIB_UTIL_FLAT_STRING_MAP_H_

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
// cannot line keys up in one probe chain on purpose.
//
// Clear() keeps the memory, to be refilled.
template <typename Value>
class FlatStringMap {
  static_assert(std::is_trivially_copyable_v<Value>);

 public:
  FlatStringMap() : seed_(std::random_device{}()) { Rehash(kInitialSlots); }

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
    std::uint64_t h = seed_ ^ (key.size() * 0x9E3779B97F4A7C15ULL);
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, key.data() + i, 8);
      h = Mix(h ^ word);
    }
    std::uint64_t tail = 0;
    if (i < key.size()) std::memcpy(&tail, key.data() + i, key.size() - i);
    return Mix(h ^ tail ^ 0xFF);
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
