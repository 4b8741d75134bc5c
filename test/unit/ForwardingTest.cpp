//===--- ForwardingTest.cpp - Tests for ForwardingGraph -------------------===//

#include "lib/sinks/Forwarding.h"
#include "lib/sinks/SinkCatalogue.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;

namespace {

TEST(ForwardingTest, MarkingVisitsTheArgumentsOfRecordedCallsOnce) {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      R"(
        void fwd(int a, int b = 0);
        void fwd(int a, int b) {}
        struct S { S(int v); };
        void f() { fwd(1, 2); fwd(3); S s(4); }
      )",
      {"-std=c++17"}, "input.cc");
  ASSERT_TRUE(AST);
  ASTContext &Ctx = AST->getASTContext();
  ForwardingGraph Graph;
  auto Calls =
      match(expr(anyOf(callExpr(), cxxConstructExpr())).bind("c"), Ctx);
  for (const BoundNodes &N : Calls) {
    const auto *E = N.getNodeAs<Expr>("c");
    if (const FunctionDecl *Callee = calleeOf(*E))
      Graph.addCall(*E, *Callee);
  }
  const auto *Fwd = selectFirst<FunctionDecl>(
      "f", match(functionDecl(hasName("fwd"), isDefinition()).bind("f"), Ctx));
  const auto *Ctor = selectFirst<FunctionDecl>(
      "f", match(cxxConstructorDecl(ofClass(hasName("S"))).bind("f"), Ctx));
  ASSERT_TRUE(Fwd && Ctor);

  auto Values = [&](const FunctionDecl &F, unsigned Param, bool &New) {
    std::vector<int64_t> Out;
    New = Graph.markForwarding(F, Param, [&](const Expr &, const Expr &Arg) {
      Expr::EvalResult R;
      EXPECT_TRUE(Arg.EvaluateAsInt(R, Ctx));
      Out.push_back(R.Val.getInt().getExtValue());
    });
    return Out;
  };
  bool New = false;
  // Calls through the first declaration count for the definition too.
  EXPECT_EQ(Values(*Fwd, 0, New), std::vector<int64_t>({1, 3}));
  EXPECT_TRUE(New);
  // A default argument is not an argument the caller supplied.
  EXPECT_EQ(Values(*Fwd, 1, New), std::vector<int64_t>({2}));
  EXPECT_TRUE(New);
  // Marked already: nothing new.
  EXPECT_TRUE(Values(*Fwd, 0, New).empty());
  EXPECT_FALSE(New);
  EXPECT_EQ(Values(*Ctor, 0, New), std::vector<int64_t>({4}));
  Graph.clear();
  EXPECT_TRUE(Values(*Ctor, 0, New).empty());
  EXPECT_TRUE(New);
}

} // namespace
