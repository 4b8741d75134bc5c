//===--- SinkContext.cpp - Where a written value sits in its code ---------===//

#include "lib/sinks/SinkContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/SmallPtrSet.h"

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
  const Expr *X = A.IgnoreParenImpCasts();
  const Expr *Y = B.IgnoreParenImpCasts();
  // Down a member chain (`this->options.type`, `s.kind`) to its root.
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    if (isa<CXXThisExpr>(X) || isa<CXXThisExpr>(Y))
      return isa<CXXThisExpr>(X) && isa<CXXThisExpr>(Y);
    if (const auto *RX = dyn_cast<DeclRefExpr>(X)) {
      const auto *RY = dyn_cast<DeclRefExpr>(Y);
      return RY && declaresSameEntity(RX->getDecl(), RY->getDecl());
    }
    const auto *MX = dyn_cast<MemberExpr>(X);
    const auto *MY = dyn_cast<MemberExpr>(Y);
    if (!MX || !MY)
      break;
    if (!declaresSameEntity(MX->getMemberDecl(), MY->getMemberDecl()) ||
        MX->isArrow() != MY->isArrow())
      return false;
    X = MX->getBase()->IgnoreParenImpCasts();
    Y = MY->getBase()->IgnoreParenImpCasts();
  }
  return Expr::isSameComparisonOperand(X, Y);
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

/// A branch that ends by returning or throwing (`return x;`, `{ ...;
/// throw e; }`).
static bool branchLeaves(const Stmt *S) {
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(S))
    S = Block->body_empty() ? nullptr : Block->body_back();
  return leavesFunction(S);
}

/// The enumerator the comparison \p Op (`v == A`, `A != v`, ...) compares
/// \p Value with, or null.
static const EnumConstantDecl *comparedEnumerator(const BinaryOperator &Op,
                                                  const Expr &Value) {
  for (auto [Tested, Constant] : {std::pair(Op.getLHS(), Op.getRHS()),
                                  std::pair(Op.getRHS(), Op.getLHS())}) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Constant->IgnoreParenImpCasts());
    const auto *Enumerator =
        Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
    if (Enumerator && isSameValue(*Tested, Value))
      return Enumerator;
  }
  return nullptr;
}

/// Adds to \p Out the enumerators \p Cond compares \p Value with for
/// equality (`v == A`, `A == v`, `v == A || v == B`); returns false if
/// \p Cond is anything else.
static bool
comparedEnumerators(const Expr *Cond, const Expr &Value,
                    llvm::SmallPtrSetImpl<const EnumConstantDecl *> &Out) {
  const auto *Op = dyn_cast_or_null<BinaryOperator>(
      Cond ? Cond->IgnoreParenImpCasts() : nullptr);
  if (!Op)
    return false;
  if (Op->getOpcode() == BO_LOr)
    return comparedEnumerators(Op->getLHS(), Value, Out) &&
           comparedEnumerators(Op->getRHS(), Value, Out);
  if (Op->getOpcode() != BO_EQ)
    return false;
  if (const EnumConstantDecl *Enumerator = comparedEnumerator(*Op, Value)) {
    Out.insert(Enumerator);
    return true;
  }
  return false;
}

/// Returns true if \p Named holds every enumerator of the enum of \p Value.
static bool namesEveryEnumerator(
    const Expr &Value,
    const llvm::SmallPtrSetImpl<const EnumConstantDecl *> &Named) {
  const auto *ET = Value.IgnoreParenImpCasts()->getType()->getAs<EnumType>();
  const EnumDecl *ED = ET ? ET->getDecl()->getDefinition() : nullptr;
  return ED && !Named.empty() &&
         llvm::all_of(ED->enumerators(), [&](const EnumConstantDecl *E) {
           return Named.contains(E);
         });
}

/// Returns true if the ifs among \p Earlier, each `if (Value == A) return
/// ...;` without an else, together name every enumerator of the enum of
/// \p Value: what follows them runs only for a value no enumerator names.
static bool exhaustiveReturningIfs(ArrayRef<const IfStmt *> Earlier,
                                   const Expr &Value) {
  llvm::SmallPtrSet<const EnumConstantDecl *, 8> Named;
  for (const IfStmt *If : Earlier) {
    llvm::SmallPtrSet<const EnumConstantDecl *, 4> Tested;
    if (!If->getElse() && !If->hasInitStorage() &&
        !If->getConditionVariable() && branchLeaves(If->getThen()) &&
        comparedEnumerators(If->getCond(), Value, Tested))
      Named.insert(Tested.begin(), Tested.end());
  }
  return namesEveryEnumerator(Value, Named);
}

/// A switch whose every case group other than `default:` ends by returning
/// or throwing: what follows it runs only for values no case names.
static bool onlyDefaultFallsOut(const SwitchStmt &Switch) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Switch.getBody());
  if (!Body || Body->body_empty())
    return false;
  const Stmt *Previous = nullptr;
  bool InDefault = false;
  for (const Stmt *S : Body->body()) {
    if (isa<SwitchCase>(S)) {
      if (Previous && !InDefault && !leavesFunction(Previous))
        return false;
      InDefault = isDefaultLabelled(S);
    }
    Previous = S;
  }
  return InDefault || leavesFunction(Previous);
}

/// Checks \p Child, a statement of block \p Block, against the switches of
/// that block.
static bool unknownValueInBlock(const CompoundStmt &Block, const Stmt &Child,
                                const Stmt *Owner, const Expr &Value) {
  const auto *Switch = dyn_cast_or_null<SwitchStmt>(Owner);
  bool SwitchBody = Switch && Switch->getBody() == &Block;
  const Stmt *Label = nullptr;
  llvm::SmallVector<const IfStmt *, 8> Ifs;
  for (const Stmt *S : Block.body()) {
    if (isa<SwitchCase>(S))
      Label = S;
    if (S == &Child)
      break;
    if (const auto *If = dyn_cast<IfStmt>(S))
      Ifs.push_back(If);
    const auto *Earlier = dyn_cast<SwitchStmt>(S);
    if (!SwitchBody && Earlier && switchesOver(*Earlier, Value) &&
        onlyDefaultFallsOut(*Earlier))
      return true;
  }
  if (!SwitchBody && exhaustiveReturningIfs(Ifs, Value))
    return true;
  return SwitchBody && isDefaultLabelled(Label) && switchesOver(*Switch, Value);
}

/// Returns true if \p Else, the else branch of \p If, runs only for a value
/// no enumerator names: the conditions of the chain `if (v == A) ... else if
/// (v == B) ... else` it ends name every enumerator of the enum of \p Value.
static bool exhaustiveElse(const IfStmt &If, const Expr &Value,
                           ASTContext &Ctx) {
  llvm::SmallPtrSet<const EnumConstantDecl *, 8> Named;
  const Stmt *Branch = &If;
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    const auto *Link = cast<IfStmt>(Branch);
    if (Link->hasInitStorage() || Link->getConditionVariable() ||
        !comparedEnumerators(Link->getCond(), Value, Named))
      return false;
    const auto *Outer = dyn_cast_or_null<IfStmt>(parentStmt(*Link, Ctx));
    if (!Outer || Outer->getElse() != Link)
      break;
    Branch = Outer;
  }
  return namesEveryEnumerator(Value, Named);
}

/// Returns true if \p Cond having the truth value \p Taken means \p Value
/// is none of the enumerators it is compared with: `v == A || v == B` false,
/// `v != A && v != B` true, through `!`, parentheses, casts and
/// `__builtin_expect`. Sets \p Unlikely when that truth value is the one a
/// `__builtin_expect` on the way predicts against: the failure branch of an
/// assertion (glog's and Abseil's `CHECK(v == A || v == B)` write their
/// message when `__builtin_expect(!(v == A || v == B), 0)` holds).
static bool rejectsEnumerators(const Expr *Cond, bool Taken, const Expr &Value,
                               bool &Unlikely, unsigned Depth = 0) {
  if (!Cond || Depth > 32)
    return false;
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Cond))
    return rejectsEnumerators(Cast->getSubExpr(), Taken, Value, Unlikely,
                              Depth + 1);
  if (const auto *Call = dyn_cast<CallExpr>(Cond)) {
    if (Call->getBuiltinCallee() != Builtin::BI__builtin_expect ||
        Call->getNumArgs() != 2)
      return false;
    const Expr *Expected = Call->getArg(1)->IgnoreParenImpCasts();
    if (const auto *Int = dyn_cast<IntegerLiteral>(Expected))
      Unlikely |= Taken != !Int->getValue().isZero();
    else if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(Expected))
      Unlikely |= Taken != Bool->getValue();
    return rejectsEnumerators(Call->getArg(0), Taken, Value, Unlikely,
                              Depth + 1);
  }
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond))
    return Not->getOpcode() == UO_LNot &&
           rejectsEnumerators(Not->getSubExpr(), !Taken, Value, Unlikely,
                              Depth + 1);
  const auto *Op = dyn_cast<BinaryOperator>(Cond);
  if (!Op)
    return false;
  // Abseil's `ABSL_PREDICT_FALSE(x)` is `__builtin_expect(false || (x),
  // false)`.
  if (const auto *False =
          dyn_cast<CXXBoolLiteralExpr>(Op->getLHS()->IgnoreParenImpCasts());
      False && !False->getValue() && Op->getOpcode() == BO_LOr)
    return rejectsEnumerators(Op->getRHS(), Taken, Value, Unlikely, Depth + 1);
  // Every alternative false, or every conjunct true.
  if ((Op->getOpcode() == BO_LOr && !Taken) ||
      (Op->getOpcode() == BO_LAnd && Taken))
    return rejectsEnumerators(Op->getLHS(), Taken, Value, Unlikely,
                              Depth + 1) &&
           rejectsEnumerators(Op->getRHS(), Taken, Value, Unlikely, Depth + 1);
  if (!(Op->getOpcode() == BO_EQ && !Taken) &&
      !(Op->getOpcode() == BO_NE && Taken))
    return false;
  return comparedEnumerator(*Op, Value) != nullptr;
}

/// Returns true if \p Child, a branch of \p P (an if or a conditional
/// operator), is an assertion's failure branch that runs only when \p Value
/// is none of the enumerators its condition accepts. A plain guard (`if
/// (state != OPEN) { log(state); return; }`) is not one: the state it
/// prints is an ordinary value with a name.
static bool inRejectingBranch(const Stmt &P, const Stmt &Child,
                              const Expr &Value) {
  bool Unlikely = false;
  const Expr *Cond = nullptr;
  bool Taken = false;
  if (const auto *If = dyn_cast<IfStmt>(&P)) {
    if (If->hasInitStorage() || If->getConditionVariable() ||
        (If->getThen() != &Child && If->getElse() != &Child))
      return false;
    Cond = If->getCond();
    Taken = If->getThen() == &Child;
  } else if (const auto *C = dyn_cast<ConditionalOperator>(&P)) {
    if (C->getTrueExpr() != &Child && C->getFalseExpr() != &Child)
      return false;
    Cond = C->getCond();
    Taken = C->getTrueExpr() == &Child;
  }
  return Cond && rejectsEnumerators(Cond, Taken, Value, Unlikely) && Unlikely;
}

bool isOnUnknownValuePath(const Expr &E, const Expr &Value, ASTContext &Ctx) {
  const Stmt *Child = &E;
  for (unsigned Depth = 0; Child && Depth < 256; ++Depth) {
    const Stmt *P = parentStmt(*Child, Ctx);
    if (!P || isa<LambdaExpr>(P))
      return false;
    if (const auto *If = dyn_cast<IfStmt>(P))
      if (If->getElse() == Child && exhaustiveElse(*If, Value, Ctx))
        return true;
    if (inRejectingBranch(*P, *Child, Value))
      return true;
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
