//===--- OptionListsTest.cpp - Tests for lib/support/OptionLists ----------===//

#include "lib/support/OptionLists.h"
#include "gtest/gtest.h"

using namespace wirecheck;

TEST(OptionListsTest, SplitsOnSemicolonsAndCommas) {
  auto Items = splitList(" a; b ,c;;  ");
  ASSERT_EQ(Items.size(), 3u);
  EXPECT_EQ(Items[0], "a");
  EXPECT_EQ(Items[1], "b");
  EXPECT_EQ(Items[2], "c");
}

TEST(OptionListsTest, NameListReportsBadEntries) {
  std::vector<OptionError> Errors;
  auto Names = parseNameList("SafeWrappers", "good;bad name;::x::y", Errors);
  ASSERT_EQ(Names.size(), 2u);
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_EQ(Errors[0].Option, "SafeWrappers");
  EXPECT_EQ(Errors[0].Value, "bad name");
}

TEST(OptionListsTest, FunctionSpecsWithIndices) {
  std::vector<OptionError> Errors;
  auto Specs = parseFunctionSpecs(
      "PayloadSinks", "ws::Conn::send:1;log;a::b:2:0;bad:x;c:1:2:3", 2, Errors);
  ASSERT_EQ(Specs.size(), 3u);
  EXPECT_EQ(Specs[0].Name.str(), "ws::Conn::send");
  EXPECT_EQ(Specs[0].Index, 1u);
  EXPECT_FALSE(Specs[0].SecondIndex);
  EXPECT_FALSE(Specs[1].Index);
  EXPECT_EQ(Specs[2].Index, 2u);
  EXPECT_EQ(Specs[2].SecondIndex, 0u);
  ASSERT_EQ(Errors.size(), 2u);
  EXPECT_EQ(Errors[0].Value, "bad:x");
  EXPECT_EQ(Errors[1].Value, "c:1:2:3");
}

TEST(OptionListsTest, RegexValidation) {
  std::vector<OptionError> Errors;
  EXPECT_FALSE(parseRegex("IntegerEnums", "", Errors));
  EXPECT_TRUE(Errors.empty());
  auto R = parseRegex("IntegerEnums", "^(Http)?Status$", Errors);
  ASSERT_TRUE(R);
  EXPECT_TRUE(R->match("HttpStatus"));
  EXPECT_FALSE(parseRegex("IntegerEnums", "([a-", Errors));
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_EQ(Errors[0].Option, "IntegerEnums");
}

TEST(OptionListsTest, Booleans) {
  std::vector<OptionError> Errors;
  EXPECT_TRUE(parseBool("X", "true", false, Errors));
  EXPECT_TRUE(parseBool("X", "1", false, Errors));
  EXPECT_FALSE(parseBool("X", "False", true, Errors));
  EXPECT_TRUE(parseBool("X", "", true, Errors));
  EXPECT_TRUE(Errors.empty());
  EXPECT_TRUE(parseBool("X", "maybe", true, Errors));
  EXPECT_EQ(Errors.size(), 1u);
}

TEST(OptionListsTest, ListOfOnlySeparatorsIsAnError) {
  std::vector<OptionError> Errors;
  EXPECT_TRUE(parseNameList("SafeWrappers", "  ", Errors).empty());
  EXPECT_TRUE(parseFunctionSpecs("LogSinks", "", 1, Errors).empty());
  EXPECT_TRUE(Errors.empty());
  EXPECT_TRUE(parseFunctionSpecs("LogSinks", ";;;", 1, Errors).empty());
  EXPECT_TRUE(parseNameList("SafeWrappers", " , ;", Errors).empty());
  ASSERT_EQ(Errors.size(), 2u);
  EXPECT_EQ(Errors[0].Option, "LogSinks");
  EXPECT_EQ(Errors[0].Value, ";;;");
  EXPECT_EQ(Errors[1].Option, "SafeWrappers");
}
