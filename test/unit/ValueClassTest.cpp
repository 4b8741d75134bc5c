//===--- ValueClassTest.cpp - Tests for lib/routes/ValueClass -------------===//

#include "lib/routes/ValueClass.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static ValueClass re(llvm::StringRef R) {
  return ValueClass::fromRegex(R, /*Anchored=*/true);
}

TEST(ValueClassTest, Accepts) {
  EXPECT_TRUE(
      ValueClass::uuid().accepts("123e4567-e89b-12d3-a456-426614174000"));
  EXPECT_FALSE(ValueClass::uuid().accepts("123e4567"));
  EXPECT_TRUE(ValueClass::integer(true).accepts("-12"));
  EXPECT_FALSE(ValueClass::integer(false).accepts("-12"));
  EXPECT_TRUE(ValueClass::number().accepts("-1.5e3"));
  EXPECT_FALSE(ValueClass::number().accepts("abc"));
  EXPECT_TRUE(ValueClass::boolean().accepts("false"));
  EXPECT_FALSE(ValueClass::boolean().accepts("yes"));
  EXPECT_TRUE(ValueClass::enumOf({"a", "bc"}).accepts("bc"));
  EXPECT_FALSE(ValueClass::enumOf({"a", "bc"}).accepts("b"));
  EXPECT_TRUE(ValueClass::anyString().withLength(2, 3).accepts("abc"));
  EXPECT_FALSE(ValueClass::anyString().withLength(2, 3).accepts("abcd"));
  EXPECT_TRUE(re("[0-9a-f]{6}").accepts("0a1b2c"));
  EXPECT_FALSE(re("[0-9a-f]{6}").accepts("0a1b2"));
  EXPECT_TRUE(re("(?:v1|v2)-\\d+").accepts("v2-17"));
  EXPECT_FALSE(re("(?:v1|v2)-\\d+").accepts("v3-17"));
  // A schema's pattern is not anchored: it may match inside the value.
  ValueClass Free = ValueClass::fromRegex("[a-f0-9]{16}", false);
  EXPECT_TRUE(Free.accepts("x0123456789abcdefx"));
  EXPECT_FALSE(Free.accepts("0123456789"));
  EXPECT_TRUE(ValueClass::fromRegex("^[a-f]+$", false).accepts("abc"));
  EXPECT_FALSE(ValueClass::fromRegex("^[a-f]+$", false).accepts("abcz"));
}

TEST(ValueClassTest, Overlaps) {
  // The examples: no value of one is a value of the other.
  EXPECT_FALSE(ValueClass::uuid().overlaps(re("\\d+")));
  EXPECT_FALSE(
      ValueClass::fromRegex("[0-9a-f]{12}", false).overlaps(re("[0-9a-f]{6}")));
  EXPECT_FALSE(ValueClass::fromRegex("[a-f0-9]{16}", false)
                   .overlaps(re("[0-9a-fA-F]{10}")));
  EXPECT_TRUE(ValueClass::fromRegex("[a-f0-9]{16}", false)
                  .overlaps(re("[0-9a-fA-F]{16}")));
  EXPECT_TRUE(ValueClass::uuid().overlaps(re("[^/]+")));
  EXPECT_TRUE(ValueClass::uuid().overlaps(re("[0-9a-f-]{36}")));
  EXPECT_FALSE(ValueClass::uuid().overlaps(re("[0-9a-f]{36}")));
  EXPECT_TRUE(ValueClass::integer(true).overlaps(re("\\d+")));
  EXPECT_FALSE(ValueClass::boolean().overlaps(ValueClass::integer(true)));
  EXPECT_TRUE(ValueClass::enumOf({"x", "7"}).overlaps(ValueClass::number()));
  EXPECT_FALSE(
      ValueClass::anyString().withLength(1, 3).overlaps(re("[a-z]{4,}")));
  EXPECT_TRUE(ValueClass::number().overlaps(re("\\d+\\.\\d+")));
  // Not modelled: always overlaps, never a false alarm.
  ValueClass Back = re("(a)\\1");
  EXPECT_TRUE(Back.isUnknown());
  EXPECT_TRUE(Back.overlaps(ValueClass::uuid()));
  EXPECT_TRUE(re("(?=a)b").isUnknown());
  EXPECT_TRUE(re("(ab)+").isUnknown());
  EXPECT_TRUE(ValueClass::unknown().accepts("anything"));
}

TEST(ValueClassTest, Describes) {
  EXPECT_EQ(re("\\d+").describe(), "digits");
  EXPECT_EQ(re("[0-9a-f]{6}").describe(), "6 hex digits");
  EXPECT_EQ(re("[0-9A-F]{2,4}").describe(), "2 to 4 hex digits");
  EXPECT_EQ(ValueClass::fromRegex("[a-z]+-x", false).describe(),
            "a string matching '[a-z]+-x'");
  EXPECT_EQ(ValueClass::uuid().describe(), "a uuid");
  EXPECT_EQ(ValueClass::integer(true).describe(), "an integer");
  EXPECT_EQ(ValueClass::boolean().describe(), "true or false");
  EXPECT_EQ(ValueClass::enumOf({"a", "b"}).describe(), "one of 'a', 'b'");
  EXPECT_EQ(ValueClass::anyString().withLength(3, 5).describe(),
            "a string of 3 to 5 characters");
}
