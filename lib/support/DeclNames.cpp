//===--- DeclNames.cpp - Matching declarations by qualified name ----------===//

#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace wirecheck {

/// Skips contexts that do not contribute to a written qualified name.
static const DeclContext *significantParent(const DeclContext *DC) {
  while (DC) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (!NS->isInline())
        return DC;
    } else if (!isa<LinkageSpecDecl>(DC) && !isa<ExportDecl>(DC)) {
      return DC;
    }
    DC = DC->getParent();
  }
  return nullptr;
}

static StringRef nameOf(const DeclContext *DC) {
  if (const auto *ND = dyn_cast<NamedDecl>(DC))
    if (const IdentifierInfo *II = ND->getIdentifier())
      return II->getName();
  return {};
}

static std::string lastComponent(const NamedDecl &D) {
  if (const IdentifierInfo *II = D.getIdentifier())
    return II->getName().str();
  return D.getDeclName().getAsString();
}

bool matchesName(const NamedDecl &D, const QualifiedName &Name) {
  if (Name.Components.empty())
    return false;
  // Fast reject on the last component before walking the contexts.
  if (const IdentifierInfo *II = D.getIdentifier()) {
    if (II->getName() != Name.Components.back())
      return false;
  } else if (lastComponent(D) != Name.Components.back()) {
    return false;
  }
  const DeclContext *DC = significantParent(D.getDeclContext());
  for (size_t I = Name.Components.size() - 1; I-- > 0;) {
    if (!DC || isa<TranslationUnitDecl>(DC))
      return false;
    if (nameOf(DC) != Name.Components[I])
      return false;
    DC = significantParent(DC->getParent());
  }
  return !Name.Anchored || !DC || isa<TranslationUnitDecl>(DC);
}

bool matchesAnyName(const NamedDecl &D, llvm::ArrayRef<QualifiedName> Names) {
  return llvm::any_of(
      Names, [&](const QualifiedName &N) { return matchesName(D, N); });
}

StringRef topLevelNamespace(const Decl &D) {
  StringRef Top;
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (!NS->isInline() && NS->getIdentifier())
        Top = NS->getName();
  return Top;
}

bool isInNamespace(const Decl &D, StringRef TopLevel) {
  return topLevelNamespace(D) == TopLevel;
}

bool isStdName(const NamedDecl *D, llvm::ArrayRef<StringRef> Names) {
  return D && D->getIdentifier() && llvm::is_contained(Names, D->getName()) &&
         isInNamespace(*D, "std");
}

std::string plainQualifiedName(const NamedDecl &D) {
  std::string Result = lastComponent(D);
  for (const DeclContext *DC = significantParent(D.getDeclContext());
       DC && !isa<TranslationUnitDecl>(DC);
       DC = significantParent(DC->getParent())) {
    StringRef N = nameOf(DC);
    if (N.empty())
      continue;
    Result.insert(0, (N + "::").str());
  }
  return Result;
}

} // namespace wirecheck
