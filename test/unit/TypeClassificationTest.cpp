//===--- TypeClassificationTest.cpp - Tests for TypeClassification ------===//

#include "lib/sinks/TypeClassification.h"
#include "ASTTestSupport.h"
#include "lib/support/DeclNames.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;
using wirecheck::testing::TestAST;

static constexpr char Code[] = R"cpp(
enum Color { Red };
struct Point { int X; };
struct [[clang::annotate("wire::integer")]] Tagged {};
namespace mylib { template <class T> class vector { public: T *Data; }; }
struct Session {
  operator bool() const;
  explicit operator int() const;
};
void takeBool(bool);

Color plainEnum;
std::vector<Color> enumVector;
std::map<int, std::optional<Color>> nestedEnum;
std::byte rawByte;
mylib::vector<Color> foreignVector;
int number;

int *intPtr;
const char *text;
void *opaque;
void (*callback)();
std::shared_ptr<Point> shared;
std::unique_ptr<Point> unique;
Point value;
std::vector<Point *> pointVector;
std::pair<int, std::shared_ptr<Point>> pointPair;

void use(Session s) {
  takeBool(s);
  takeBool(static_cast<int>(s));
}
)cpp";

class TypeClassificationTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(AST.valid()); }

  /// The carried enum's name, "" for none, and whether it was in a
  /// container.
  std::pair<std::string, bool> carriedEnum(llvm::StringRef Var) {
    bool InContainer = true;
    const EnumDecl *ED = findCarriedEnum(AST.typeOf(Var), InContainer);
    return {ED ? plainQualifiedName(*ED) : "", InContainer};
  }

  std::pair<std::string, bool> carriedPoint(llvm::StringRef Var) {
    bool InContainer = true;
    const CXXRecordDecl *RD = findCarriedClass(
        AST.typeOf(Var),
        [](const CXXRecordDecl &RD) { return RD.getName() == "Point"; },
        InContainer);
    return {RD ? plainQualifiedName(*RD) : "", InContainer};
  }

  TestAST AST{Code};
};

TEST_F(TypeClassificationTest, FindsTheEnumAValueCarries) {
  using Found = std::pair<std::string, bool>;
  EXPECT_EQ(carriedEnum("plainEnum"), Found("Color", false));
  EXPECT_EQ(carriedEnum("enumVector"), Found("Color", true));
  EXPECT_EQ(carriedEnum("nestedEnum"), Found("Color", true));
  // std::byte is storage, not an enumeration of states.
  EXPECT_EQ(carriedEnum("rawByte"), Found("", false));
  // Only the standard library's wrappers are looked through.
  EXPECT_EQ(carriedEnum("foreignVector"), Found("", false));
  EXPECT_EQ(carriedEnum("number"), Found("", false));
}

TEST_F(TypeClassificationTest, KnowsTheStandardContainers) {
  EXPECT_TRUE(isStandardContainer(AST.typeOf("enumVector")));
  EXPECT_TRUE(isStandardContainer(AST.typeOf("nestedEnum")));
  EXPECT_TRUE(isStandardContainer(AST.typeOf("pointPair")));
  EXPECT_FALSE(isStandardContainer(AST.typeOf("foreignVector")));
  EXPECT_FALSE(isStandardContainer(AST.typeOf("shared")));
  EXPECT_FALSE(isStandardContainer(AST.typeOf("plainEnum")));
}

TEST_F(TypeClassificationTest, ClassifiesAddresses) {
  EXPECT_EQ(addressKind(AST.typeOf("intPtr")), AddressKind::RawPointer);
  EXPECT_EQ(addressKind(AST.typeOf("text")), AddressKind::None);
  EXPECT_EQ(addressKind(AST.typeOf("opaque")), AddressKind::None);
  EXPECT_EQ(addressKind(AST.typeOf("callback")), AddressKind::None);
  EXPECT_EQ(addressKind(AST.typeOf("shared")), AddressKind::SmartPointer);
  EXPECT_EQ(addressKind(AST.typeOf("unique")), AddressKind::SmartPointer);
  EXPECT_EQ(addressKind(AST.typeOf("value")), AddressKind::None);
}

TEST_F(TypeClassificationTest, KnowsCharacterTypes) {
  ASTContext &Ctx = AST.ctx();
  for (QualType T : {Ctx.CharTy, Ctx.SignedCharTy, Ctx.UnsignedCharTy,
                     Ctx.WCharTy, Ctx.Char8Ty, Ctx.Char16Ty, Ctx.Char32Ty})
    EXPECT_TRUE(isCharacterType(T.withConst())) << T.getAsString();
  EXPECT_FALSE(isCharacterType(Ctx.IntTy));
  EXPECT_FALSE(isCharacterType(Ctx.BoolTy));
}

TEST_F(TypeClassificationTest, FindsTheClassAValueCarries) {
  using Found = std::pair<std::string, bool>;
  EXPECT_EQ(carriedPoint("value"), Found("Point", false));
  EXPECT_EQ(carriedPoint("intPtr"), Found("", false));
  // Pointers and smart pointers are looked through, not containers.
  EXPECT_EQ(carriedPoint("shared"), Found("Point", false));
  EXPECT_EQ(carriedPoint("pointVector"), Found("Point", true));
  EXPECT_EQ(carriedPoint("pointPair"), Found("Point", true));
  // The predicate decides; allocators are never tested.
  bool InContainer = false;
  int Tested = 0;
  EXPECT_FALSE(findCarriedClass(
      AST.typeOf("pointVector"),
      [&](const CXXRecordDecl &RD) {
        ++Tested;
        EXPECT_NE(RD.getName(), "allocator");
        return false;
      },
      InContainer));
  EXPECT_EQ(Tested, 1);
}

TEST_F(TypeClassificationTest, FindsImplicitConversionOperators) {
  // (hasArgument looks through implicit casts.)
  const auto *Implicit =
      AST.first<CallExpr>(callExpr(callee(functionDecl(hasName("takeBool"))),
                                   hasArgument(0, cxxMemberCallExpr())));
  const auto *Cast =
      AST.first<CallExpr>(callExpr(callee(functionDecl(hasName("takeBool"))),
                                   hasArgument(0, cxxStaticCastExpr())));
  ASSERT_TRUE(Implicit && Cast);
  const CXXConversionDecl *Conversion =
      implicitConversionOperator(*Implicit->getArg(0));
  ASSERT_TRUE(Conversion);
  EXPECT_TRUE(Conversion->getConversionType()->isBooleanType());
  // An explicit cast is deliberate.
  EXPECT_EQ(implicitConversionOperator(*Cast->getArg(0)), nullptr);
}

TEST_F(TypeClassificationTest, ReadsAnnotations) {
  const auto *Tagged = AST.decl<Decl>("Tagged");
  const auto *Point = AST.decl<Decl>("Point");
  ASSERT_TRUE(Tagged && Point);
  EXPECT_TRUE(hasAnnotation(*Tagged, "wire::integer"));
  EXPECT_FALSE(hasAnnotation(*Tagged, "wire::other"));
  EXPECT_FALSE(hasAnnotation(*Point, "wire::integer"));
}
