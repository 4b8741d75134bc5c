//===--- PayloadDefinitions.h - What writes a payload -----------*- C++ -*-===//
//
// The payload domain's answer to "which statements define a variable":
// initialisations, assignments, compound assignments, mutating calls
// (`payload.append(...)`), passing it to a non-const reference parameter,
// and a wrapper writing it through an out-parameter; inside one function
// (as a ReachingDefinitions finder, also through a local reference bound to
// the variable) and, for members, across the whole translation unit. Each
// definition is labelled with the note it gets when it is not wrapper
// output. A `std::ostringstream` is a variable too: each insertion appends
// to what it holds. Also what carries a payload's bytes unchanged (copies,
// moves, string/view conversions, `c_str()`, `dump()`, a string stream's
// `str()`, `net::buffer(x)`).
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_PAYLOAD_PAYLOADDEFINITIONS_H
#define WIRECHECK_LIB_PAYLOAD_PAYLOADDEFINITIONS_H

#include "lib/flow/ReachingDefinitions.h"
#include "lib/payload/PayloadFlow.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/ArrayRef.h"

namespace wirecheck {

/// The label of a definition a wrapper makes through an out-parameter.
constexpr unsigned WrapperOutputLabel = ~0u;
/// The label of `os << value` into a local string stream: the stream then
/// holds what it held before, followed by the value.
constexpr unsigned StreamInsertionLabel = ~0u - 1;
// Every other definition is labelled with its PayloadNoteKind.

inline PayloadNoteKind noteKindOf(const Definition &D) {
  return D.Label == StreamInsertionLabel
             ? PayloadNoteKind::Modification
             : static_cast<PayloadNoteKind>(D.Label);
}

/// The local variable, parameter or member of `this` that the local
/// reference \p VD is bound to (`std::string &alias = payload;`), through
/// aliases of aliases; null if \p VD is not such an alias.
const clang::ValueDecl *aliasedVariable(const clang::VarDecl &VD);

/// Strips what carries the same bytes: parentheses, implicit conversions,
/// temporaries, copies and moves, casts, string/view conversions, and
/// `boost::asio::buffer(x)` (Beast's `net::buffer(x)`).
const clang::Expr *stripSameBytes(const clang::Expr *E);

/// `payload.c_str()`, `payload.data()`, `j.dump()`, `os.str()` of a string
/// stream, and conversions of a std::string to a view: the object whose
/// bytes the call gives, or null.
const clang::Expr *accessedObject(const clang::CXXMemberCallExpr &Call);

/// Finds the definitions of local variables, parameters and members of
/// `this` that one CFG element makes. It keeps references to the predicates:
/// they must outlive it.
class PayloadDefinitionFinder {
public:
  using Predicate = llvm::function_ref<bool(const clang::FunctionDecl &)>;
  PayloadDefinitionFinder(Predicate IsWrapper, Predicate IsSink)
      : IsWrapper(IsWrapper), IsSink(IsSink) {}

  void find(const clang::CFGElement &E,
            llvm::SmallVectorImpl<Definition> &Out) const;

private:
  void findInStmt(const clang::Stmt *S,
                  llvm::SmallVectorImpl<Definition> &Out) const;
  void findOutParams(const clang::CallExpr &Call,
                     llvm::SmallVectorImpl<Definition> &Out) const;

  Predicate IsWrapper;
  Predicate IsSink;
};

/// One write to a member, anywhere in the translation unit.
struct FieldWrite {
  const clang::Expr *Value = nullptr;              ///< Null: a modification.
  const clang::Stmt *Site = nullptr;               ///< The assignment, or null.
  const clang::CXXConstructorDecl *Ctor = nullptr; ///< For an initializer.
  clang::SourceLocation Loc;
  PayloadNoteKind Kind = PayloadNoteKind::Assignment;
};

using FieldWriteMap =
    llvm::DenseMap<const clang::FieldDecl *, llvm::SmallVector<FieldWrite, 2>>;

/// Collects every write to a member in the translation unit, through any
/// object (one traversal of the AST).
void collectFieldWrites(clang::ASTContext &Ctx, FieldWriteMap &Out);

} // namespace wirecheck

#endif // WIRECHECK_LIB_PAYLOAD_PAYLOADDEFINITIONS_H
