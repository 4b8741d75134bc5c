//===--- ConfigDiagnostics.cpp - Reporting bad option values --------------===//

#include "checks/ConfigDiagnostics.h"

namespace wirecheck {

void reportOptionErrors(const clang::tidy::ClangTidyCheck &Check,
                        llvm::StringRef CheckName,
                        llvm::ArrayRef<OptionError> Errors) {
  for (const OptionError &E : Errors)
    Check.configurationDiag("invalid value '%0' in option '%1.%2': %3",
                            clang::DiagnosticIDs::Error)
        << E.Value << CheckName << E.Option << E.Message;
}

void reportGlobalOptionErrors(const clang::tidy::ClangTidyCheck &Check,
                              llvm::StringRef CheckName,
                              clang::tidy::ClangTidyContext &Context,
                              llvm::ArrayRef<llvm::StringRef> Readers,
                              llvm::ArrayRef<OptionError> Errors) {
  const auto *Owner = llvm::find_if(
      Readers, [&](llvm::StringRef R) { return Context.isCheckEnabled(R); });
  if (Owner != Readers.end() && *Owner != CheckName)
    return;
  for (const OptionError &E : Errors)
    Check.configurationDiag("invalid value '%0' in option '%1': %2",
                            clang::DiagnosticIDs::Error)
        << E.Value << E.Option << E.Message;
}

void reportUnusableFile(const clang::tidy::ClangTidyCheck &Check,
                        llvm::StringRef CheckName, llvm::StringRef Option,
                        llvm::StringRef Reason) {
  Check.configurationDiag("cannot use option '%0.%1': %2; it is ignored",
                          clang::DiagnosticIDs::Error)
      << CheckName << Option << Reason;
}

} // namespace wirecheck
