//===--- StringValues.cpp - The text an expression certainly holds --------===//

#include "lib/routes/StringValues.h"
#include "lib/routes/RoutePattern.h"
#include "lib/routes/VariableValues.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace wirecheck {

static bool isConstantVar(const VarDecl &VD, const ASTContext &Ctx) {
  if (isa<ParmVarDecl>(VD))
    return false;
  if (VD.isConstexpr())
    return true;
  QualType T = VD.getType();
  if (T.isConstQualified())
    return true;
  if (const ArrayType *AT = Ctx.getAsArrayType(T))
    return AT->getElementType().isConstQualified();
  return false;
}

/// The initializer of the constant \p E names, or null.
static const Expr *constantInit(const Expr *E, const ASTContext &Ctx) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !isConstantVar(*VD, Ctx))
    return nullptr;
  const VarDecl *Def = nullptr;
  return VD->getAnyInitializer(Def);
}

/// `{}` and `{0:x}` become UnknownChunk, `{{` and `}}` single braces.
static std::string expandFormat(StringRef Format) {
  std::string Out;
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if ((C == '{' || C == '}') && I + 1 < Format.size() && Format[I + 1] == C) {
      Out += C;
      ++I;
    } else if (C == '{') {
      size_t Close = Format.find('}', I);
      if (Close == StringRef::npos)
        return Out + Format.substr(I).str();
      Out += UnknownChunk;
      I = Close;
    } else {
      Out += C;
    }
  }
  return Out;
}

namespace {
/// What one resolution needs: the context, the variable flow when the
/// caller gives one, and the first reason found for giving up.
struct Resolution {
  const ASTContext &Ctx;
  VariableValues *Vars;
  std::string Why;

  bool fail(std::string Reason) {
    if (Why.empty())
      Why = std::move(Reason);
    return false;
  }
};
} // namespace

static bool resolve(const Expr *E, Resolution &R, std::string &Out,
                    unsigned Depth);

/// The operand of a node that does not change the value, or null. Called
/// after IgnoreParenImpCasts(), which already strips ConstantExpr,
/// ExprWithCleanups and MaterializeTemporaryExpr.
static const Expr *valuePreservingOperand(const Expr *E) {
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return B->getSubExpr();
  if (const auto *D = dyn_cast<CXXDefaultInitExpr>(E))
    return D->getExpr();
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return Cast->getSubExpr();
  return nullptr;
}

/// A literal of any width, as long as every code unit is ASCII.
static bool appendLiteral(const StringLiteral &SL, std::string &Out) {
  if (SL.getCharByteWidth() == 1) {
    Out += SL.getString();
    return true;
  }
  for (unsigned I = 0, N = SL.getLength(); I < N; ++I) {
    uint32_t Unit = SL.getCodeUnit(I);
    if (Unit >= 0x80)
      return false;
    Out += static_cast<char>(Unit);
  }
  return true;
}

/// `std::string("...")`, `std::string_view(k)`, `web::uri(U("..."))`: one
/// argument, the rest defaulted.
static bool resolveConstruct(const CXXConstructExpr &CE, Resolution &R,
                             std::string &Out, unsigned Depth) {
  if (CE.getNumArgs() == 0)
    return R.fail("not a string literal or constant");
  for (unsigned I = 1; I < CE.getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(CE.getArg(I)))
      return R.fail("built at run time by a constructor");
  const Expr *Arg = CE.getArg(0);
  QualType T = Arg->getType().getNonReferenceType();
  if (!T->isPointerType() && !T->isArrayType() && !T->isRecordType())
    return R.fail("not a string literal or constant");
  return resolve(Arg, R, Out, Depth + 1);
}

/// `kRoutes[1]` of a constant array with a constant index.
static bool resolveSubscript(const ArraySubscriptExpr &ASE, Resolution &R,
                             std::string &Out, unsigned Depth) {
  const auto *Init =
      dyn_cast_or_null<InitListExpr>(constantInit(ASE.getBase(), R.Ctx));
  Expr::EvalResult Index;
  if (!Init || ASE.getIdx()->isValueDependent() ||
      !ASE.getIdx()->EvaluateAsInt(Index, R.Ctx))
    return R.fail("an element of an array that is not constant, or at an "
                  "index known only at run time");
  uint64_t I = Index.Val.getInt().getLimitedValue();
  if (I >= Init->getNumInits())
    return R.fail("an index past the end of its array");
  return resolve(Init->getInit(I), R, Out, Depth + 1);
}

/// Why a call's value is not known: it is computed at run time.
static bool runTimeCall(const CallExpr &Call, Resolution &R) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (FD && FD->getIdentifier())
    return R.fail("computed at run time by '" + FD->getName().str() + "'");
  return R.fail("computed at run time");
}

/// `a + b`, `s.c_str()`, `fmt::format("...", ...)`,
/// `utility::conversions::to_string_t(...)`.
static bool resolveCall(const CallExpr &Call, Resolution &R, std::string &Out,
                        unsigned Depth) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call)) {
    if (Op->getOperator() != OO_Plus || Op->getNumArgs() != 2)
      return runTimeCall(Call, R);
    std::string L, Right;
    if (!resolve(Op->getArg(0), R, L, Depth + 1) ||
        !resolve(Op->getArg(1), R, Right, Depth + 1))
      return false;
    Out += L + Right;
    return true;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && MD->getIdentifier() &&
        (MD->getName() == "c_str" || MD->getName() == "data") &&
        MC->getNumArgs() == 0)
      return resolve(MC->getImplicitObjectArgument(), R, Out, Depth + 1);
    return runTimeCall(Call, R);
  }
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD || !FD->getIdentifier() || Call.getNumArgs() == 0)
    return runTimeCall(Call, R);
  StringRef Name = FD->getName();
  StringRef NS = topLevelNamespace(*FD);
  if (Name == "format" && (NS == "fmt" || NS == "std")) {
    std::string Format;
    if (!resolve(Call.getArg(0), R, Format, Depth + 1))
      return false;
    Out += expandFormat(Format);
    return true;
  }
  if (Name == "to_string_t" && NS == "utility")
    return resolve(Call.getArg(0), R, Out, Depth + 1);
  return runTimeCall(Call, R);
}

/// A variable that is not a constant: every value the flow says it may
/// hold at \p E must resolve, to the same text.
static bool resolveVariable(const Expr *E, Resolution &R, std::string &Out,
                            unsigned Depth) {
  if (!R.Vars)
    return R.fail("not a constant");
  std::string Why;
  ValueCandidates Values;
  const NamedDecl *Name = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    Values = R.Vars->valuesAt(*DRE, Why);
    Name = DRE->getDecl();
  } else {
    Values = R.Vars->valuesAt(*cast<MemberExpr>(E), Why);
    Name = cast<MemberExpr>(E)->getMemberDecl();
  }
  if (Values.empty())
    return R.fail(Why);
  std::string Text;
  for (size_t I = 0; I < Values.size(); ++I) {
    std::string One;
    if (!resolve(Values[I], R, One, Depth + 1))
      return false;
    if (I > 0 && Text != One)
      return R.fail("'" + Name->getNameAsString() +
                    "' is given different values by the constructors");
    Text = std::move(One);
  }
  Out += Text;
  return true;
}

static bool resolve(const Expr *E, Resolution &R, std::string &Out,
                    unsigned Depth) {
  if (!E || Depth > 24)
    return R.fail("too deep to follow");
  E = E->IgnoreParenImpCasts();
  if (const Expr *Operand = valuePreservingOperand(E))
    return resolve(Operand, R, Out, Depth + 1);
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return appendLiteral(*SL, Out) || R.fail("a literal that is not ASCII");
  if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E))
    return (UDL->getLiteralOperatorKind() == UserDefinedLiteral::LOK_String &&
            UDL->getNumArgs() >= 1 &&
            resolve(UDL->getArg(0), R, Out, Depth + 1)) ||
           R.fail("not a string literal or constant");
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return resolveConstruct(*CE, R, Out, Depth);
  if (isa<DeclRefExpr>(E)) {
    if (const Expr *Init = constantInit(E, R.Ctx))
      return resolve(Init, R, Out, Depth + 1);
    return resolveVariable(E, R, Out, Depth);
  }
  if (isa<MemberExpr>(E))
    return resolveVariable(E, R, Out, Depth);
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
    return resolveSubscript(*ASE, R, Out, Depth);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return resolveCall(*Call, R, Out, Depth);
  return R.fail("not a string literal or constant");
}

std::optional<std::string> resolveStringValue(const Expr *E,
                                              const ASTContext &Ctx,
                                              VariableValues *Vars,
                                              std::string *Why) {
  Resolution R{Ctx, Vars, {}};
  std::string Out;
  if (resolve(E, R, Out, 0))
    return Out;
  if (Why)
    *Why = R.Why.empty() ? "not a string literal or constant" : R.Why;
  return std::nullopt;
}

const StringLiteral *plainStringLiteral(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *SL = dyn_cast<StringLiteral>(E))
      return SL->isOrdinary() && SL->getNumConcatenated() == 1 ? SL : nullptr;
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
      E = CE->getNumArgs() >= 1 ? CE->getArg(0) : nullptr;
    else
      return nullptr;
  }
  return nullptr;
}

void addMethod(std::vector<std::string> &Out, StringRef Name) {
  std::string M = normalizeMethod(Name);
  if (!M.empty() && !llvm::is_contained(Out, M))
    Out.push_back(M);
}

static void collectMethodsIn(const Expr *E, const ASTContext &Ctx,
                             std::vector<std::string> &Out, unsigned Depth) {
  if (!E || Depth > 16 || isa<LambdaExpr>(E) || isa<CXXDefaultArgExpr>(E))
    return;
  E = E->IgnoreParenImpCasts();
  if (const auto *SL = dyn_cast<StringLiteral>(E)) {
    if (SL->getCharByteWidth() == 1)
      addMethod(Out, SL->getString());
    return;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = DRE->getDecl();
    if (isa<EnumConstantDecl>(D) ||
        (isa<VarDecl>(D) && cast<VarDecl>(D)->isStaticDataMember())) {
      if (D->getIdentifier())
        addMethod(Out, D->getName());
      return;
    }
    if (std::optional<std::string> S = resolveStringValue(DRE, Ctx))
      addMethod(Out, *S);
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (ME->getMemberDecl()->getIdentifier())
      addMethod(Out, ME->getMemberDecl()->getName());
    return;
  }
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      collectMethodsIn(CE, Ctx, Out, Depth + 1);
}

void collectMethods(const Expr *E, const ASTContext &Ctx,
                    std::vector<std::string> &Out) {
  collectMethodsIn(E, Ctx, Out, 0);
}

} // namespace wirecheck
