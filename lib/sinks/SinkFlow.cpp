//===--- SinkFlow.cpp - Values into sinks, through project wrappers -------===//

#include "lib/sinks/SinkFlow.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace wirecheck {

const Expr *stripWriteConversions(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(Next)) {
      // An implicit conversion through a non-explicit constructor.
      if (!isa<CXXTemporaryObjectExpr>(C) && C->getNumArgs() >= 1 &&
          !C->isListInitialization() && C->getConstructor() &&
          !C->getConstructor()->isExplicit() &&
          !C->getConstructor()->isCopyOrMoveConstructor() &&
          (C->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(C->getArg(1))))
        Next = C->getArg(0);
    }
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

static bool isStdForwardOrMove(const CallExpr &Call) {
  return Call.getNumArgs() == 1 &&
         isStdName(Call.getDirectCallee(), {"forward", "move"});
}

const ParmVarDecl *tracedParameter(const Expr *E) {
  while (E) {
    E = stripWriteConversions(E);
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      if (!isStdForwardOrMove(*Call))
        return nullptr;
      E = Call->getArg(0);
      continue;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<ParmVarDecl>(Ref->getDecl());
    return nullptr;
  }
  return nullptr;
}

/// True if parameter \p Index of \p F has a dependent type in the template
/// it was instantiated from (a forwarding or generic parameter).
static bool isGenericParameter(const FunctionDecl &F, unsigned Index) {
  const FunctionDecl *Pattern = F.getTemplateInstantiationPattern();
  if (!Pattern)
    return false;
  unsigned I = 0;
  for (const ParmVarDecl *P : Pattern->parameters()) {
    if (P->isParameterPack() || I == Index)
      return P->getType()->isDependentType();
    ++I;
  }
  return false;
}

void SinkFlow::addUse(const SinkArg &A) {
  Uses.push_back({A.Arg, A.Family, A.Sink, nullptr, nullptr, A.Call});
  Worklist.push_back(Uses.size() - 1);
}

void SinkFlow::addCall(const Expr &Call, const FunctionDecl &Callee) {
  Graph.addCall(Call, Callee);
}

void SinkFlow::markWrapper(const FunctionDecl &F, unsigned Param,
                           const SinkUse &Inner) {
  Graph.markForwarding(F, Param, [&](const Expr &Call, const Expr &Arg) {
    Uses.push_back({&Arg, Inner.Family, Inner.Sink, &F, &Inner, &Call});
    Worklist.push_back(Uses.size() - 1);
  });
}

void SinkFlow::run(Reporter Report, WrapperFilter MayWrap,
                   HelperFilter InHelper) {
  while (!Worklist.empty()) {
    SinkUse &U = Uses[Worklist.back()];
    Worklist.pop_back();
    const ParmVarDecl *P = tracedParameter(U.Arg);
    const auto *Owner =
        P ? dyn_cast<FunctionDecl>(P->getDeclContext()) : nullptr;
    if (Owner && !MayWrap(*Owner))
      continue; // Inside a library, a sink or a safe wrapper: theirs.
    bool CanWrap = Owner != nullptr;
    unsigned Index = P ? P->getFunctionScopeIndex() : 0;
    if (CanWrap && isGenericParameter(*Owner, Index)) {
      if (!InHelper || !InHelper(U, *Owner)) {
        // The caller decides what the parameter is: report there.
        markWrapper(*Owner, Index, U);
        continue;
      }
      U.Helper = Owner;
    }
    if (!Report(U) && CanWrap)
      markWrapper(*Owner, Index, U);
  }
  Uses.clear();
  Graph.clear();
}

} // namespace wirecheck
