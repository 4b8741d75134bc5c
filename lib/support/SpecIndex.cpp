//===--- SpecIndex.cpp - Argument indices of option entries ---------------===//

#include "lib/support/SpecIndex.h"
#include "lib/support/DeclNames.h"
#include "llvm/ADT/STLExtras.h"

namespace wirecheck {

bool SpecIndexCheck::fits(const clang::FunctionDecl &FD,
                          const FunctionSpec &Spec, llvm::StringRef Option) {
  // An argument index counts the parameters of the template pattern.
  const clang::FunctionDecl *Pattern = FD.getTemplateInstantiationPattern();
  const clang::FunctionDecl &Declared = Pattern ? *Pattern : FD;
  // A C `...` or a parameter pack takes any number of arguments.
  if (Declared.isVariadic() ||
      llvm::any_of(Declared.parameters(), [](const clang::ParmVarDecl *P) {
        return P->isParameterPack();
      }))
    return true;
  const unsigned NumParams = Declared.getNumParams();
  std::optional<unsigned> Past;
  for (std::optional<unsigned> Index : {Spec.Index, Spec.SecondIndex})
    if (Index && *Index >= NumParams && !Past)
      Past = Index;
  if (!Past)
    return true;
  if (Reported.insert({&Spec, Declared.getCanonicalDecl()}).second)
    Problems.push_back({Option.str(), Spec.Text,
                        "argument index " + std::to_string(*Past) +
                            " is past the last parameter of '" +
                            plainQualifiedName(FD) + "', which takes " +
                            std::to_string(NumParams) +
                            "; the entry does not apply to it"});
  return false;
}

} // namespace wirecheck
