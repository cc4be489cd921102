// Tests for the flat string map behind the analyzer's word cache.
#include "util/flat_string_map.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace summarize::internal {
namespace {

TEST(FlatStringMapTest, FindsWhatWasInserted) {
  FlatStringMap<int> map;
  EXPECT_EQ(map.Find("cat"), nullptr);
  EXPECT_TRUE(map.Insert("cat", 1));
  EXPECT_TRUE(map.Insert("", 2));
  EXPECT_TRUE(map.Insert("a much longer key, past eight bytes", 3));
  ASSERT_NE(map.Find("cat"), nullptr);
  EXPECT_EQ(*map.Find("cat"), 1);
  EXPECT_EQ(*map.Find(""), 2);
  EXPECT_EQ(*map.Find("a much longer key, past eight bytes"), 3);
  EXPECT_EQ(map.Find("ca"), nullptr);
  EXPECT_EQ(map.Find("cats"), nullptr);
  EXPECT_EQ(map.Find("a much longer key, past eight byteS"), nullptr);
  EXPECT_EQ(map.size(), 3u);
}

TEST(FlatStringMapTest, GrowsAndAgreesWithUnorderedMap) {
  FlatStringMap<std::uint32_t> map;
  std::unordered_map<std::string, std::uint32_t> reference;
  for (std::uint32_t i = 0; i < 50000; ++i) {
    // Keys that share long prefixes and differ in their tails.
    const std::string key =
        std::string(i % 13, 'x').append(std::to_string(i * 7919 % 100003));
    if (reference.contains(key)) continue;
    reference.emplace(key, i);
    ASSERT_TRUE(map.Insert(key, i));
  }
  EXPECT_EQ(map.size(), reference.size());
  for (const auto& [key, value] : reference) {
    const std::uint32_t* found = map.Find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value) << key;
  }
  EXPECT_EQ(map.Find("not there"), nullptr);
}

TEST(FlatStringMapTest, ClearEmptiesIt) {
  FlatStringMap<int> map;
  for (int i = 0; i < 3000; ++i) map.Insert(std::to_string(i), i);
  EXPECT_GT(map.key_bytes(), 0u);
  map.Clear();
  EXPECT_EQ(map.size(), 0u);
  EXPECT_EQ(map.key_bytes(), 0u);
  EXPECT_EQ(map.Find("12"), nullptr);
  map.Insert("12", 5);
  EXPECT_EQ(*map.Find("12"), 5);
}

}  // namespace
}  // namespace summarize::internal
