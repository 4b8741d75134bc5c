//===--- Forwarding.h - Sinks through forwarding functions ------*- C++ -*-===//
//
// The one mechanism behind "a function that forwards one of its parameters
// to a sink becomes a sink at that parameter, transitively, and the value is
// judged at the caller". It owns the index of the calls to project functions
// in a translation unit and the set of (function, parameter) pairs already
// known to forward; when a pair is marked for the first time it hands back
// the argument each recorded call passes for that parameter. What counts as
// a sink, and what is done with the arguments (a new use to examine, which
// may in turn mark its own function), is the client's: SinkFlow for the
// serialization checks, PayloadFlow for wire-unwrapped-payload.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_FORWARDING_H
#define WIRECHECK_LIB_SINKS_FORWARDING_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace wirecheck {

class ForwardingGraph {
public:
  /// Called with each recorded call to a newly marked function and the
  /// argument it passes for the marked parameter.
  using ArgumentVisitor =
      llvm::function_ref<void(const clang::Expr &Call, const clang::Expr &Arg)>;

  /// Records a call (or construction) of \p Callee.
  void addCall(const clang::Expr &Call, const clang::FunctionDecl &Callee);

  /// Marks parameter \p Param of \p F as forwarding to a sink. The first
  /// time, visits the argument that each recorded call to \p F (any of its
  /// redeclarations) passes for it, in the order the calls were recorded;
  /// calls that leave it to a default argument are skipped. Returns false,
  /// visiting nothing, if the pair was already marked.
  bool markForwarding(const clang::FunctionDecl &F, unsigned Param,
                      ArgumentVisitor Visit);

  /// Forgets every call and mark (at the end of a translation unit).
  void clear();

private:
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<const clang::Expr *, 2>>
      CallsTo;
  llvm::DenseSet<std::pair<const clang::FunctionDecl *, unsigned>> Marked;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_FORWARDING_H
