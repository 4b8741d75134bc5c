//===--- QualifiedNameTest.cpp - Tests for lib/support/QualifiedName ------===//

#include "lib/support/QualifiedName.h"
#include "gtest/gtest.h"

using namespace wirecheck;

TEST(QualifiedNameTest, ParsesAnchoredAndRelativeNames) {
  auto N = QualifiedName::parse("::ns::Class::method");
  ASSERT_TRUE(N);
  EXPECT_TRUE(N->Anchored);
  EXPECT_EQ(N->Components, (std::vector<std::string>{"ns", "Class", "method"}));
  EXPECT_EQ(N->str(), "::ns::Class::method");

  auto R = QualifiedName::parse(" serialize_message_safely ");
  ASSERT_TRUE(R);
  EXPECT_FALSE(R->Anchored);
  EXPECT_EQ(R->str(), "serialize_message_safely");
}

TEST(QualifiedNameTest, AcceptsOperatorsLast) {
  auto N = QualifiedName::parse("std::operator<<");
  ASSERT_TRUE(N);
  EXPECT_EQ(N->Components.back(), "operator<<");
  EXPECT_FALSE(QualifiedName::parse("operator<<::x"));
}

TEST(QualifiedNameTest, RejectsMalformedNames) {
  for (const char *Bad :
       {"", "::", "a::", "a:::b", "1abc", "a b", "a::b-c", "a::::b", "a.b"})
    EXPECT_FALSE(QualifiedName::parse(Bad)) << Bad;
}

static std::vector<QualifiedName> names(std::initializer_list<const char *> L) {
  std::vector<QualifiedName> Result;
  for (const char *N : L)
    Result.push_back(*QualifiedName::parse(N));
  return Result;
}

TEST(QualifiedNameTest, JoinsQuotedNamesForDiagnostics) {
  EXPECT_EQ(joinQuotedNames({}), "");
  EXPECT_EQ(joinQuotedNames(names({"a"})), "'a'");
  EXPECT_EQ(joinQuotedNames(names({"a", "::b::c"})), "'a' or '::b::c'");
  EXPECT_EQ(joinQuotedNames(names({"a", "b", "c"})), "'a', 'b' or 'c'");
}
