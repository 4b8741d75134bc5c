//===--- PreRouting.cpp - Paths a pre-routing handler answers -------------===//

#include "lib/routes/PreRouting.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace wirecheck {

/// The lambda \p E is, through the conversions to `std::function`.
static const LambdaExpr *lambdaOf(const Expr *E) {
  while (E) {
    E = E->IgnoreImplicit()->IgnoreParenImpCasts();
    if (const auto *L = dyn_cast<LambdaExpr>(E))
      return L;
    if (const auto *C = dyn_cast<CXXConstructExpr>(E);
        C && C->getNumArgs() >= 1) {
      E = C->getArg(0);
      continue;
    }
    if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = C->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

namespace {
/// Finds the reads of `Request.path` in a handler's body and the ones that
/// are an operand of `==` with the other side not itself the path.
class PathReads {
public:
  explicit PathReads(const ParmVarDecl *Request) : Request(Request) {}

  unsigned Reads = 0;
  std::vector<const Expr *> Compared;

  void visitTree(const Stmt *S) {
    if (!S)
      return;
    if (const Expr *Other = comparedWithPath(S)) {
      ++Reads;
      Compared.push_back(Other);
      visitTree(Other);
      return;
    }
    if (isPath(dyn_cast<Expr>(S))) {
      ++Reads;
      return;
    }
    for (const Stmt *Child : S->children())
      visitTree(Child);
  }

private:
  const ParmVarDecl *Request;

  /// Is \p E `Request.path` (or `.target`, the path with its query)?
  bool isPath(const Expr *E) const {
    const auto *M =
        E ? dyn_cast<MemberExpr>(E->IgnoreParenImpCasts()) : nullptr;
    if (!M || !M->getMemberDecl()->getIdentifier())
      return false;
    StringRef Name = M->getMemberDecl()->getName();
    if (Name != "path" && Name != "target")
      return false;
    const auto *Base =
        dyn_cast<DeclRefExpr>(M->getBase()->IgnoreParenImpCasts());
    return Base && Base->getDecl() == Request;
  }

  /// If \p S is `path == X` or `X == path`, X.
  const Expr *comparedWithPath(const Stmt *S) const {
    const Expr *L = nullptr, *R = nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
      if (Op->getOperator() != OO_EqualEqual || Op->getNumArgs() != 2)
        return nullptr;
      L = Op->getArg(0);
      R = Op->getArg(1);
    } else if (const auto *B = dyn_cast<BinaryOperator>(S)) {
      if (B->getOpcode() != BO_EQ)
        return nullptr;
      L = B->getLHS();
      R = B->getRHS();
    } else {
      return nullptr;
    }
    if (isPath(L) && !isPath(R))
      return R;
    if (isPath(R) && !isPath(L))
      return L;
    return nullptr;
  }
};
} // namespace

std::optional<std::vector<const Expr *>> preRoutingPaths(const Expr *Handler) {
  const LambdaExpr *L = lambdaOf(Handler);
  const CXXMethodDecl *Call = L ? L->getCallOperator() : nullptr;
  if (!Call || Call->getNumParams() == 0 || !Call->hasBody())
    return std::nullopt;
  PathReads Reads(Call->getParamDecl(0));
  Reads.visitTree(Call->getBody());
  if (Reads.Reads != Reads.Compared.size())
    return std::nullopt;
  return std::move(Reads.Compared);
}

} // namespace wirecheck
