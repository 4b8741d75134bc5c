//===--- ExpectedFailuresTest.cpp - Calls that expect an error status -----===//

#include "lib/routes/ExpectedFailures.h"
#include "gtest/gtest.h"

using namespace wirecheck;

namespace {

/// Asks about the first `@` of \p Code, removed.
bool expects(std::string Code) {
  size_t At = Code.find('@');
  Code.erase(At, 1);
  return expectsClientError(Code, At);
}

TEST(ExpectedFailuresTest, StatusInTheStatementOrTheNextThree) {
  EXPECT_TRUE(
      expects("{ auto r = c.Get(@\"/x\"); EXPECT_EQ(r->status, 404); }"));
  EXPECT_TRUE(expects("{ EXPECT_EQ(405, c.Get(@\"/x\")->status); }"));
  EXPECT_TRUE(expects("{ c.Get(@\"/a\"); c.Get(\"/b\"); a = 1; "
                      "ASSERT_EQ(count_not_found, 2); }"));
  EXPECT_TRUE(expects("{ r = c.Get(@\"/x\"); "
                      "EXPECT_EQ(r->status, StatusCode::NotFound_404); }"));
  EXPECT_TRUE(expects("{ r = c.Post(@\"/x\"); "
                      "EXPECT_EQ(r.code, Http::Code::Method_Not_Allowed); }"));
}

TEST(ExpectedFailuresTest, ClientSideErrors) {
  EXPECT_TRUE(expects("{ auto r = c.Get(@\"/a\\r\\nX: y\"); EXPECT_FALSE(r); "
                      "EXPECT_EQ(Error::Write, r.error()); }"));
  EXPECT_FALSE(expects("{ auto r = c.Get(@\"/a\"); "
                       "EXPECT_EQ(Error::Success, r.error()); }"));
  EXPECT_FALSE(
      expects("{ auto r = c.Get(@\"/a\"); "
              "ASSERT_TRUE(r) << \"Error: \" << to_string(r.error()); }"));
}

TEST(ExpectedFailuresTest, NotBeyondThreeStatementsNorTheBlock) {
  EXPECT_FALSE(expects("{ c.Get(@\"/x\"); a = 1; b = 2; d = 3; "
                       "EXPECT_EQ(r->status, 404); }"));
  EXPECT_FALSE(expects("{ { c.Get(@\"/x\"); } EXPECT_EQ(r->status, 404); }"));
  EXPECT_FALSE(expects("{ EXPECT_EQ(r->status, 404); } { c.Get(@\"/x\"); }"));
}

TEST(ExpectedFailuresTest, OnlyWholeTokensOutsideStrings) {
  EXPECT_FALSE(expects("{ c.Get(@\"/not_found\"); c.Get(\"/404\"); }"));
  EXPECT_FALSE(expects("{ r = c.Get(@\"/x\"); EXPECT_EQ(r->status, 4040); }"));
  EXPECT_FALSE(expects("{ r = c.Get(@\"/x\"); EXPECT_EQ(r->status, 200); }"));
  EXPECT_FALSE(expects("{ r = c.Get(@\"/x\"); found = true; }"));
  EXPECT_FALSE(expects("{ c.Get(@\"/x\");\n  // The route lacks it: a 404.\n"
                       "  c.Get(\"/y\"); /* 404; */ }"));
}

} // namespace

namespace {
bool expectsThrow(std::string Code) {
  size_t At = Code.find('@');
  Code.erase(At, 1);
  return expectsRegistrationFailure(Code, At);
}
} // namespace

TEST(ExpectedFailuresTest, RegistrationsExpectedToThrow) {
  EXPECT_TRUE(expectsThrow("try { CROW_ROUTE(app, @\"/\")([] { return 1; }); "
                           "app.validate(); FAIL_CHECK(); } catch (...) {}"));
  EXPECT_TRUE(expectsThrow("{ EXPECT_THROW(app.route(@\"/\"), Error); }"));
  EXPECT_TRUE(expectsThrow("{ REQUIRE_THROWS_AS(r.add(@\"/\"), E); }"));
  EXPECT_TRUE(expectsThrow("{ s.Get(@\"/\", h); ADD_FAILURE(); }"));
  // The handler's own `throw`, a comment or a string expects nothing.
  EXPECT_FALSE(expectsThrow(
      "{ a; // FAIL_CHECK\n CROW_ROUTE(app, @\"/\")([] { throw E(\"FAIL\"); "
      "}); }"));
  EXPECT_FALSE(expectsThrow("{ s.Get(@\"/\", h); } FAIL();"));
  // A test of its own in the next block is not about this one.
  EXPECT_FALSE(expectsThrow("{ s.Get(@\"/\", h); try { s.Get(\"/\", h); "
                            "FAIL_CHECK(); } catch (...) {} }"));
}
