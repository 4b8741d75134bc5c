//===--- EnumRendering.cpp - How an enum value can be named as text -------===//

#include "lib/sinks/EnumRendering.h"
#include "lib/sinks/SinkContext.h"
#include "lib/sinks/SinkFlow.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace wirecheck {

StringKind stringKind(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType() ? StringKind::CString
                                                      : StringKind::None;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier())
    return StringKind::None;
  StringRef Name = RD->getName();
  if (Name == "basic_string" && isInNamespace(*RD, "std"))
    return StringKind::StdString;
  if ((Name == "basic_string_view" &&
       (isInNamespace(*RD, "std") || isInNamespace(*RD, "fmt"))) ||
      (Name == "string_view" && isInNamespace(*RD, "absl")))
    return StringKind::View;
  return StringKind::None;
}

bool isEnumNamer(const FunctionDecl &FD, const EnumDecl &ED) {
  if (FD.getNumParams() == 0 || FD.isTemplated() ||
      stringKind(FD.getReturnType()) == StringKind::None)
    return false;
  for (unsigned I = 1; I < FD.getNumParams(); ++I)
    if (!FD.getParamDecl(I)->hasDefaultArg())
      return false;
  QualType P = FD.getParamDecl(0)->getType().getNonReferenceType();
  const auto *ET = P.getCanonicalType()->getAs<EnumType>();
  return ET && ET->getDecl()->getCanonicalDecl() == ED.getCanonicalDecl();
}

/// `WebSocketState` -> `web_socket_state`.
static std::string snakeCase(StringRef Name) {
  std::string Out;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (llvm::isUpper(C)) {
      if (I > 0 && Name[I - 1] != '_')
        Out += '_';
      Out += llvm::toLower(C);
    } else {
      Out += C;
    }
  }
  return Out;
}

static llvm::SmallVector<std::string, 12> namerNames(const EnumDecl &ED) {
  llvm::SmallVector<std::string, 12> Names = {"to_string", "ToString",
                                              "to_string_view", "name", "Name"};
  if (const IdentifierInfo *II = ED.getIdentifier()) {
    std::string E = II->getName().str();
    for (const char *Suffix :
         {"ToString", "_to_string", "_to_string_view", "Name"})
      Names.push_back(E + Suffix);
    Names.push_back(snakeCase(E) + "_to_string");
  }
  return Names;
}

/// The contexts searched for a namer: every class and namespace enclosing
/// the enum, then every one enclosing the use.
static void searchContexts(const EnumDecl &ED, const DeclContext *UseContext,
                           llvm::SmallVectorImpl<const DeclContext *> &Out) {
  llvm::SmallPtrSet<const DeclContext *, 8> Seen;
  for (const DeclContext *Start : {ED.getDeclContext(), UseContext})
    for (const DeclContext *DC = Start; DC; DC = DC->getParent()) {
      if (!isa<NamespaceDecl, CXXRecordDecl, TranslationUnitDecl>(DC))
        continue;
      const DeclContext *Primary = DC->getPrimaryContext();
      if (Seen.insert(Primary).second)
        Out.push_back(Primary);
    }
}

static const FunctionDecl *namerIn(const DeclContext &DC, DeclarationName DN,
                                   const EnumDecl &ED) {
  for (const NamedDecl *ND : DC.lookup(DN)) {
    const auto *FD = dyn_cast<FunctionDecl>(ND->getUnderlyingDecl());
    if (FD && isEnumNamer(*FD, ED))
      return FD;
  }
  return nullptr;
}

const FunctionDecl *findEnumNamer(const EnumDecl &ED,
                                  const DeclContext *UseContext) {
  ASTContext &Ctx = ED.getASTContext();
  llvm::SmallVector<const DeclContext *, 8> Contexts;
  searchContexts(ED, UseContext, Contexts);
  for (const std::string &Name : namerNames(ED)) {
    DeclarationName DN(&Ctx.Idents.get(Name));
    for (const DeclContext *DC : Contexts)
      if (const FunctionDecl *FD = namerIn(*DC, DN, ED))
        return FD;
  }
  return nullptr;
}

const FunctionDecl *findNamedEnumNamer(const EnumDecl &ED,
                                       const QualifiedName &Fn) {
  if (Fn.Components.empty())
    return nullptr;
  ASTContext &Ctx = ED.getASTContext();
  // The enum's own classes and namespaces (argument-dependent lookup), then
  // the namespace the name spells, walked from the global one.
  llvm::SmallVector<const DeclContext *, 8> Contexts;
  searchContexts(ED, nullptr, Contexts);
  const DeclContext *DC = Ctx.getTranslationUnitDecl();
  for (size_t I = 0; DC && I + 1 < Fn.Components.size(); ++I) {
    const DeclContext *Next = nullptr;
    for (const NamedDecl *ND :
         DC->lookup(DeclarationName(&Ctx.Idents.get(Fn.Components[I])))) {
      Next = dyn_cast<DeclContext>(ND);
      if (Next)
        break;
    }
    DC = Next;
  }
  if (DC)
    Contexts.push_back(DC->getPrimaryContext());
  DeclarationName DN(&Ctx.Idents.get(Fn.Components.back()));
  for (const DeclContext *C : Contexts)
    if (const FunctionDecl *FD = namerIn(*C, DN, ED))
      if (matchesName(*FD, Fn) || Fn.Components.size() == 1)
        return FD;
  return nullptr;
}

/// Strips `.c_str()` / `.data()` and conversions around a string.
static const Expr *stripStringAccess(const Expr *E) {
  E = stripWriteConversions(E);
  if (const auto *M = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = M->getMethodDecl();
    if (MD && MD->getIdentifier() &&
        (MD->getName() == "c_str" || MD->getName() == "data"))
      E = stripWriteConversions(M->getImplicitObjectArgument());
  }
  return E;
}

bool namesValue(const Expr &Candidate, const Expr &Value) {
  const auto *Call = dyn_cast<CallExpr>(stripStringAccess(&Candidate));
  if (!Call || isa<CXXOperatorCallExpr>(Call) ||
      stringKind(Call->getType()) == StringKind::None)
    return false;
  const Expr *V = Value.IgnoreParenImpCasts();
  return llvm::any_of(Call->arguments(),
                      [&](const Expr *Arg) { return isSameValue(*Arg, *V); });
}

} // namespace wirecheck
