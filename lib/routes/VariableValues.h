//===--- VariableValues.h - The values a variable may hold at a use -*- C++
//-*-//
//
// Owns the question StringValues asks of a variable that is not a constant:
// which expressions may it hold where it is read? A local variable holds the
// one definition that reaches the use (ReachingDefinitions over its
// function, with the writes of VariableWrites), provided nothing may change
// it behind the analysis's back (its address or a non-const reference never
// leaves, no lambda writes it). A member of a class holds what every
// constructor leaves in it, provided no other member function defined in
// the translation unit writes it and code outside the class cannot (it is
// not public). Anything else is refused with the reason, for the
// "not resolved" reports. The analysis of each function is built once.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_VARIABLEVALUES_H
#define WIRECHECK_LIB_ROUTES_VARIABLEVALUES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <string>

namespace wirecheck {

/// The expressions a variable may hold at one use; every one of them must
/// resolve to the same text for the use to resolve.
using ValueCandidates = llvm::SmallVector<const clang::Expr *, 2>;

class VariableValues {
public:
  explicit VariableValues(clang::ASTContext &Ctx);
  ~VariableValues();
  VariableValues(const VariableValues &) = delete;
  VariableValues &operator=(const VariableValues &) = delete;

  /// What the variable \p Ref names may hold where \p Ref is read. Empty,
  /// with \p Why set, when that is not known for certain.
  ValueCandidates valuesAt(const clang::DeclRefExpr &Ref, std::string &Why);
  /// The same for a member of a class, read through any object.
  ValueCandidates valuesAt(const clang::MemberExpr &Ref, std::string &Why);

private:
  struct FunctionFlow;
  struct FieldValues;
  FunctionFlow &flowOf(const clang::FunctionDecl &FD);
  const FieldValues &fieldValues(const clang::FieldDecl &F);
  ValueCandidates flowValues(FunctionFlow &Flow, const clang::ValueDecl &V,
                             const clang::Expr &Use, std::string &Why);
  std::string where(clang::SourceLocation Loc) const;

  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionFlow>>
      Flows;
  llvm::DenseMap<const clang::FieldDecl *, std::unique_ptr<FieldValues>> Fields;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_VARIABLEVALUES_H
