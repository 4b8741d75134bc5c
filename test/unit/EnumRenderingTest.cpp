//===--- EnumRenderingTest.cpp - Tests for the enum precision models -----===//
//
// lib/sinks/EnumRendering, PrintfFormat, SinkContext and TypeSpelling on
// small translation units.
//
//===----------------------------------------------------------------------===//

#include "lib/sinks/EnumRendering.h"
#include "ASTTestSupport.h"
#include "lib/sinks/PrintfFormat.h"
#include "lib/sinks/SinkContext.h"
#include "lib/sinks/TypeSpelling.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;
using wirecheck::testing::TestAST;

static constexpr char Code[] = R"cpp(
namespace std { inline namespace __1 {
template <class C> class basic_string { public: const C *c_str() const; };
using string = basic_string<char>;
template <class C> class basic_string_view {};
using string_view = basic_string_view<char>;
} }
extern "C" int printf(const char *, ...) __attribute__((format(printf, 1, 2)));

namespace model {
enum class Phase { Idle, Busy };
std::string to_string(Phase);
enum Color { Red };
const char *ColorToString(Color);
enum class Mode { Fast };
std::string_view mode_to_string(Mode);
enum class Odd { X };
int to_string(Odd);
}
enum class Loose { A };
namespace app {
std::string to_string(Loose);
void user(Loose l) { (void)l; }
}

const char *label(model::Color);
void named(model::Color c, int n) {
  printf("%d (%s)\n", c, label(c));
  printf("HTTP/1.1 %-5d %s\n", c, "OK");
  printf("%*d", n, c);
}

void unknown(model::Phase p, model::Phase q) {
  switch (p) {
  case model::Phase::Idle:
    to_string(p);
    break;
  default:
    to_string(p);
    to_string(q);
  }
  switch (q) {
  case model::Phase::Idle:
    return;
  case model::Phase::Busy:
    return;
  }
  to_string(q);
}
)cpp";

class EnumRenderingTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(AST.valid()); }
  const EnumDecl &enumNamed(llvm::StringRef Name) {
    const auto *D = AST.decl<EnumDecl>(Name);
    EXPECT_TRUE(D) << Name.str();
    return *D;
  }
  /// The calls to \p Callee, in source order.
  llvm::SmallVector<const CallExpr *, 4> callsTo(llvm::StringRef Callee) {
    llvm::SmallVector<const CallExpr *, 4> Out;
    for (const BoundNodes &N :
         match(callExpr(callee(functionDecl(hasName(Callee)))).bind("n"),
               AST.ctx()))
      Out.push_back(N.getNodeAs<CallExpr>("n"));
    const SourceManager &SM = AST.ctx().getSourceManager();
    llvm::sort(Out, [&](const CallExpr *A, const CallExpr *B) {
      return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
    });
    return Out;
  }
  std::string text(CharSourceRange R) {
    return Lexer::getSourceText(R, AST.ctx().getSourceManager(),
                                AST.ctx().getLangOpts())
        .str();
  }
  TestAST AST{Code, /*WithStd=*/false};
};

TEST_F(EnumRenderingTest, FindsNamersByConventionalNames) {
  const FunctionDecl *Phase = findEnumNamer(enumNamed("model::Phase"), nullptr);
  ASSERT_TRUE(Phase);
  EXPECT_EQ(Phase->getName(), "to_string");
  EXPECT_EQ(stringKind(Phase->getReturnType()), StringKind::StdString);
  const FunctionDecl *Color = findEnumNamer(enumNamed("model::Color"), nullptr);
  ASSERT_TRUE(Color);
  EXPECT_EQ(stringKind(Color->getReturnType()), StringKind::CString);
  const FunctionDecl *Mode = findEnumNamer(enumNamed("model::Mode"), nullptr);
  ASSERT_TRUE(Mode);
  EXPECT_EQ(stringKind(Mode->getReturnType()), StringKind::View);
  // Returns an int: not a rendering.
  EXPECT_FALSE(findEnumNamer(enumNamed("model::Odd"), nullptr));
}

TEST_F(EnumRenderingTest, NamerAroundTheUseCountsOnlyThere) {
  const EnumDecl &Loose = enumNamed("Loose");
  EXPECT_FALSE(findEnumNamer(Loose, nullptr));
  const auto *User = AST.decl<FunctionDecl>("app::user");
  ASSERT_TRUE(User);
  EXPECT_TRUE(findEnumNamer(Loose, User));
}

TEST_F(EnumRenderingTest, NamedNamerFollowsTheOption) {
  auto Name = QualifiedName::parse("model::to_string");
  ASSERT_TRUE(Name);
  EXPECT_TRUE(findNamedEnumNamer(enumNamed("model::Phase"), *Name));
  EXPECT_FALSE(findNamedEnumNamer(enumNamed("model::Color"), *Name));
}

TEST_F(EnumRenderingTest, PrintfConversionsAndProtocolLines) {
  llvm::SmallVector<const CallExpr *, 4> Calls = callsTo("printf");
  ASSERT_EQ(Calls.size(), 3u);

  std::optional<PrintfArgFormat> Named =
      analyzePrintfArg(*Calls[0], *Calls[0]->getArg(1), AST.ctx());
  ASSERT_TRUE(Named);
  EXPECT_TRUE(Named->IntegerConversion);
  EXPECT_EQ(Named->OtherIntegerConversions, 0u);
  EXPECT_FALSE(Named->LiteralHasDigits);
  EXPECT_EQ(text(Named->Spec), "%d");
  EXPECT_EQ(Named->StringSpec, "%s");
  // The name printed alongside.
  EXPECT_TRUE(namesValue(*Calls[0]->getArg(2), *Calls[0]->getArg(1)));
  EXPECT_FALSE(namesValue(*Calls[0]->getArg(0), *Calls[0]->getArg(1)));

  std::optional<PrintfArgFormat> Status =
      analyzePrintfArg(*Calls[1], *Calls[1]->getArg(1), AST.ctx());
  ASSERT_TRUE(Status);
  EXPECT_TRUE(Status->LiteralHasDigits);
  EXPECT_EQ(text(Status->Spec), "%-5d");
  EXPECT_EQ(Status->StringSpec, "%-5s");

  // A `*` width: the conversion cannot be rewritten exactly.
  std::optional<PrintfArgFormat> Star =
      analyzePrintfArg(*Calls[2], *Calls[2]->getArg(2), AST.ctx());
  ASSERT_TRUE(Star);
  EXPECT_TRUE(Star->Spec.isInvalid());
}

TEST_F(EnumRenderingTest, UnknownValuePaths) {
  // to_string(p) in `case Idle`, in `default:`; to_string(q) in `default:`
  // of the switch over p; to_string(q) after the returning switch over q.
  llvm::SmallVector<const CallExpr *, 4> Calls = callsTo("model::to_string");
  ASSERT_EQ(Calls.size(), 4u);
  auto OnPath = [&](const CallExpr *C) {
    return isOnUnknownValuePath(*C, *C->getArg(0), AST.ctx());
  };
  EXPECT_FALSE(OnPath(Calls[0]));
  EXPECT_TRUE(OnPath(Calls[1]));
  EXPECT_FALSE(OnPath(Calls[2])); // A switch over another value.
  EXPECT_TRUE(OnPath(Calls[3]));
}

TEST(TypeSpellingTest, DesugarsLibraryInternals) {
  TestAST AST(R"cpp(
namespace std {
template <class T> struct __strip { using __type = T; };
template <class... T> struct tuple {};
template <class... T> tuple<typename __strip<T>::__type...> make_tuple(T...);
}
enum class Phase { A };
struct Written { std::tuple<int, Phase> t; };
auto made = std::make_tuple(1, Phase::A);
)cpp",
              /*WithStd=*/false);
  ASSERT_TRUE(AST.valid());
  EXPECT_EQ(userTypeName(AST.typeOf("Written::t"), AST.ctx()),
            "std::tuple<int, Phase>");
  const auto *Made = AST.decl<VarDecl>("made");
  ASSERT_TRUE(Made && Made->getInit());
  EXPECT_EQ(userTypeName(Made->getInit()->getType(), AST.ctx()),
            "std::tuple<int, Phase>");
}
