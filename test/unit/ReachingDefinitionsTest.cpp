//===--- ReachingDefinitionsTest.cpp - Tests for ReachingDefinitions ------===//
//
// Builds small functions from code and asks which definitions of a local
// variable reach the argument of a call to `use`, with a finder that knows
// only initialisations and plain assignments of integer literals.
//
//===----------------------------------------------------------------------===//

#include "lib/flow/ReachingDefinitions.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;

namespace {

/// Labels the test's finder gives.
enum : unsigned { Init = 1, Assign = 2 };

/// Records `T x = v;` and `x = v;` for local variables and parameters.
void findDefinitions(const CFGElement &E, CFGPoint,
                     llvm::SmallVectorImpl<Definition> &Out) {
  std::optional<CFGStmt> CS = E.getAs<CFGStmt>();
  if (!CS)
    return;
  Definition D;
  if (const auto *DS = dyn_cast<DeclStmt>(CS->getStmt())) {
    for (const Decl *Decl : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(Decl)) {
        D.Var = VD;
        D.Value = VD->getInit();
        D.Label = Init;
        Out.push_back(D);
      }
    return;
  }
  const auto *BO = dyn_cast<BinaryOperator>(CS->getStmt());
  if (!BO || BO->getOpcode() != BO_Assign)
    return;
  const auto *Ref = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
  if (!Ref)
    return;
  D.Var = Ref->getDecl();
  D.Value = BO->getRHS();
  D.Label = Assign;
  Out.push_back(D);
}

/// One function of a parsed snippet, analysed.
class Analysed {
public:
  explicit Analysed(llvm::StringRef Code) {
    AST = tooling::buildASTFromCodeWithArgs(
        Code, {"-std=c++17", "-fcxx-exceptions", "-fexceptions"}, "input.cc");
    EXPECT_TRUE(AST && !AST->getDiagnostics().hasErrorOccurred());
    ASTContext &Ctx = AST->getASTContext();
    FD = selectFirst<FunctionDecl>(
        "f", match(functionDecl(hasName("f"), isDefinition()).bind("f"), Ctx));
    EXPECT_NE(FD, nullptr);
    Uses = match(callExpr(callee(functionDecl(hasName("use"))),
                          hasArgument(0, declRefExpr().bind("ref")))
                     .bind("use"),
                 Ctx);
    // In source order.
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::stable_sort(Uses, [&](const BoundNodes &A, const BoundNodes &B) {
      return SM.isBeforeInTranslationUnit(
          A.getNodeAs<CallExpr>("use")->getBeginLoc(),
          B.getNodeAs<CallExpr>("use")->getBeginLoc());
    });
    RD = std::make_unique<ReachingDefinitions>(*FD, FD->getBody(), Ctx,
                                               findDefinitions);
  }

  /// The values (integer literals, or -1 for the value on entry) of the
  /// definitions that reach the N-th call to `use`.
  std::vector<int64_t> reachingUse(unsigned N) const {
    std::vector<int64_t> Values;
    if (N >= Uses.size()) {
      ADD_FAILURE() << "no use #" << N;
      return Values;
    }
    const auto *Call = Uses[N].getNodeAs<CallExpr>("use");
    const auto *Ref = Uses[N].getNodeAs<DeclRefExpr>("ref");
    for (const Definition *D :
         RD->reaching(Ref->getDecl(), RD->pointOf(Call))) {
      if (D->Entry) {
        Values.push_back(-1);
        continue;
      }
      Expr::EvalResult R;
      EXPECT_TRUE(D->Value && D->Value->EvaluateAsInt(R, FD->getASTContext()));
      Values.push_back(R.Val.getInt().getExtValue());
    }
    llvm::sort(Values);
    return Values;
  }

  std::unique_ptr<ASTUnit> AST;
  const FunctionDecl *FD = nullptr;
  SmallVector<BoundNodes, 2> Uses;
  std::unique_ptr<ReachingDefinitions> RD;
};

using Values = std::vector<int64_t>;

const char *Prelude = "void use(int); bool cond(); void mayThrow();\n";

TEST(ReachingDefinitionsTest, AssignmentKillsTheInitialisation) {
  Analysed A(std::string(Prelude) + "void f() { int x = 1; x = 2; use(x); }");
  EXPECT_EQ(A.reachingUse(0), Values({2}));
}

TEST(ReachingDefinitionsTest, BothBranchesReachTheJoin) {
  Analysed A(std::string(Prelude) + R"(
    void f() {
      int x = 1;
      if (cond()) x = 2; else x = 3;
      use(x);
    })");
  EXPECT_EQ(A.reachingUse(0), Values({2, 3}));
}

TEST(ReachingDefinitionsTest, OneBranchLeavesTheInitialisation) {
  Analysed A(std::string(Prelude) + R"(
    void f() {
      int x = 1;
      if (cond()) x = 2;
      use(x);
      switch (x) { case 0: x = 4; break; default: return; }
      use(x);
    })");
  EXPECT_EQ(A.reachingUse(0), Values({1, 2}));
  // Only the `case 0` path reaches past the switch.
  EXPECT_EQ(A.reachingUse(1), Values({4}));
}

TEST(ReachingDefinitionsTest, ExceptionEdgeReachesTheHandler) {
  Analysed A(std::string(Prelude) + R"(
    void f() {
      int x = 1;
      try {
        mayThrow();
        x = 2;
      } catch (...) {
        use(x);
      }
      use(x);
    })");
  // The throwing call comes before the assignment: the handler sees only
  // the initialisation; after the try, both paths join.
  EXPECT_EQ(A.reachingUse(0), Values({1}));
  EXPECT_EQ(A.reachingUse(1), Values({1, 2}));
}

TEST(ReachingDefinitionsTest, LoopCarriesTheLastIteration) {
  Analysed A(std::string(Prelude) + R"(
    void f() {
      int x = 1;
      while (cond()) {
        use(x);
        x = 2;
      }
    })");
  EXPECT_EQ(A.reachingUse(0), Values({1, 2}));
}

TEST(ReachingDefinitionsTest, ParameterHasAValueOnEntry) {
  Analysed A(std::string(Prelude) + R"(
    void f(int p) {
      use(p);
      if (cond()) p = 2;
      use(p);
    })");
  EXPECT_EQ(A.reachingUse(0), Values({-1}));
  EXPECT_EQ(A.reachingUse(1), Values({-1, 2}));
}

TEST(ReachingDefinitionsTest, UnreachableCodeAndAnywhere) {
  Analysed A(std::string(Prelude) + R"(
    void f(int p) {
      p = 3;
      return;
      use(p);
    })");
  const auto *Call = A.Uses[0].getNodeAs<CallExpr>("use");
  const auto *P = A.Uses[0].getNodeAs<DeclRefExpr>("ref")->getDecl();
  EXPECT_TRUE(A.RD->contains(Call));
  EXPECT_FALSE(A.RD->isReachable(A.RD->pointOf(Call)));
  EXPECT_TRUE(A.RD->reaching(P, A.RD->pointOf(Call)).empty());
  // Flow-insensitive: every definition, the one on entry last.
  auto All = A.RD->reaching(P, CFGPoint());
  ASSERT_EQ(All.size(), 2u);
  EXPECT_EQ(All[0]->Label, Assign);
  EXPECT_TRUE(All[1]->Entry);
  EXPECT_TRUE(A.RD->defines(P));
}

TEST(ReachingDefinitionsTest, StatementsOutsideTheFunction) {
  Analysed A(std::string(Prelude) +
             "void g(int y) { use(y); }\nvoid f() { int x = 1; use(x); }");
  // Uses[0] is in g: not an element of f's CFG.
  const auto *Call = A.Uses[0].getNodeAs<CallExpr>("use");
  EXPECT_FALSE(A.RD->contains(Call));
  EXPECT_TRUE(A.RD->pointOf(Call).isAnywhere());
  EXPECT_EQ(A.reachingUse(1), Values({1}));
}

} // namespace
