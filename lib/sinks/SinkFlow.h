//===--- SinkFlow.h - Values into sinks, through wrappers -------*- C++ -*-===//
//
// Collects, over one translation unit, the arguments written to sinks and
// the calls to project functions, then follows forwarding wrappers: a
// function that passes one of its parameters into a sink is itself a sink at
// that parameter, transitively (through ForwardingGraph), so a finding is
// reported at the caller that supplied the value, not inside the wrapper or
// the library. It owns what a use of a sink is, which parameters a wrapper
// may forward, and the order uses are examined in.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_SINKFLOW_H
#define WIRECHECK_LIB_SINKS_SINKFLOW_H

#include "lib/sinks/Forwarding.h"
#include "lib/sinks/SinkCatalogue.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <deque>

namespace wirecheck {

/// One value that reaches a sink, possibly through project wrappers.
struct SinkUse {
  const clang::Expr *Arg;
  SinkFamily Family;
  /// The library sink (function or constructor) the value ends up in.
  const clang::FunctionDecl *Sink;
  /// For a use at a wrapper call: the wrapper called, and the use inside it
  /// that this one feeds. Null for a direct use.
  const clang::FunctionDecl *Wrapper = nullptr;
  const SinkUse *Inner = nullptr;
  /// The call that passes Arg on (to the sink, or to Wrapper).
  const clang::Expr *Call = nullptr;
  /// Set when the use is reported inside this generic helper (an
  /// instantiation) instead of at the helper's callers.
  const clang::FunctionDecl *Helper = nullptr;
};

/// Strips what does not change the value that is written: parentheses,
/// implicit conversions, temporaries, and implicit converting constructors
/// (`absl::AlphaNum`, `Json::Value` from an integer).
const clang::Expr *stripWriteConversions(const clang::Expr *E);

/// Returns the parameter \p E reads, looking through std::forward and
/// std::move; null if it is not a parameter.
const clang::ParmVarDecl *tracedParameter(const clang::Expr *E);

class SinkFlow {
public:
  /// Called for each use; returns true if the use was diagnosed or
  /// deliberately accepted, false if the value itself is unremarkable here
  /// (then a parameter it comes from still makes the function a wrapper).
  using Reporter = llvm::function_ref<bool(const SinkUse &)>;
  /// Decides which functions may become wrappers. A value read from a
  /// parameter of any other function (library code, sinks, safe wrappers)
  /// is that function's business and is not reported.
  using WrapperFilter = llvm::function_ref<bool(const clang::FunctionDecl &)>;
  /// Decides, for a use that reads a generic parameter of a function
  /// template instantiation, whether it is reported there (in the helper,
  /// true) rather than at the callers that chose the type (false).
  using HelperFilter =
      llvm::function_ref<bool(const SinkUse &, const clang::FunctionDecl &)>;

  void addUse(const SinkArg &A);
  void addCall(const clang::Expr &Call, const clang::FunctionDecl &Callee);

  /// True when a value reaching a sink was recorded (run() has work).
  bool hasUses() const { return !Uses.empty(); }

  /// Resolves wrappers and reports every use outside them; clears state.
  void run(Reporter Report, WrapperFilter MayWrap,
           HelperFilter InHelper = nullptr);

private:
  void markWrapper(const clang::FunctionDecl &F, unsigned Param,
                   const SinkUse &Inner);

  std::deque<SinkUse> Uses;
  ForwardingGraph Graph;
  std::vector<size_t> Worklist;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_SINKFLOW_H
