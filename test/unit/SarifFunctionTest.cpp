//===--- SarifFunctionTest.cpp - Tests for lib/sarif/EnclosingFunction ----===//
//
// The lexical enclosing-function finder on small C++ sources.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/EnclosingFunction.h"
#include "gtest/gtest.h"

using namespace wirecheck::sarif;

namespace {

const char *const Source = R"cpp(#include <x.h>
namespace app {
// A comment with a brace { and a paren (.
void Server::onClose(int Code) {
  auto Report = [&](int X) {
    log("{}", State); // offset inside the lambda
  };
  if (Code) {
    json J = State;
  }
}
}
bool operator==(const A &L, const A &R) { return L.X == R.X; }
int top = 1;
)cpp";

unsigned offsetOfText(llvm::StringRef Text, llvm::StringRef Needle) {
  size_t Pos = Text.find(Needle);
  EXPECT_NE(Pos, llvm::StringRef::npos) << Needle.str();
  return Pos;
}

} // namespace

TEST(SarifFunctionTest, FindsTheEnclosingFunction) {
  llvm::StringRef S = Source;
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "log(")), "Server::onClose");
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "json J")), "Server::onClose");
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "return L.X")), "operator==");
}

TEST(SarifFunctionTest, FileScopeAndNamespacesHaveNoFunction) {
  llvm::StringRef S = Source;
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "int top")), "");
  EXPECT_EQ(enclosingFunction(S, offsetOfText(S, "// A comment")), "");
  EXPECT_EQ(enclosingFunction("struct S {\n  int X;\n};", 12), "");
}

TEST(SarifFunctionTest, HandlesTemplatesMacrosAndSpecialNames) {
  llvm::StringRef T = "template <typename T> std::vector<T> make(T V) {\n"
                      "  return {V};\n}\n";
  EXPECT_EQ(enclosingFunction(T, offsetOfText(T, "return")), "make");
  llvm::StringRef M = "#define GUARD { \\\n  x(); }\n"
                      "Widget::~Widget() noexcept {\n  close();\n}\n";
  EXPECT_EQ(enclosingFunction(M, offsetOfText(M, "close")), "Widget::~Widget");
  llvm::StringRef C = "struct F {\n  int operator()(int X) const {\n"
                      "    return X;\n  }\n  explicit operator bool() const "
                      "{\n    return true;\n  }\n};\n";
  EXPECT_EQ(enclosingFunction(C, offsetOfText(C, "return X")), "operator()");
  EXPECT_EQ(enclosingFunction(C, offsetOfText(C, "return true")),
            "operator bool");
  llvm::StringRef I = "Conn::Conn(int Fd) : Fd(Fd), Buf{0} {\n  open();\n}\n";
  EXPECT_EQ(enclosingFunction(I, offsetOfText(I, "open")), "Conn::Conn");
  llvm::StringRef Str = "void f() {\n  const char *S = \"}\";\n  g();\n}\n";
  EXPECT_EQ(enclosingFunction(Str, offsetOfText(Str, "g()")), "f");
}

TEST(SarifFunctionTest, IndexAnswersEveryOffsetInOnePass) {
  llvm::StringRef S = Source;
  FunctionIndex Index(S);
  EXPECT_EQ(Index.at(offsetOfText(S, "log(")), "Server::onClose");
  EXPECT_EQ(Index.at(offsetOfText(S, "return L.X")), "operator==");
  EXPECT_EQ(Index.at(offsetOfText(S, "int top")), "");
  // The `{` of a body is outside it, its `}` inside; past the end is the
  // end.
  unsigned Open = offsetOfText(S, "{ return L.X");
  EXPECT_EQ(Index.at(Open), "");
  EXPECT_EQ(Index.at(Open + 1), "operator==");
  unsigned Close = offsetOfText(S, "}\nint top");
  EXPECT_EQ(Index.at(Close), "operator==");
  EXPECT_EQ(Index.at(Close + 1), "");
  EXPECT_EQ(FunctionIndex("void f() {\n  g();").at(1000), "f"); // Unclosed.
}
