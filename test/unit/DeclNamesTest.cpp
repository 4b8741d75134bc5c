//===--- DeclNamesTest.cpp - Tests for lib/support/DeclNames --------------===//

#include "lib/support/DeclNames.h"
#include "ASTTestSupport.h"
#include "lib/support/Compat.h"

using namespace clang;
using namespace wirecheck;
using wirecheck::testing::TestAST;

static QualifiedName name(llvm::StringRef Text) {
  std::optional<QualifiedName> N = QualifiedName::parse(Text);
  EXPECT_TRUE(N) << Text.str();
  return N.value_or(QualifiedName());
}

static constexpr char Code[] = R"cpp(
namespace app {
inline namespace v2 {
struct Logger { void log(int); };
}
namespace detail { void helper(); }
extern "C++" { void linked(); }
}
void log(int);
namespace std { namespace chrono { struct seconds {}; } }
namespace mystd { struct vector {}; }
)cpp";

TEST(DeclNamesTest, MatchesSuffixesAndAnchoredNames) {
  TestAST AST(Code, /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  const auto *Method = AST.decl<NamedDecl>("app::Logger::log");
  const auto *Free = AST.decl<NamedDecl>("::log");
  ASSERT_TRUE(Method && Free);
  // The inline namespace is skipped, as hasName does.
  EXPECT_TRUE(matchesName(*Method, name("app::Logger::log")));
  EXPECT_TRUE(matchesName(*Method, name("::app::Logger::log")));
  EXPECT_TRUE(matchesName(*Method, name("Logger::log")));
  EXPECT_TRUE(matchesName(*Method, name("log")));
  EXPECT_FALSE(matchesName(*Method, name("::Logger::log")));
  EXPECT_FALSE(matchesName(*Method, name("other::Logger::log")));
  EXPECT_TRUE(matchesName(*Free, name("::log")));
  EXPECT_FALSE(matchesName(*Free, name("app::log")));
  EXPECT_FALSE(matchesName(*Free, QualifiedName()));
  EXPECT_TRUE(matchesAnyName(*Free, {name("x"), name("log")}));
  EXPECT_FALSE(matchesAnyName(*Free, {}));
  // A linkage specification is not a scope.
  const auto *Linked = AST.decl<NamedDecl>("linked");
  ASSERT_TRUE(Linked);
  EXPECT_TRUE(matchesName(*Linked, name("::app::linked")));
}

TEST(DeclNamesTest, NamesNamespacesAndQualifiedNames) {
  TestAST AST(Code, /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  const auto *Helper = AST.decl<NamedDecl>("app::detail::helper");
  const auto *Method = AST.decl<NamedDecl>("app::Logger::log");
  const auto *Free = AST.decl<NamedDecl>("::log");
  ASSERT_TRUE(Helper && Method && Free);
  EXPECT_EQ(topLevelNamespace(*Helper), "app");
  EXPECT_EQ(topLevelNamespace(*Free), "");
  EXPECT_TRUE(isInNamespace(*Helper, "app"));
  EXPECT_FALSE(isInNamespace(*Helper, "detail"));
  EXPECT_EQ(plainQualifiedName(*Method), "app::Logger::log");
  EXPECT_EQ(plainQualifiedName(*Helper), "app::detail::helper");
  EXPECT_EQ(plainQualifiedName(*Free), "log");
}

TEST(DeclNamesTest, RecognisesStdNames) {
  TestAST AST("struct vector {};\n");
  ASSERT_TRUE(AST.valid());
  // std::vector lives in the inline namespace std::__1.
  const auto *StdVector = AST.decl<NamedDecl>("std::vector");
  const auto *Global = AST.decl<NamedDecl>("::vector");
  ASSERT_TRUE(StdVector && Global);
  EXPECT_TRUE(isStdName(StdVector, {"vector"}));
  EXPECT_TRUE(isStdName(StdVector, {"list", "vector"}));
  EXPECT_FALSE(isStdName(StdVector, {"list"}));
  EXPECT_FALSE(isStdName(StdVector, {}));
  EXPECT_FALSE(isStdName(Global, {"vector"}));
  EXPECT_FALSE(isStdName(nullptr, {"vector"}));

  TestAST Other(Code, /*WithStd=*/false);
  ASSERT_TRUE(Other.valid());
  // Nested namespaces of std count; a namespace merely named like it not.
  EXPECT_TRUE(
      isStdName(Other.decl<NamedDecl>("std::chrono::seconds"), {"seconds"}));
  EXPECT_FALSE(isStdName(Other.decl<NamedDecl>("mystd::vector"), {"vector"}));
}

TEST(CompatTest, CanonicalTagTypeIsTheTypeOfAVariable) {
  TestAST AST("struct S {}; S Value;\n", /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  const auto *S = AST.decl<TagDecl>("::S");
  ASSERT_TRUE(S);
  EXPECT_EQ(canonicalTagType(AST.ctx(), *S),
            AST.ctx().getCanonicalType(AST.typeOf("Value")));
}

TEST(CompatTest, SkipsSystemHeadersWhereSupported) {
  ast_matchers::MatchFinder::MatchFinderOptions Options;
  skipSystemHeaders(Options);
#if LLVM_VERSION_MAJOR >= 20
  EXPECT_TRUE(Options.IgnoreSystemHeaders);
#else
  SUCCEED();
#endif
}
