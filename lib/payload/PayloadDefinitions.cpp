//===--- PayloadDefinitions.cpp - What writes a payload -------------------===//

#include "lib/payload/PayloadDefinitions.h"
#include "lib/sinks/SinkCatalogue.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;

namespace wirecheck {

/// `boost::asio::buffer` (Beast's `net::buffer`) or standalone
/// `asio::buffer`: a view of its argument's bytes.
static bool isAsioBuffer(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier() || FD->getName() != "buffer")
    return false;
  std::string Name = plainQualifiedName(*FD);
  return Name == "boost::asio::buffer" || Name == "asio::buffer";
}

/// The variable, parameter or member of `this` that \p E names, as written.
static const ValueDecl *namedTarget(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    return VD && VD->hasLocalStorage() ? VD : nullptr;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

const ValueDecl *aliasedVariable(const VarDecl &VD) {
  const ValueDecl *Result = nullptr;
  const VarDecl *Alias = &VD;
  // A reference is bound once: it names the same object all its life.
  for (unsigned Depth = 0; Alias && Depth < 8; ++Depth) {
    if (isa<ParmVarDecl>(Alias) || !Alias->hasLocalStorage() ||
        !Alias->getType()->isLValueReferenceType() || !Alias->getInit())
      break;
    const ValueDecl *Next = namedTarget(Alias->getInit());
    if (!Next || Next == Alias)
      break;
    Result = Next;
    Alias = dyn_cast<VarDecl>(Next);
  }
  return Result;
}

/// The variable, parameter or member of `this` that \p E designates,
/// through reference aliases.
static const ValueDecl *target(const Expr *E) {
  const ValueDecl *V = namedTarget(E);
  if (const auto *VD = dyn_cast_or_null<VarDecl>(V))
    if (const ValueDecl *Aliased = aliasedVariable(*VD))
      return Aliased;
  return V;
}

/// A non-const method that returns nothing or the object itself (`append`,
/// `clear`, `assign`): it changes the value in place.
static bool isMutator(const CXXMethodDecl &MD) {
  if (MD.isConst() || MD.isStatic() || isa<CXXConversionDecl>(MD) ||
      MD.isCopyAssignmentOperator() || MD.isMoveAssignmentOperator())
    return false;
  QualType R = MD.getReturnType();
  if (R->isVoidType())
    return true;
  if (!R->isReferenceType())
    return false;
  const CXXRecordDecl *RD = R.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->getCanonicalDecl() == MD.getParent()->getCanonicalDecl();
}

/// True if \p RD is std::basic_ostringstream or std::basic_stringstream.
static bool isStringStream(const CXXRecordDecl *RD) {
  return RD && RD->getIdentifier() && isInNamespace(*RD, "std") &&
         (RD->getName() == "basic_ostringstream" ||
          RD->getName() == "basic_stringstream");
}

/// The local string stream that `os << a << b` (this call or one it is
/// chained on) inserts into, or null.
static const ValueDecl *insertionTarget(const CXXOperatorCallExpr &Op) {
  if (Op.getOperator() != OO_LessLess || Op.getNumArgs() != 2)
    return nullptr;
  const Expr *Stream = Op.getArg(0)->IgnoreParenImpCasts();
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    const auto *Inner = dyn_cast<CXXOperatorCallExpr>(Stream);
    if (!Inner || Inner->getOperator() != OO_LessLess ||
        Inner->getNumArgs() != 2)
      break;
    Stream = Inner->getArg(0)->IgnoreParenImpCasts();
  }
  const ValueDecl *V = target(Stream);
  return V && isStringStream(
                  V->getType().getNonReferenceType()->getAsCXXRecordDecl())
             ? V
             : nullptr;
}

static Definition makeDef(const ValueDecl *Var, const Expr *Value,
                          PayloadNoteKind Kind, SourceLocation Loc) {
  Definition D;
  D.Var = Var;
  D.Value = Value;
  D.Label = static_cast<unsigned>(Kind);
  D.Loc = Loc;
  return D;
}

/// `x = v` defines x as v; `x += v` (any other assignment) modifies it.
static Definition assignment(const ValueDecl *Var, bool Plain,
                             const Expr *Value, SourceLocation Loc) {
  return makeDef(
      Var, Plain ? Value : nullptr,
      Plain ? PayloadNoteKind::Assignment : PayloadNoteKind::Modification, Loc);
}

void PayloadDefinitionFinder::find(
    const CFGElement &E, llvm::SmallVectorImpl<Definition> &Out) const {
  if (std::optional<CFGStmt> CS = E.getAs<CFGStmt>()) {
    // Definitions whose value has errors are kept: the classification
    // accepts such a value, so broken code produces no finding of its own.
    findInStmt(CS->getStmt(), Out);
    return;
  }
  if (std::optional<CFGInitializer> CI = E.getAs<CFGInitializer>()) {
    const CXXCtorInitializer *Init = CI->getInitializer();
    if (Init->getMember() && Init->getInit())
      Out.push_back(makeDef(Init->getMember(), Init->getInit(),
                            PayloadNoteKind::Initialization,
                            Init->getSourceLocation()));
  }
}

void PayloadDefinitionFinder::findInStmt(
    const Stmt *S, llvm::SmallVectorImpl<Definition> &Out) const {
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->hasLocalStorage())
        continue;
      const Expr *Init = VD->getInit();
      if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Init))
        if (Construct->getNumArgs() == 0)
          Init = nullptr;
      Out.push_back(makeDef(VD, Init,
                            Init ? PayloadNoteKind::Initialization
                                 : PayloadNoteKind::DefaultInit,
                            VD->getLocation()));
    }
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (!BO->isAssignmentOp())
      return;
    if (const ValueDecl *V = target(BO->getLHS()))
      Out.push_back(assignment(V, BO->getOpcode() == BO_Assign, BO->getRHS(),
                               BO->getOperatorLoc()));
    return;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (const ValueDecl *Stream = insertionTarget(*Op)) {
      Out.push_back(makeDef(Stream, Op->getArg(1),
                            PayloadNoteKind::Modification,
                            Op->getOperatorLoc()));
      Out.back().Label = StreamInsertionLabel;
      return;
    }
    if (Op->isAssignmentOp() && Op->getNumArgs() == 2) {
      if (const ValueDecl *V = target(Op->getArg(0)))
        Out.push_back(assignment(V, Op->getOperator() == OO_Equal,
                                 Op->getArg(1), Op->getOperatorLoc()));
      return;
    }
  }
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *MD = Member->getMethodDecl();
    if (MD && isMutator(*MD))
      if (const ValueDecl *V = target(Member->getImplicitObjectArgument()))
        Out.push_back(makeDef(V, nullptr, PayloadNoteKind::Modification,
                              Member->getExprLoc()));
  }
  if (const auto *Call = dyn_cast<CallExpr>(S))
    findOutParams(*Call, Out);
}

/// Arguments bound to non-const lvalue references may be rewritten by the
/// callee: by a wrapper, that is wrapper output; otherwise a change.
void PayloadDefinitionFinder::findOutParams(
    const CallExpr &Call, llvm::SmallVectorImpl<Definition> &Out) const {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || isStdName(Callee, {"move", "forward", "as_const"}) ||
      isAsioBuffer(Callee) || IsSink(*Callee))
    return;
  bool Wrapper = IsWrapper(*Callee);
  for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
    QualType T = Callee->getParamDecl(I)->getType();
    if (!T->isLValueReferenceType() ||
        T.getNonReferenceType().isConstQualified())
      continue;
    const Expr *Arg = argumentForParam(Call, *Callee, I);
    const ValueDecl *V = Arg ? target(Arg) : nullptr;
    if (!V)
      continue;
    Definition D =
        makeDef(V, nullptr, PayloadNoteKind::Modification, Arg->getExprLoc());
    if (Wrapper)
      D.Label = WrapperOutputLabel;
    Out.push_back(D);
  }
}

//===----------------------------------------------------------------------===//
// Expressions that carry the same bytes
//===----------------------------------------------------------------------===//

/// True if \p RD is std::basic_string or std::basic_string_view.
static bool isStdStringOrView(const CXXRecordDecl *RD) {
  return isStdName(RD, {"basic_string", "basic_string_view"});
}

/// Strips what carries the same bytes: parentheses, implicit conversions,
/// temporaries, copies and moves, casts, and string/view conversions.
const Expr *stripSameBytes(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 32; ++Depth) {
    const Expr *Next = E->IgnoreParens();
    if (const auto *Full = dyn_cast<FullExpr>(Next))
      Next = Full->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (const auto *Cast = dyn_cast<CastExpr>(Next))
      Next = Cast->getSubExpr();
    else if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Next))
      Next = Default->getExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(Next)) {
      const CXXConstructorDecl *Ctor = C->getConstructor();
      if (C->getNumArgs() >= 1 && Ctor &&
          (Ctor->isCopyOrMoveConstructor() ||
           isStdStringOrView(Ctor->getParent())))
        Next = C->getArg(0);
    } else if (const auto *Call = dyn_cast<CallExpr>(Next)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if ((isStdName(Callee, {"move", "forward"}) ||
           isAsioBuffer(Callee)) &&
          Call->getNumArgs() == 1)
        Next = Call->getArg(0);
    }
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

/// `payload.c_str()`, `payload.data()`, `j.dump()`, and conversions of a
/// std::string to a view: the same bytes, through an accessor.
const Expr *accessedObject(const CXXMemberCallExpr &Call) {
  const CXXMethodDecl *MD = Call.getMethodDecl();
  const CXXRecordDecl *RD = MD ? MD->getParent() : nullptr;
  if (!RD || !RD->getIdentifier())
    return nullptr;
  if (isStdStringOrView(RD) &&
      (isa<CXXConversionDecl>(MD) ||
       (MD->getIdentifier() &&
        (MD->getName() == "c_str" || MD->getName() == "data"))))
    return Call.getImplicitObjectArgument();
  if (isStringStream(RD) && MD->getIdentifier() && MD->getName() == "str" &&
      Call.getNumArgs() == 0)
    return Call.getImplicitObjectArgument();
  if (isInNamespace(*RD, "nlohmann") && RD->getName() == "basic_json" &&
      MD->getIdentifier() && MD->getName() == "dump")
    return Call.getImplicitObjectArgument();
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Member writes across the translation unit
//===----------------------------------------------------------------------===//

/// The member \p E designates, through any object.
static const FieldDecl *anyMember(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  return Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
}

namespace {
class FieldWriteCollector : public ast_matchers::MatchFinder::MatchCallback {
public:
  explicit FieldWriteCollector(FieldWriteMap &Out) : Out(Out) {}

  void run(const ast_matchers::MatchFinder::MatchResult &Result) override {
    const auto &Nodes = Result.Nodes;
    if (const auto *BO = Nodes.getNodeAs<BinaryOperator>("assign")) {
      if (const FieldDecl *F = anyMember(BO->getLHS()))
        add(F, BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr, BO,
            BO->getOperatorLoc());
    } else if (const auto *Op =
                   Nodes.getNodeAs<CXXOperatorCallExpr>("operator")) {
      if (Op->getNumArgs() == 2)
        if (const FieldDecl *F = anyMember(Op->getArg(0)))
          add(F, Op->getOperator() == OO_Equal ? Op->getArg(1) : nullptr, Op,
              Op->getOperatorLoc());
    } else if (const auto *Call =
                   Nodes.getNodeAs<CXXMemberCallExpr>("mutator")) {
      const CXXMethodDecl *MD = Call->getMethodDecl();
      if (MD && isMutator(*MD))
        if (const FieldDecl *F = anyMember(Call->getImplicitObjectArgument()))
          add(F, nullptr, Call, Call->getExprLoc());
    } else if (const auto *Ctor =
                   Nodes.getNodeAs<CXXConstructorDecl>("constructor")) {
      addInitializers(*Ctor);
    }
  }

private:
  void add(const FieldDecl *F, const Expr *Value, const Stmt *Site,
           SourceLocation Loc) {
    FieldWrite W;
    W.Value = Value;
    W.Site = Site;
    W.Loc = Loc;
    W.Kind =
        Value ? PayloadNoteKind::Assignment : PayloadNoteKind::Modification;
    Out[F].push_back(W);
  }

  void addInitializers(const CXXConstructorDecl &Ctor) {
    for (const CXXCtorInitializer *Init : Ctor.inits())
      if (Init->isWritten() && Init->getMember() && Init->getInit()) {
        FieldWrite W;
        W.Value = Init->getInit();
        W.Ctor = &Ctor;
        W.Loc = Init->getSourceLocation();
        W.Kind = PayloadNoteKind::Initialization;
        Out[Init->getMember()].push_back(W);
      }
  }

  FieldWriteMap &Out;
};
} // namespace

void collectFieldWrites(ASTContext &Ctx, FieldWriteMap &Out) {
  using namespace ast_matchers;
  FieldWriteCollector Collector(Out);
  MatchFinder Finder;
  auto Member = ignoringParenImpCasts(memberExpr());
  Finder.addMatcher(
      binaryOperator(isAssignmentOperator(), hasLHS(Member)).bind("assign"),
      &Collector);
  Finder.addMatcher(
      cxxOperatorCallExpr(isAssignmentOperator(), hasArgument(0, Member))
          .bind("operator"),
      &Collector);
  Finder.addMatcher(cxxMemberCallExpr(on(Member)).bind("mutator"), &Collector);
  Finder.addMatcher(cxxConstructorDecl(isDefinition()).bind("constructor"),
                    &Collector);
  Finder.matchAST(Ctx);
}

} // namespace wirecheck
