//===--- SinkContext.cpp - Where a written value sits in its code ---------===//

#include "lib/sinks/SinkContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace wirecheck {

static const Stmt *parentStmt(const Stmt &S, ASTContext &Ctx,
                              const Decl **ParentDecl = nullptr) {
  DynTypedNodeList Parents = Ctx.getParents(S);
  if (Parents.empty())
    return nullptr;
  if (ParentDecl)
    *ParentDecl = Parents[0].get<Decl>();
  return Parents[0].get<Stmt>();
}

const DeclContext *enclosingFunction(const Expr &E, ASTContext &Ctx) {
  const Stmt *S = &E;
  for (unsigned Depth = 0; S && Depth < 256; ++Depth) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(*S, Ctx, &D);
    if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(P))
      return Lambda->getCallOperator();
    if (!P) {
      if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D))
        return FD;
      return D ? D->getDeclContext() : nullptr;
    }
    S = P;
  }
  return nullptr;
}

/// Strips the case labels in front of a statement.
static const Stmt *unlabeled(const Stmt *S) {
  while (const auto *Label = dyn_cast_or_null<SwitchCase>(S))
    S = Label->getSubStmt();
  return S;
}

static bool isDefaultLabelled(const Stmt *S) {
  while (const auto *Label = dyn_cast_or_null<SwitchCase>(S)) {
    if (isa<DefaultStmt>(Label))
      return true;
    S = Label->getSubStmt();
  }
  return false;
}

bool isSameValue(const Expr &A, const Expr &B) {
  const Expr *L = A.IgnoreParenImpCasts();
  const Expr *R = B.IgnoreParenImpCasts();
  if (const auto *DL = dyn_cast<DeclRefExpr>(L)) {
    const auto *DR = dyn_cast<DeclRefExpr>(R);
    return DR && DL->getDecl()->getCanonicalDecl() ==
                     DR->getDecl()->getCanonicalDecl();
  }
  if (const auto *ML = dyn_cast<MemberExpr>(L)) {
    const auto *MR = dyn_cast<MemberExpr>(R);
    return MR && ML->getMemberDecl() == MR->getMemberDecl() &&
           ML->isArrow() == MR->isArrow() &&
           isSameValue(*ML->getBase(), *MR->getBase());
  }
  if (isa<CXXThisExpr>(L))
    return isa<CXXThisExpr>(R);
  return Expr::isSameComparisonOperand(L, R);
}

static bool switchesOver(const SwitchStmt &Switch, const Expr &Value) {
  const Expr *Cond = Switch.getCond();
  return Cond && isSameValue(*Cond, Value);
}

static bool leavesFunction(const Stmt *S) {
  S = unlabeled(S);
  if (isa_and_nonnull<ReturnStmt>(S))
    return true;
  const auto *E = dyn_cast_or_null<Expr>(S);
  return E && isa<CXXThrowExpr>(E->IgnoreParenImpCasts());
}

/// A switch without `default:` whose every case group ends by returning or
/// throwing: what follows it runs only for values no case names.
static bool isReturningSwitchWithoutDefault(const SwitchStmt &Switch) {
  for (const SwitchCase *C = Switch.getSwitchCaseList(); C;
       C = C->getNextSwitchCase())
    if (isa<DefaultStmt>(C))
      return false;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Switch.getBody());
  if (!Body || Body->body_empty())
    return false;
  const Stmt *Previous = nullptr;
  for (const Stmt *S : Body->body()) {
    if (isa<SwitchCase>(S) && Previous && !leavesFunction(Previous))
      return false;
    Previous = S;
  }
  return leavesFunction(Previous);
}

/// Checks \p Child, a statement of block \p Block, against the switches of
/// that block.
static bool unknownValueInBlock(const CompoundStmt &Block, const Stmt &Child,
                                const Stmt *Owner, const Expr &Value) {
  const auto *Switch = dyn_cast_or_null<SwitchStmt>(Owner);
  bool SwitchBody = Switch && Switch->getBody() == &Block;
  const Stmt *Label = nullptr;
  for (const Stmt *S : Block.body()) {
    if (isa<SwitchCase>(S))
      Label = S;
    if (S == &Child)
      break;
    const auto *Earlier = dyn_cast<SwitchStmt>(S);
    if (!SwitchBody && Earlier && switchesOver(*Earlier, Value) &&
        isReturningSwitchWithoutDefault(*Earlier))
      return true;
  }
  return SwitchBody && isDefaultLabelled(Label) && switchesOver(*Switch, Value);
}

bool isOnUnknownValuePath(const Expr &E, const Expr &Value, ASTContext &Ctx) {
  const Stmt *Child = &E;
  for (unsigned Depth = 0; Child && Depth < 256; ++Depth) {
    const Stmt *P = parentStmt(*Child, Ctx);
    if (!P || isa<LambdaExpr>(P))
      return false;
    if (const auto *Block = dyn_cast<CompoundStmt>(P))
      if (unknownValueInBlock(*Block, *Child, parentStmt(*Block, Ctx), Value))
        return true;
    Child = P;
  }
  return false;
}

static const CXXOperatorCallExpr *asInsertion(const Expr *E) {
  const auto *Op =
      dyn_cast_or_null<CXXOperatorCallExpr>(E ? E->IgnoreImplicit() : nullptr);
  return Op && Op->getOperator() == OO_LessLess && Op->getNumArgs() == 2
             ? Op
             : nullptr;
}

void coWrittenValues(const Expr &Call, const Expr &Arg, ASTContext &Ctx,
                     llvm::SmallVectorImpl<const Expr *> &Out) {
  const CXXOperatorCallExpr *Insertion = asInsertion(&Call);
  if (!Insertion) {
    if (const auto *CE = dyn_cast<CallExpr>(&Call))
      for (const Expr *A : CE->arguments())
        if (A != &Arg)
          Out.push_back(A);
    return;
  }
  // Down the left operands, then up through the insertions that take this
  // one as their stream.
  for (const CXXOperatorCallExpr *Down = asInsertion(Insertion->getArg(0));
       Down; Down = asInsertion(Down->getArg(0)))
    Out.push_back(Down->getArg(1));
  const Stmt *Current = Insertion;
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    const Stmt *P = parentStmt(*Current, Ctx);
    while (isa_and_nonnull<ImplicitCastExpr, MaterializeTemporaryExpr>(P))
      P = parentStmt(*P, Ctx);
    const CXXOperatorCallExpr *Up = asInsertion(dyn_cast_or_null<Expr>(P));
    if (!Up || Up->getArg(0)->IgnoreImplicit() != Current)
      return;
    Out.push_back(Up->getArg(1));
    Current = Up;
  }
}

} // namespace wirecheck
