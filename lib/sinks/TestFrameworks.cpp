//===--- TestFrameworks.cpp - Test frameworks' own stringification --------===//

#include "lib/sinks/TestFrameworks.h"
#include "lib/sinks/SinkCatalogue.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

static bool isStdOstream(QualType T) {
  return isStdName(T->getAsCXXRecordDecl(), {"basic_ostream"});
}

/// `PrintTo(const T &, std::ostream *)`.
static bool isGoogleTestPrintTo(const FunctionDecl &FD) {
  if (!FD.getIdentifier() || FD.getName() != "PrintTo" ||
      FD.getNumParams() != 2)
    return false;
  const auto *PT = FD.getParamDecl(1)->getType()->getAs<PointerType>();
  return PT && isStdOstream(PT->getPointeeType());
}

/// A member of `Catch::StringMaker<T>` or `doctest::StringMaker<T>`.
static bool isStringMakerMember(const FunctionDecl &FD) {
  for (const DeclContext *DC = FD.getDeclContext(); DC; DC = DC->getParent()) {
    const auto *RD = dyn_cast<CXXRecordDecl>(DC);
    if (!RD)
      break;
    if (RD->getIdentifier() && RD->getName() == "StringMaker" &&
        (isInNamespace(*RD, "Catch") || isInNamespace(*RD, "doctest")))
      return true;
  }
  return false;
}

/// The translation unit declares GoogleTest, Catch2, doctest or UnitTest++.
static bool usesTestFramework(ASTContext &Ctx) {
  for (StringRef NS : {"testing", "Catch", "doctest", "UnitTest"})
    for (const NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(
             DeclarationName(&Ctx.Idents.get(NS))))
      if (isa<NamespaceDecl>(ND))
        return true;
  return false;
}

/// A stream inserter defined in the main file of a test translation unit.
static bool isTestFilePrinter(const FunctionDecl &FD, ASTContext &Ctx) {
  if (!isProjectInserter(FD))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.isInMainFile(SM.getExpansionLoc(FD.getLocation())) &&
         usesTestFramework(Ctx);
}

bool isTestStringification(const FunctionDecl &FD, ASTContext &Ctx) {
  // Through lambdas and local classes to the function they are written in.
  for (const DeclContext *DC = &FD; DC; DC = DC->getParent()) {
    const auto *F = dyn_cast<FunctionDecl>(DC);
    if (!F)
      continue;
    if (const FunctionDecl *Pattern = F->getTemplateInstantiationPattern())
      F = Pattern;
    if (isGoogleTestPrintTo(*F) || isStringMakerMember(*F) ||
        isTestFilePrinter(*F, Ctx))
      return true;
  }
  return false;
}

} // namespace wirecheck
