//===--- NonValues.cpp - Sink arguments that write no value ---------------===//

#include "lib/sinks/NonValues.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace wirecheck {

namespace {
/// What the names under an expression say about its evaluation context.
enum class Evidence : uint8_t { None, Evaluated, Unevaluated };
} // namespace

static Evidence evidenceOf(NonOdrUseReason Reason, const ValueDecl *D) {
  if (Reason == NOUR_Unevaluated)
    return Evidence::Unevaluated;
  // A variable or field named in an evaluated context is not marked so;
  // a function found by overload resolution is never marked at all.
  if (isa_and_nonnull<VarDecl, FieldDecl, BindingDecl>(D))
    return Evidence::Evaluated;
  return Evidence::None;
}

bool isUnevaluatedOperand(const Expr &Call) {
  llvm::SmallVector<const Stmt *, 16> Work{&Call};
  // Bounded: the names closest to the call decide.
  for (unsigned Visited = 0; !Work.empty() && Visited < 64; ++Visited) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    // A nested unevaluated operand, or a body of its own, says nothing
    // about the context of the call.
    if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr, CXXTypeidExpr,
            RequiresExpr, LambdaExpr, BlockExpr, StmtExpr>(S))
      continue;
    Evidence E = Evidence::None;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      E = evidenceOf(Ref->isNonOdrUse(), Ref->getDecl());
    else if (const auto *Member = dyn_cast<MemberExpr>(S))
      // Methods named through a member expression are marked too.
      E = Member->isNonOdrUse() == NOUR_Unevaluated ? Evidence::Unevaluated
          : isa<CXXMethodDecl, FieldDecl>(Member->getMemberDecl())
              ? Evidence::Evaluated
              : Evidence::None;
    if (E != Evidence::None)
      return E == Evidence::Unevaluated;
    size_t First = Work.size();
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
    std::reverse(Work.begin() + First, Work.end()); // Left to right.
  }
  return false;
}

bool isConstructionTag(const Expr &Arg, SinkFamily F) {
  if (F != SinkFamily::RapidJson)
    return false;
  const auto *ET =
      Arg.IgnoreParenImpCasts()->getType()->getAs<clang::EnumType>();
  if (!ET)
    return false;
  const EnumDecl *ED = ET->getDecl();
  return ED->getIdentifier() && ED->getName() == "Type" &&
         isInNamespace(*ED, "rapidjson");
}

bool copiesStreamContents(const ParmVarDecl &P) {
  const auto *PT = P.getType()->getAs<PointerType>();
  if (!PT)
    return false;
  return isStdName(PT->getPointeeType()->getAsCXXRecordDecl(),
                   {"basic_streambuf"});
}

} // namespace wirecheck
