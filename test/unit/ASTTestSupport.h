//===--- ASTTestSupport.h - Small ASTs from code strings --------*- C++ -*-===//
//
// What the AST-facing unit tests share: a translation unit built from a code
// string (C++20, no system headers), a miniature standard library to put in
// front of it, and lookups of declarations, variable types and calls by
// name.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_TEST_UNIT_ASTTESTSUPPORT_H
#define WIRECHECK_TEST_UNIT_ASTTESTSUPPORT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"
#include <memory>
#include <string>

namespace wirecheck::testing {

/// Just enough of a standard library for the models: containers with
/// defaulted allocator and comparator arguments, smart pointers, streams,
/// std::byte and the formatter template, in libc++'s inline namespace.
inline constexpr char MiniStd[] = R"cpp(
namespace std {
inline namespace __1 {
template <class T> struct allocator {};
template <class T> struct less {};
template <class T, class A = allocator<T>> class vector { public: T *Data; };
template <class K, class V, class C = less<K>, class A = allocator<K>>
class map { public: K *Keys; V *Values; };
template <class T> class optional { public: T Value; };
template <class A, class B> struct pair { A first; B second; };
template <class T> class shared_ptr { public: T *Ptr; };
template <class T> class unique_ptr { public: T *Ptr; };
enum class byte : unsigned char {};
template <class C> class basic_ostream {
public:
  basic_ostream &operator<<(int);
};
using ostream = basic_ostream<char>;
template <class C>
basic_ostream<C> &operator<<(basic_ostream<C> &, const char *);
template <class T, class C = char> struct formatter;
template <class T> T &&move(T &);
template <class T> int to_underlying(T);
}
}
)cpp";

/// A translation unit built from \p Code (with MiniStd in front when
/// \p WithStd) as C++20.
class TestAST {
public:
  explicit TestAST(llvm::StringRef Code, bool WithStd = true) {
    std::string Source = WithStd ? std::string(MiniStd) : std::string();
    Source += Code;
    Unit = clang::tooling::buildASTFromCodeWithArgs(
        Source, {"-std=c++20", "-fno-delayed-template-parsing"});
  }

  bool valid() const {
    return Unit && !Unit->getDiagnostics().hasErrorOccurred();
  }
  clang::ASTContext &ctx() { return Unit->getASTContext(); }

  /// The first node bound to "n" by \p Matcher, or null.
  template <class NodeT, class MatcherT>
  const NodeT *first(const MatcherT &Matcher) {
    return clang::ast_matchers::selectFirst<NodeT>(
        "n", clang::ast_matchers::match(Matcher.bind("n"), ctx()));
  }

  /// The declaration named \p Name (hasName syntax: `ns::Class`).
  template <class DeclT = clang::NamedDecl>
  const DeclT *decl(llvm::StringRef Name) {
    using namespace clang::ast_matchers;
    return first<DeclT>(namedDecl(hasName(Name)));
  }

  /// The type of the variable (or parameter) named \p Name.
  clang::QualType typeOf(llvm::StringRef Name) {
    const auto *V = decl<clang::ValueDecl>(Name);
    return V ? V->getType() : clang::QualType();
  }

  /// The first call of the function named \p Callee.
  const clang::CallExpr *callTo(llvm::StringRef Callee) {
    using namespace clang::ast_matchers;
    return first<clang::CallExpr>(
        callExpr(callee(functionDecl(hasName(Callee)))));
  }

private:
  std::unique_ptr<clang::ASTUnit> Unit;
};

} // namespace wirecheck::testing

#endif // WIRECHECK_TEST_UNIT_ASTTESTSUPPORT_H
