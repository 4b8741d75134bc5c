//===--- ReachingDefinitions.h - Reaching definitions -----------*- C++ -*-===//
//
// A classic forward reaching-definitions analysis over the CFG of one
// function, built by clang with exception edges (so a definition in a `try`
// block that may not happen before its `catch` handler does not reach it on
// every path), loops, `switch` and early returns.
//
// The engine owns the CFG, the per-block in sets, the gen/kill transfer and
// the fixpoint; which statements define which variables is the client's
// business (a DefinitionFinder). A definition kills every other definition
// of the same variable. Variables defined in the function but not declared
// by it (parameters, members, captured variables) also get a definition on
// entry, so a query can tell "the value the function started with" apart.
// Queries name a program point: before element Index of block Block.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_FLOW_REACHINGDEFINITIONS_H
#define WIRECHECK_LIB_FLOW_REACHINGDEFINITIONS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <vector>

namespace wirecheck {

/// A place in a function's CFG: before element Index of block Block. A
/// negative Block means "anywhere" (a flow-insensitive query).
struct CFGPoint {
  int Block = -1;
  unsigned Index = 0;

  bool isAnywhere() const { return Block < 0; }
};

/// One definition of a variable, parameter or member.
struct Definition {
  const clang::ValueDecl *Var = nullptr;
  /// The value assigned; null when there is no single value (a default
  /// initialisation, a change in place, the value on entry).
  const clang::Expr *Value = nullptr;
  clang::SourceLocation Loc;
  /// A label the client gives the definition; the engine never reads it.
  unsigned Label = 0;
  /// Set by the engine.
  CFGPoint At;
  /// The value the variable has on entry to the function.
  bool Entry = false;
};

class ReachingDefinitions {
public:
  /// Appends the definitions that one CFG element makes to the vector, in
  /// the order they happen. Also sees every element, in order, with its
  /// point, so a client can record other facts in the same pass.
  using DefinitionFinder =
      llvm::function_ref<void(const clang::CFGElement &, CFGPoint,
                              llvm::SmallVectorImpl<Definition> &)>;

  /// Builds the CFG of \p Body (the body of \p FD) with exception edges and
  /// member initialisers, and solves reaching definitions. When clang
  /// cannot build a CFG, every query is flow-insensitive.
  ReachingDefinitions(const clang::FunctionDecl &FD, clang::Stmt *Body,
                      clang::ASTContext &Ctx, DefinitionFinder Find);
  ~ReachingDefinitions();

  const clang::FunctionDecl &function() const { return FD; }
  /// Null when clang could not build a CFG for the body.
  const clang::CFG *cfg() const { return Cfg.get(); }

  /// Where \p S is evaluated (its first CFG element), or "anywhere" if it
  /// is not an element of this CFG.
  CFGPoint pointOf(const clang::Stmt *S) const;
  /// True if \p S is an element of this function's CFG.
  bool contains(const clang::Stmt *S) const { return Points.count(S); }
  /// True if the block of \p P can be reached from the entry block.
  bool isReachable(CFGPoint P) const;
  /// True if \p Var has any definition (including one on entry) here.
  bool defines(const clang::ValueDecl *Var) const { return DefsOf.count(Var); }

  /// The definitions of \p Var that reach \p At. For "anywhere", every
  /// definition, those in the body before the one on entry.
  llvm::SmallVector<const Definition *, 4> reaching(const clang::ValueDecl *Var,
                                                    CFGPoint At) const;

private:
  void collect(DefinitionFinder Find);
  void addEntryDefinitions();
  void markReachable();
  void solve();
  llvm::BitVector transfer(unsigned Block, llvm::BitVector State,
                           unsigned Until) const;

  const clang::FunctionDecl &FD;
  std::unique_ptr<clang::CFG> Cfg;
  std::vector<Definition> Defs;
  /// Per variable: the bit of each of its definitions (the kill set).
  llvm::DenseMap<const clang::ValueDecl *, llvm::BitVector> DefsOf;
  llvm::DenseMap<const clang::Stmt *, CFGPoint> Points;
  /// Per block: (element index, definition) in element order (the gen
  /// set, ordered).
  std::vector<llvm::SmallVector<std::pair<unsigned, unsigned>, 4>> BlockDefs;
  std::vector<llvm::BitVector> In;
  llvm::BitVector Reachable;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_FLOW_REACHINGDEFINITIONS_H
