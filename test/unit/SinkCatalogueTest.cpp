//===--- SinkCatalogueTest.cpp - Tests for lib/sinks/SinkCatalogue --------===//

#include "lib/sinks/SinkCatalogue.h"
#include "ASTTestSupport.h"
#include "lib/support/OptionLists.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;
using wirecheck::testing::TestAST;

/// Libraries as the catalogue sees them, and a project that calls them.
static constexpr char Code[] = R"cpp(
namespace fmt { template <class... T> int format(const char *, T &&...); }
namespace nlohmann {
class basic_json {
public:
  enum class value_t { null };
  basic_json(value_t);
  template <class T> basic_json(const T &);
  basic_json(const basic_json &);
};
}
namespace app {
void log(int level, int a, int b);
void put(int a);
__attribute__((format(printf, 1, 2))) void say(const char *, ...);
template <class T> std::ostream &operator<<(std::ostream &, const T &);
void plain(int a, int b = 0);
struct Point { int X; };
}
enum Color { Red };

void use(Color c, std::ostream &os, app::Point p, nlohmann::basic_json j) {
  fmt::format("{}", c, 1);
  nlohmann::basic_json fromEnum(c);
  nlohmann::basic_json byDesign(nlohmann::basic_json::value_t::null);
  nlohmann::basic_json copy(j);
  app::log(1, 2, 3);
  app::put(4);
  app::say("%d", c);
  os << 5;
  os << "text";
  os << p;
  app::plain(6);
}
)cpp";

class SinkCatalogueTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(AST.valid()); }

  static std::vector<FunctionSpec> specs(llvm::StringRef Option,
                                         llvm::StringRef Text) {
    std::vector<OptionError> Errors;
    std::vector<FunctionSpec> Result =
        parseFunctionSpecs(Option, Text, 1, Errors);
    EXPECT_TRUE(Errors.empty());
    return Result;
  }

  /// The written arguments of \p E, as their integer literal values (-1 for
  /// anything else).
  std::vector<int> written(const Expr &E, SinkFamily *Family = nullptr) {
    llvm::SmallVector<SinkArg, 4> Args;
    Catalogue.collectSinkArgs(E, Args);
    std::vector<int> Values;
    for (const SinkArg &A : Args) {
      if (Family)
        *Family = A.Family;
      Expr::EvalResult R;
      const Expr *Arg = A.Arg->IgnoreImplicit();
      Values.push_back(!isa<DeclRefExpr>(Arg) &&
                               Arg->EvaluateAsInt(R, AST.ctx())
                           ? static_cast<int>(R.Val.getInt().getExtValue())
                           : -1);
    }
    return Values;
  }

  /// `os << 5`. (hasName does not see through the specialization
  /// basic_ostream<char>; the catalogue's own name matching does.)
  const CXXOperatorCallExpr *memberInserterCall() {
    return AST.first<CXXOperatorCallExpr>(
        cxxOperatorCallExpr(callee(cxxMethodDecl(hasName("operator<<")))));
  }

  const CXXConstructExpr *construction(llvm::StringRef Var) {
    const auto *V = AST.decl<VarDecl>(Var);
    return V ? dyn_cast_or_null<CXXConstructExpr>(V->getInit()) : nullptr;
  }

  TestAST AST{Code};
  SinkCatalogue Catalogue{specs("LogSinks", "app::log:1"),
                          specs("JsonSinks", "::app::put")};
};

TEST_F(SinkCatalogueTest, GenericLibrarySinksWriteTheirTemplateArguments) {
  const CallExpr *Format = AST.callTo("fmt::format");
  ASSERT_TRUE(Format);
  SinkFamily Family = SinkFamily::Printf;
  // The format string is not a template parameter; the pack is.
  EXPECT_EQ(written(*Format, &Family), (std::vector<int>{-1, 1}));
  EXPECT_EQ(Family, SinkFamily::Fmt);
  EXPECT_TRUE(Catalogue.isSink(*Format->getDirectCallee()));
}

TEST_F(SinkCatalogueTest, ConvertingConstructorsAreSinksCopiesAreNot) {
  const CXXConstructExpr *FromEnum = construction("fromEnum");
  const CXXConstructExpr *ByDesign = construction("byDesign");
  const CXXConstructExpr *Copy = construction("copy");
  ASSERT_TRUE(FromEnum && ByDesign && Copy);
  SinkFamily Family = SinkFamily::Printf;
  EXPECT_EQ(written(*FromEnum, &Family), (std::vector<int>{-1}));
  EXPECT_EQ(Family, SinkFamily::NlohmannJson);
  // basic_json(value_t) takes the enum by design: not a template parameter.
  EXPECT_TRUE(written(*ByDesign).empty());
  EXPECT_TRUE(written(*Copy).empty());
  EXPECT_FALSE(Catalogue.isSink(*Copy->getConstructor()));
}

TEST_F(SinkCatalogueTest, ProjectSinksStartAtTheirIndex) {
  const CallExpr *Log = AST.callTo("app::log");
  const CallExpr *Put = AST.callTo("app::put");
  const CallExpr *Plain = AST.callTo("app::plain");
  ASSERT_TRUE(Log && Put && Plain);
  SinkFamily Family = SinkFamily::Printf;
  EXPECT_EQ(written(*Log, &Family), (std::vector<int>{2, 3}));
  EXPECT_EQ(Family, SinkFamily::ProjectLog);
  EXPECT_EQ(written(*Put, &Family), (std::vector<int>{4}));
  EXPECT_EQ(Family, SinkFamily::ProjectJson);
  EXPECT_TRUE(written(*Plain).empty());
  EXPECT_FALSE(Catalogue.isSink(*Plain->getDirectCallee()));
}

TEST_F(SinkCatalogueTest, PrintfFormatAttributeMakesAVariadicSink) {
  const CallExpr *Say = AST.callTo("app::say");
  ASSERT_TRUE(Say);
  SinkFamily Family = SinkFamily::Fmt;
  EXPECT_EQ(written(*Say, &Family), (std::vector<int>{-1}));
  EXPECT_EQ(Family, SinkFamily::Printf);
}

TEST_F(SinkCatalogueTest, StreamInsertersWriteTheValueNotTheStream) {
  // `os << 5`: the member inserter; the stream is the object argument.
  const auto *Member = memberInserterCall();
  ASSERT_TRUE(Member);
  SinkFamily Family = SinkFamily::Fmt;
  EXPECT_EQ(written(*Member, &Family), (std::vector<int>{5}));
  EXPECT_EQ(Family, SinkFamily::Ostream);
  // `os << "text"`: the free std::operator<< writes parameter 1.
  const auto *Free = AST.first<CXXOperatorCallExpr>(
      cxxOperatorCallExpr(callee(functionDecl(hasName("std::operator<<")))));
  ASSERT_TRUE(Free);
  EXPECT_EQ(written(*Free).size(), 1u);
}

TEST_F(SinkCatalogueTest, ProjectInsertersOnlyWhenEnabled) {
  const auto *CatchAll = AST.first<CXXOperatorCallExpr>(
      cxxOperatorCallExpr(callee(functionDecl(hasName("app::operator<<")))));
  ASSERT_TRUE(CatchAll);
  EXPECT_TRUE(written(*CatchAll).empty());
  Catalogue.setProjectInserters(true);
  SinkFamily Family = SinkFamily::Fmt;
  EXPECT_EQ(written(*CatchAll, &Family), (std::vector<int>{-1}));
  EXPECT_EQ(Family, SinkFamily::Ostream);
}

TEST_F(SinkCatalogueTest, MapsParametersToArguments) {
  const auto *Member = memberInserterCall();
  const CallExpr *Plain = AST.callTo("app::plain");
  ASSERT_TRUE(Member && Plain);
  const FunctionDecl *Inserter = calleeOf(*Member);
  ASSERT_TRUE(Inserter);
  // Parameter 0 of a member operator is argument 1 of the call.
  EXPECT_EQ(argumentForParam(*Member, *Inserter, 0), Member->getArg(1));
  EXPECT_EQ(argumentForParam(*Member, *Inserter, 1), nullptr);
  // A defaulted argument stands for no written value.
  const FunctionDecl *PlainFn = calleeOf(*Plain);
  EXPECT_EQ(argumentForParam(*Plain, *PlainFn, 0), Plain->getArg(0));
  EXPECT_EQ(argumentForParam(*Plain, *PlainFn, 1), nullptr);
  EXPECT_EQ(callArguments(*Plain).size(), 2u);
}

TEST(LibraryNamespacesTest, KnowsTheLibrariesNotTheProject) {
  TestAST AST(R"cpp(
namespace fmt { namespace detail { void helper(); } }
namespace app { void helper(); }
void helper();
)cpp");
  ASSERT_TRUE(AST.valid());
  EXPECT_TRUE(isInLibraryNamespace(*AST.decl("fmt::detail::helper")));
  EXPECT_TRUE(isInLibraryNamespace(*AST.decl("std::vector")));
  EXPECT_FALSE(isInLibraryNamespace(*AST.decl("app::helper")));
  EXPECT_FALSE(isInLibraryNamespace(*AST.decl("::helper")));
}

TEST(SinkCatalogueIndexTest, IndexPastTheParametersIsReportedOnce) {
  TestAST AST(R"cpp(
namespace app {
void log(int Level, int Value);
void logf(const char *Format, ...);
}
void use() { app::log(1, 2); app::log(3, 4); app::logf("", 5); }
)cpp");
  ASSERT_TRUE(AST.valid());
  std::vector<OptionError> Errors;
  SinkCatalogue Catalogue(
      parseFunctionSpecs("LogSinks", "app::log:2;app::logf:3", 1, Errors), {});
  ASSERT_TRUE(Errors.empty());
  const CallExpr *Log = AST.callTo("app::log");
  const CallExpr *Logf = AST.callTo("app::logf");
  ASSERT_TRUE(Log && Logf);
  EXPECT_FALSE(Catalogue.isSink(*Log->getDirectCallee()));
  EXPECT_TRUE(Catalogue.isSink(*Logf->getDirectCallee()));
  Catalogue.clearCache();
  EXPECT_FALSE(Catalogue.isSink(*Log->getDirectCallee()));
  std::vector<OptionError> Problems = Catalogue.takeProblems();
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Option, "LogSinks");
  EXPECT_EQ(Problems[0].Value, "app::log:2");
  EXPECT_NE(Problems[0].Message.find("'app::log', which takes 2"),
            std::string::npos);
  EXPECT_TRUE(Catalogue.takeProblems().empty());
}
