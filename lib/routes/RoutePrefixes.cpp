//===--- RoutePrefixes.cpp - What frameworks put before a path ------------===//

#include "lib/routes/RoutePrefixes.h"
#include "lib/routes/RoutePattern.h"
#include "lib/routes/StringValues.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace wirecheck {

std::string joinPath(StringRef Prefix, StringRef Path) {
  if (Prefix.empty())
    return Path.str();
  if (Path.empty() || Path == "/")
    return Prefix.str();
  std::string Out = Prefix.rtrim('/').str();
  if (!Path.starts_with("/"))
    Out += '/';
  return Out + Path.str();
}

const ValueDecl *namedVariable(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DRE->getDecl());
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return dyn_cast<FieldDecl>(ME->getMemberDecl());
  return nullptr;
}

std::optional<std::string> blueprintPrefix(const Expr *Object,
                                           const ASTContext &Ctx) {
  const auto *VD = dyn_cast_or_null<VarDecl>(namedVariable(Object));
  if (!VD || !VD->getInit())
    return std::nullopt;
  const auto *CE = dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit());
  if (!CE || CE->getNumArgs() == 0)
    return std::nullopt;
  std::optional<std::string> P = resolveStringValue(CE->getArg(0), Ctx);
  if (!P)
    return std::nullopt;
  return "/" + StringRef(*P).trim('/').str();
}

std::optional<std::string> drogonClassPrefix(const FunctionDecl &FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  const auto *Spec =
      MD ? dyn_cast<ClassTemplateSpecializationDecl>(MD->getParent()) : nullptr;
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  const CXXRecordDecl *Controller =
      Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  if (!Controller)
    return std::nullopt;
  std::string Name = plainQualifiedName(*Controller);
  std::string Out = "/";
  for (size_t I = 0; I < Name.size(); ++I) {
    if (Name.compare(I, 2, "::") == 0) {
      Out += '/';
      ++I;
    } else {
      Out += Name[I];
    }
  }
  return Out;
}

std::string clientBaseUri(const Expr *Object, const ASTContext &Ctx) {
  const auto *VD = dyn_cast_or_null<VarDecl>(namedVariable(Object));
  const auto *CE =
      VD && VD->getInit()
          ? dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit())
          : nullptr;
  if (!CE || CE->getNumArgs() == 0)
    return "";
  std::optional<std::string> Uri = resolveStringValue(CE->getArg(0), Ctx);
  if (!Uri)
    return "";
  size_t End;
  urlPath(*Uri, nullptr, &End);
  return Uri->substr(0, End);
}

} // namespace wirecheck
