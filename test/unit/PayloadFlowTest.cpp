//===--- PayloadFlowTest.cpp - Tests for PayloadFlow ----------------------===//
//
// Builds small translation units from code, feeds them to PayloadFlow the
// way wire-unwrapped-payload does (every call and construction, every
// function definition) with `send` as the payload sink and `wrap` as the
// required wrapper, and looks at the findings.
//
//===----------------------------------------------------------------------===//

#include "lib/payload/PayloadFlow.h"
#include "lib/support/OptionLists.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;

namespace {

const char *Prelude = R"(
struct Buf { Buf(); Buf(const char *); };
Buf wrap(int);
void send(const Buf &);
int mayThrow();
bool cond();
)";

/// Feeds calls and functions to the flow, as the check does.
class Collector : public MatchFinder::MatchCallback {
public:
  explicit Collector(PayloadFlow &Flow) : Flow(Flow) {}
  void run(const MatchFinder::MatchResult &Result) override {
    if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function"))
      Flow.addFunction(*FD);
    else if (const auto *E = Result.Nodes.getNodeAs<Expr>("call"))
      Flow.addCall(*E);
  }

private:
  PayloadFlow &Flow;
};

/// A finding, reduced to lines and kinds.
struct Found {
  unsigned Line;
  bool Direct;
  std::vector<std::pair<unsigned, PayloadNoteKind>> Notes;
  std::vector<std::string> Chain; ///< "function:parameter" per step.
};

class Flowed {
public:
  explicit Flowed(llvm::StringRef Code) {
    AST = tooling::buildASTFromCodeWithArgs(
        std::string(Prelude) + Code.str(),
        {"-std=c++17", "-fcxx-exceptions", "-fexceptions"}, "input.cc");
    EXPECT_TRUE(AST && !AST->getDiagnostics().hasErrorOccurred());
    ASTContext &Ctx = AST->getASTContext();
    std::vector<OptionError> Errors;
    auto Sinks = parseFunctionSpecs("PayloadSinks", "send", 1, Errors);
    auto Wrappers = parseNameList("RequiredWrapper", "wrap", Errors);
    EXPECT_TRUE(Errors.empty());
    PayloadFlow Flow(Ctx, Sinks, Wrappers);
    Collector C(Flow);
    MatchFinder Finder;
    Finder.addMatcher(callExpr().bind("call"), &C);
    Finder.addMatcher(cxxConstructExpr().bind("call"), &C);
    Finder.addMatcher(functionDecl(isDefinition()).bind("function"), &C);
    Finder.matchAST(Ctx);
    Flow.run([&](const PayloadFinding &F) { Findings.push_back(reduce(F)); });
  }

  /// The line of \p Loc, counted in the code after the prelude.
  unsigned line(SourceLocation Loc) const {
    const SourceManager &SM = AST->getSourceManager();
    return SM.getPresumedLineNumber(SM.getFileLoc(Loc)) - PreludeLines;
  }

  Found reduce(const PayloadFinding &F) const {
    Found R{line(F.Arg->getBeginLoc()), F.Direct, {}, {}};
    for (const PayloadNote &N : F.Notes)
      R.Notes.push_back({line(N.Loc), N.Kind});
    for (const PayloadStep &S : F.Chain)
      R.Chain.push_back(S.Function->getNameAsString() + ":" +
                        S.Param->getNameAsString());
    return R;
  }

  std::unique_ptr<ASTUnit> AST;
  std::vector<Found> Findings;
  const unsigned PreludeLines = llvm::StringRef(Prelude).count('\n');
};

TEST(PayloadFlowTest, WrappedOnAllPathsIsAccepted) {
  Flowed F(R"(
void f(int k) {
  Buf b;
  if (cond()) b = wrap(1); else b = wrap(2);
  switch (k) { case 0: b = wrap(3); break; default: break; }
  send(b);
  send(cond() ? wrap(4) : wrap(5));
  for (int i = 0; i < k; ++i) { Buf c = wrap(i); send(c); }
})");
  EXPECT_TRUE(F.Findings.empty());
}

TEST(PayloadFlowTest, DirectRawValue) {
  Flowed F(R"(
void f() {
  send("raw");
  send(wrap(1));
})");
  ASSERT_EQ(F.Findings.size(), 1u);
  EXPECT_EQ(F.Findings[0].Line, 3u);
  EXPECT_TRUE(F.Findings[0].Direct);
  EXPECT_TRUE(F.Findings[0].Notes.empty());
}

TEST(PayloadFlowTest, UnwrappedOnTheCatchPath) {
  Flowed F(R"(
void f() {
  Buf reply = "error";
  try {
    reply = wrap(mayThrow());
  } catch (...) {
  }
  send(reply);
})");
  ASSERT_EQ(F.Findings.size(), 1u);
  EXPECT_EQ(F.Findings[0].Line, 8u);
  EXPECT_FALSE(F.Findings[0].Direct);
  using P = std::pair<unsigned, PayloadNoteKind>;
  EXPECT_EQ(F.Findings[0].Notes,
            std::vector<P>({{3, PayloadNoteKind::Initialization}}));
}

TEST(PayloadFlowTest, WrappedInTheHandlerToo) {
  Flowed F(R"(
void f() {
  Buf reply;
  try {
    reply = wrap(mayThrow());
  } catch (...) {
    reply = wrap(0);
  }
  send(reply);
})");
  EXPECT_TRUE(F.Findings.empty());
}

TEST(PayloadFlowTest, UnwrappedOnOneBranch) {
  Flowed F(R"(
void f() {
  Buf b = wrap(1);
  if (cond())
    b = "raw";
  send(b);
})");
  ASSERT_EQ(F.Findings.size(), 1u);
  using P = std::pair<unsigned, PayloadNoteKind>;
  EXPECT_EQ(F.Findings[0].Notes,
            std::vector<P>({{5, PayloadNoteKind::Assignment}}));
}

TEST(PayloadFlowTest, WritesThroughAReferenceAlias) {
  Flowed F(R"(
void f() {
  Buf b = wrap(1);
  Buf &a = b;
  Buf &aa = a;
  if (cond())
    aa = "raw";
  send(b);
  b = wrap(2);
  send(a);
})");
  ASSERT_EQ(F.Findings.size(), 1u);
  EXPECT_EQ(F.Findings[0].Line, 8u);
  using P = std::pair<unsigned, PayloadNoteKind>;
  EXPECT_EQ(F.Findings[0].Notes,
            std::vector<P>({{7, PayloadNoteKind::Assignment}}));
}

TEST(PayloadFlowTest, ParameterMakesTheFunctionASinkForItsCallers) {
  Flowed F(R"(
void forward(const Buf &p) { send(p); }
void relay(const Buf &q) { forward(q); }
void f() {
  relay("raw");
  relay(wrap(1));
  forward(wrap(2));
})");
  ASSERT_EQ(F.Findings.size(), 1u);
  EXPECT_EQ(F.Findings[0].Line, 5u);
  EXPECT_TRUE(F.Findings[0].Direct);
  EXPECT_EQ(F.Findings[0].Chain,
            std::vector<std::string>({"relay:q", "forward:p"}));
}

TEST(PayloadFlowTest, UncalledForwarderIsNotReported) {
  Flowed F("void forward(const Buf &p) { send(p); }");
  EXPECT_TRUE(F.Findings.empty());
}

TEST(PayloadFlowTest, SummaryOfAFunctionOfTheTU) {
  Flowed F(R"(
Buf good() { return wrap(1); }
Buf bad(bool c) { if (c) return wrap(1); return "raw"; }
void f() {
  send(good());
  send(bad(true));
})");
  ASSERT_EQ(F.Findings.size(), 1u);
  EXPECT_EQ(F.Findings[0].Line, 6u);
  using P = std::pair<unsigned, PayloadNoteKind>;
  EXPECT_EQ(F.Findings[0].Notes,
            std::vector<P>({{3, PayloadNoteKind::Return}}));
}

} // namespace
