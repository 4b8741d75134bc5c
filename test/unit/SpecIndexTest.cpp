//===--- SpecIndexTest.cpp - Tests for lib/support/SpecIndex --------------===//

#include "lib/support/SpecIndex.h"
#include "ASTTestSupport.h"

using namespace clang;
using namespace wirecheck;
using wirecheck::testing::TestAST;

static FunctionSpec spec(llvm::StringRef Text) {
  std::vector<OptionError> Errors;
  std::vector<FunctionSpec> Specs = parseFunctionSpecs("Opt", Text, 2, Errors);
  EXPECT_TRUE(Errors.empty() && Specs.size() == 1) << Text.str();
  return Specs.empty() ? FunctionSpec() : Specs.front();
}

static constexpr char Code[] = R"cpp(
void two(int a, int b);
void cvar(const char *f, ...);
template <class... Ts> void pack(Ts... ts);
)cpp";

TEST(SpecIndexTest, AnIndexPastTheParametersIsReportedOncePerFunction) {
  TestAST AST(Code, /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  const auto *Two = AST.decl<FunctionDecl>("two");
  ASSERT_TRUE(Two);
  FunctionSpec InRange = spec("two:1"), Past = spec("two:2"),
               PastSecond = spec("two:0:5"), NoIndex = spec("two");
  SpecIndexCheck Check;
  EXPECT_TRUE(Check.fits(*Two, InRange, "Opt"));
  EXPECT_TRUE(Check.fits(*Two, NoIndex, "Opt"));
  EXPECT_FALSE(Check.fits(*Two, Past, "Opt"));
  EXPECT_FALSE(Check.fits(*Two, Past, "Opt"));
  EXPECT_FALSE(Check.fits(*Two, PastSecond, "Opt"));
  std::vector<OptionError> Problems = Check.takeProblems();
  ASSERT_EQ(Problems.size(), 2u);
  EXPECT_EQ(Problems[0].Option, "Opt");
  EXPECT_EQ(Problems[0].Value, "two:2");
  EXPECT_EQ(Problems[0].Message,
            "argument index 2 is past the last parameter of 'two', which "
            "takes 2; the entry does not apply to it");
  EXPECT_EQ(Problems[1].Message.substr(0, 16), "argument index 5");
  EXPECT_TRUE(Check.takeProblems().empty());
}

TEST(SpecIndexTest, VariadicFunctionsTakeAnyIndex) {
  TestAST AST(Code, /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  const auto *CVar = AST.decl<FunctionDecl>("cvar");
  const auto *Pack = AST.decl<FunctionTemplateDecl>("pack");
  ASSERT_TRUE(CVar && Pack);
  SpecIndexCheck Check;
  EXPECT_TRUE(Check.fits(*CVar, spec("cvar:9"), "Opt"));
  EXPECT_TRUE(Check.fits(*Pack->getTemplatedDecl(), spec("pack:9"), "Opt"));
  EXPECT_TRUE(Check.takeProblems().empty());
}
