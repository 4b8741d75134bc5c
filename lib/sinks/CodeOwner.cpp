//===--- CodeOwner.cpp - Whose code writes a value ------------------------===//

#include "lib/sinks/CodeOwner.h"
#include "lib/sinks/SinkCatalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace wirecheck {

const FunctionDecl *owningFunction(const Expr &E) {
  llvm::SmallVector<const Stmt *, 16> Work{&E};
  // Bounded: a written value is a small expression.
  for (unsigned Visited = 0; !Work.empty() && Visited < 64; ++Visited) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        if (Var->isLocalVarDeclOrParm())
          return dyn_cast_or_null<FunctionDecl>(
              Var->getParentFunctionOrMethod());
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return nullptr;
}

bool isLibraryCode(const FunctionDecl &FD) {
  const SourceManager &SM = FD.getASTContext().getSourceManager();
  for (const DeclContext *DC = &FD; DC; DC = DC->getParent())
    if (const auto *F = dyn_cast<FunctionDecl>(DC))
      if (SM.isInSystemHeader(F->getLocation()) || isInLibraryNamespace(*F))
        return true;
  return false;
}

} // namespace wirecheck
