//===--- ObjectRenderingTest.cpp - Tests for ObjectRendering, NonValues ---===//
//
// What an object turns into when written (string classes, string view
// conversions, value wrappers, intended addresses) and which sink arguments
// write no value (unevaluated operands, stream buffers), on a small AST.
//
//===----------------------------------------------------------------------===//

#include "lib/sinks/ObjectRendering.h"
#include "ASTTestSupport.h"
#include "lib/sinks/CodeOwner.h"
#include "lib/sinks/NonValues.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;
using wirecheck::testing::TestAST;

static constexpr char Code[] = R"cpp(
namespace std { inline namespace __1 {
template <class C> class basic_string_view {};
using string_view = basic_string_view<char>;
template <class C> class basic_streambuf {};
}}
struct Text {
  const char *c_str() const;
  operator const char *() const;
};
struct Derived : Text {};
struct Slice {
  const char *data() const;
  unsigned long size() const;
  operator std::string_view() const;
};
struct Peer { operator std::string_view() const; };
struct Host { explicit operator std::string_view() const; };
struct Agent { operator int() const; };
struct Port { Port(unsigned short p = 0); operator unsigned short() const; };
struct Millis { Millis(const long &); operator const long &() const; };
struct Handle { explicit Handle(int); operator int() const; };
struct Ratio { Ratio(int); operator double() const; };

std::ostream &operator<<(std::ostream &, Agent *);
void sink(const void *);
void takesBuffer(std::basic_streambuf<char> *buffer);
struct Widget {
  void self() { sink(this); }
};
std::ostream &out();
void addresses(Agent *a, Agent &r) {
  sink(&r);
  sink(a);
  out() << a;
}
void unevaluated(Agent *a) {
  using T = decltype(out() << a);
  out() << sizeof(out() << a);
}
)cpp";

class ObjectRenderingTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(AST.valid()); }

  const CXXRecordDecl *record(llvm::StringRef Name) {
    return AST.decl<CXXRecordDecl>(Name);
  }
  const CXXConversionDecl *conversionOf(llvm::StringRef Name) {
    return AST.first<CXXConversionDecl>(
        cxxConversionDecl(ofClass(hasName(Name))));
  }
  /// The arguments of the calls of \p Callee, in source order.
  std::vector<const Expr *> argumentsTo(llvm::StringRef Callee) {
    std::vector<const Expr *> Args;
    for (const BoundNodes &N :
         match(callExpr(callee(functionDecl(hasName(Callee)))).bind("c"),
               AST.ctx()))
      Args.push_back(N.getNodeAs<CallExpr>("c")->getArg(0));
    return Args;
  }
  /// The `out() << a` insertions, in source order.
  std::vector<const CallExpr *> insertions() {
    std::vector<const CallExpr *> Calls;
    for (const BoundNodes &N :
         match(cxxOperatorCallExpr(hasOverloadedOperatorName("<<"),
                                   hasArgument(1, hasType(pointerType())))
                   .bind("c"),
               AST.ctx()))
      Calls.push_back(N.getNodeAs<CallExpr>("c"));
    return Calls;
  }

  TestAST AST{Code};
};

TEST_F(ObjectRenderingTest, StringClasses) {
  EXPECT_TRUE(isStringClass(*record("Text")));
  EXPECT_TRUE(isStringClass(*record("Derived")));
  EXPECT_TRUE(isStringClass(*record("Slice")));
  EXPECT_FALSE(isStringClass(*record("Peer")));
  EXPECT_FALSE(isStringClass(*record("Agent")));
  EXPECT_TRUE(convertsToOwnText(*conversionOf("Text")));
  EXPECT_TRUE(convertsToOwnText(*conversionOf("Slice")));
  EXPECT_FALSE(convertsToOwnText(*conversionOf("Peer")));
  EXPECT_FALSE(convertsToOwnText(*conversionOf("Agent")));
}

TEST_F(ObjectRenderingTest, ValueWrappers) {
  EXPECT_TRUE(convertsToWrappedNumber(*conversionOf("Port")));
  EXPECT_TRUE(convertsToWrappedNumber(*conversionOf("Millis")));
  EXPECT_FALSE(convertsToWrappedNumber(*conversionOf("Agent")));  // One way.
  EXPECT_FALSE(convertsToWrappedNumber(*conversionOf("Handle"))); // Explicit.
  EXPECT_FALSE(convertsToWrappedNumber(*conversionOf("Ratio"))); // int, double.
  EXPECT_FALSE(convertsToWrappedNumber(*conversionOf("Text"))); // Not a number.
}

TEST_F(ObjectRenderingTest, StringViewConversions) {
  EXPECT_EQ(stringViewConversion(*record("Peer")), conversionOf("Peer"));
  EXPECT_EQ(stringViewConversion(*record("Slice")), conversionOf("Slice"));
  EXPECT_EQ(stringViewConversion(*record("Host")), nullptr);
  EXPECT_EQ(stringViewConversion(*record("Agent")), nullptr);
}

TEST_F(ObjectRenderingTest, IntendedAddresses) {
  std::vector<const Expr *> Args = argumentsTo("sink");
  ASSERT_EQ(Args.size(), 3u);
  EXPECT_TRUE(isIntendedAddress(*Args[0]));  // this
  EXPECT_TRUE(isIntendedAddress(*Args[1]));  // &r
  EXPECT_FALSE(isIntendedAddress(*Args[2])); // a
  EXPECT_FALSE(addressPointee(Args[2]->IgnoreImpCasts()->getType()).isNull());
  EXPECT_EQ(pointeeProtocol(SinkFamily::Ostream), SerializerProtocol::Ostream);
  EXPECT_EQ(pointeeProtocol(SinkFamily::Printf), SerializerProtocol::AnyText);
}

TEST_F(ObjectRenderingTest, NonValues) {
  const auto *Buffer = AST.decl<ParmVarDecl>("buffer");
  ASSERT_NE(Buffer, nullptr);
  EXPECT_TRUE(copiesStreamContents(*Buffer));
  EXPECT_FALSE(copiesStreamContents(*AST.decl<ParmVarDecl>("a")));
  std::vector<const CallExpr *> Calls = insertions();
  ASSERT_EQ(Calls.size(), 3u); // In addresses, the decltype, the sizeof.
  unsigned Unevaluated = 0;
  for (const CallExpr *Call : Calls)
    Unevaluated += isUnevaluatedOperand(*Call);
  EXPECT_EQ(Unevaluated, 2u);
}

TEST_F(ObjectRenderingTest, CodeOwner) {
  std::vector<const Expr *> Args = argumentsTo("sink");
  ASSERT_EQ(Args.size(), 3u);
  EXPECT_EQ(owningFunction(*Args[0]), nullptr); // `this` is no local.
  const FunctionDecl *Owner = owningFunction(*Args[1]);
  ASSERT_NE(Owner, nullptr);
  EXPECT_EQ(Owner->getName(), "addresses");
  EXPECT_FALSE(isLibraryCode(*Owner));
}
