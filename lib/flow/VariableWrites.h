//===--- VariableWrites.h - What a statement does to a variable -*- C++ -*-===//
//
// Owns the question "does this statement write this variable, and how?" for
// variables and members named directly in a function: an initialisation or a
// plain assignment (the value is known), a change in place (`+=`, `++`, a
// non-const member function such as `append`), or an escape (its address
// taken, bound to a non-const reference, passed by non-const reference or
// pointer, or written inside a lambda), after which any later call may
// change it. Knows nothing of what the values mean; a
// ReachingDefinitions finder is built from it.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_FLOW_VARIABLEWRITES_H
#define WIRECHECK_LIB_FLOW_VARIABLEWRITES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/SmallVector.h"

namespace wirecheck {

/// One write of a variable (or of a member of `this`).
struct VariableWrite {
  enum WriteKind {
    /// Initialised or assigned with `=`: Value is the value (null for a
    /// default initialisation).
    Assign,
    /// Changed in place (`+=`, `++`, `s.append(...)`): Value is null.
    Modify,
    /// Its address or a non-const reference to it leaves the statement, or
    /// a lambda writes it: from there on anything may change it.
    Escape,
  };
  const clang::ValueDecl *Var = nullptr;
  WriteKind Kind = Assign;
  const clang::Expr *Value = nullptr;
  /// The statement that writes.
  const clang::Stmt *At = nullptr;
};

/// Appends the writes statement \p S makes itself (not those of its
/// sub-statements, which the CFG lists as elements of their own) of local
/// variables, parameters and members (through any object). A lambda's
/// writes (every write in its body, and init-captures by non-const
/// reference) are escapes at the lambda.
void findWrites(const clang::Stmt &S,
                llvm::SmallVectorImpl<VariableWrite> &Out);

/// Appends the writes of one CFG element: findWrites() of its statement, or
/// the member initialiser of a constructor's CFG (an Assign of the field).
void findWrites(const clang::CFGElement &E,
                llvm::SmallVectorImpl<VariableWrite> &Out);

/// Appends every write in \p Body and all its sub-statements, lambda
/// bodies included, in no particular order (a flow-insensitive scan).
void findAllWrites(const clang::Stmt &Body,
                   llvm::SmallVectorImpl<VariableWrite> &Out);

} // namespace wirecheck

#endif // WIRECHECK_LIB_FLOW_VARIABLEWRITES_H
