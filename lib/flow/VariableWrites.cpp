//===--- VariableWrites.cpp - What a statement does to a variable ---------===//

#include "lib/flow/VariableWrites.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace wirecheck {

/// The variable, or the member, \p E names as written.
static const ValueDecl *target(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

static void add(llvm::SmallVectorImpl<VariableWrite> &Out, const Expr *Target,
                VariableWrite::WriteKind Kind, const Stmt &At,
                const Expr *Value = nullptr) {
  if (const ValueDecl *V = target(Target))
    Out.push_back({V, Kind, Value, &At});
}

/// A reference or pointer type through which the referent may change.
static bool isMutableIndirection(QualType T) {
  if (T.isNull() || !(T->isReferenceType() || T->isPointerType()))
    return false;
  return !T->getPointeeType().isConstQualified();
}

/// Arguments bound to non-const reference or pointer parameters escape.
static void argumentEscapes(const Stmt &At, llvm::ArrayRef<const Expr *> Args,
                            const FunctionProtoType *Proto,
                            llvm::SmallVectorImpl<VariableWrite> &Out) {
  for (unsigned I = 0; I < Args.size(); ++I) {
    // Without a prototype (a dependent call) any argument may be changed.
    if (!Proto || (I < Proto->getNumParams() &&
                   isMutableIndirection(Proto->getParamType(I))))
      add(Out, Args[I], VariableWrite::Escape, At);
  }
}

static const FunctionProtoType *prototypeOf(const CallExpr &Call) {
  if (const FunctionDecl *FD = Call.getDirectCallee())
    return FD->getType()->getAs<FunctionProtoType>();
  QualType T = Call.getCallee()->getType();
  if (T->isPointerType() || T->isReferenceType())
    T = T->getPointeeType();
  else if (const auto *MPT = T->getAs<MemberPointerType>())
    T = MPT->getPointeeType();
  return T->getAs<FunctionProtoType>();
}

static void callWrites(const CallExpr &Call,
                       llvm::SmallVectorImpl<VariableWrite> &Out) {
  llvm::ArrayRef<const Expr *> Args(Call.getArgs(), Call.getNumArgs());
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  if (Op && Op->isAssignmentOp() && Call.getNumArgs() == 2) {
    if (Op->getOperator() == OO_Equal)
      add(Out, Call.getArg(0), VariableWrite::Assign, Call, Call.getArg(1));
    else
      add(Out, Call.getArg(0), VariableWrite::Modify, Call);
    Args = Args.drop_front();
  }
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDirectCallee());
  bool Mutates = MD && !MD->isConst() && !MD->isStatic();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call)) {
    if (Mutates)
      add(Out, MC->getImplicitObjectArgument(), VariableWrite::Modify, Call);
  } else if (Op && !Op->isAssignmentOp() && MD && Call.getNumArgs() >= 1) {
    // A member operator: argument 0 is the object.
    if (Mutates)
      add(Out, Call.getArg(0), VariableWrite::Modify, Call);
    Args = Args.drop_front();
  }
  argumentEscapes(Call, Args, prototypeOf(Call), Out);
}

static void declWrites(const DeclStmt &DS,
                       llvm::SmallVectorImpl<VariableWrite> &Out) {
  for (const Decl *D : DS.decls()) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD)
      continue;
    const Expr *Init = VD->getInit();
    // `std::string &r = path;` lets `path` change through `r`.
    if (VD->getType()->isReferenceType()) {
      if (isMutableIndirection(VD->getType()))
        add(Out, Init, VariableWrite::Escape, DS);
      continue;
    }
    Out.push_back({VD, VariableWrite::Assign, Init, &DS});
  }
}

static void lambdaWrites(const LambdaExpr &L,
                         llvm::SmallVectorImpl<VariableWrite> &Out) {
  // `[&r = path]` lets `path` change through `r`. A plain capture by
  // reference changes nothing by itself: the body's writes are below.
  for (const LambdaCapture &C : L.captures()) {
    const auto *V =
        C.capturesVariable() ? dyn_cast<VarDecl>(C.getCapturedVar()) : nullptr;
    if (V && V->isInitCapture() && isMutableIndirection(V->getType()))
      add(Out, V->getInit(), VariableWrite::Escape, L);
  }
  // The body may run at any later time: its writes are escapes.
  llvm::SmallVector<VariableWrite, 4> Body;
  if (const Stmt *B = L.getBody())
    findAllWrites(*B, Body);
  for (VariableWrite &W : Body)
    Out.push_back({W.Var, VariableWrite::Escape, nullptr, &L});
}

void findWrites(const Stmt &S, llvm::SmallVectorImpl<VariableWrite> &Out) {
  if (const auto *DS = dyn_cast<DeclStmt>(&S))
    return declWrites(*DS, Out);
  if (const auto *BO = dyn_cast<BinaryOperator>(&S)) {
    if (BO->getOpcode() == BO_Assign)
      add(Out, BO->getLHS(), VariableWrite::Assign, S, BO->getRHS());
    else if (BO->isCompoundAssignmentOp())
      add(Out, BO->getLHS(), VariableWrite::Modify, S);
    return;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(&S)) {
    if (UO->isIncrementDecrementOp())
      add(Out, UO->getSubExpr(), VariableWrite::Modify, S);
    else if (UO->getOpcode() == UO_AddrOf)
      add(Out, UO->getSubExpr(), VariableWrite::Escape, S);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    return callWrites(*Call, Out);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(&S)) {
    const auto *Proto =
        CE->getConstructor()->getType()->getAs<FunctionProtoType>();
    return argumentEscapes(
        S, llvm::ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), Proto,
        Out);
  }
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(&S)) {
    // `char buf[] = "..."; f(buf)`: the array decays to a mutable pointer.
    if (Cast->getCastKind() == CK_ArrayToPointerDecay &&
        isMutableIndirection(Cast->getType()))
      add(Out, Cast->getSubExpr(), VariableWrite::Escape, S);
    return;
  }
  if (const auto *L = dyn_cast<LambdaExpr>(&S))
    return lambdaWrites(*L, Out);
}

void findWrites(const CFGElement &E,
                llvm::SmallVectorImpl<VariableWrite> &Out) {
  if (std::optional<CFGStmt> CS = E.getAs<CFGStmt>()) {
    findWrites(*CS->getStmt(), Out);
    return;
  }
  if (std::optional<CFGInitializer> CI = E.getAs<CFGInitializer>()) {
    const CXXCtorInitializer *I = CI->getInitializer();
    if (I && I->isMemberInitializer())
      Out.push_back(
          {I->getMember(), VariableWrite::Assign, I->getInit(), I->getInit()});
  }
}

void findAllWrites(const Stmt &Body,
                   llvm::SmallVectorImpl<VariableWrite> &Out) {
  findWrites(Body, Out);
  // A lambda's body was scanned, as escapes, by findWrites().
  if (isa<LambdaExpr>(Body))
    return;
  for (const Stmt *Child : Body.children())
    if (Child)
      findAllWrites(*Child, Out);
}

} // namespace wirecheck
