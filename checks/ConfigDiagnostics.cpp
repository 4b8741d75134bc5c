//===--- ConfigDiagnostics.cpp - Reporting bad option values --------------===//

#include "checks/ConfigDiagnostics.h"

namespace clang::tidy::wire {

void reportOptionErrors(const ClangTidyCheck &Check, StringRef CheckName,
                        ArrayRef<wirecheck::OptionError> Errors) {
  for (const wirecheck::OptionError &E : Errors)
    Check.configurationDiag("invalid value '%0' in option '%1.%2': %3",
                            DiagnosticIDs::Error)
        << E.Value << CheckName << E.Option << E.Message;
}

void reportGlobalOptionErrors(const ClangTidyCheck &Check, StringRef CheckName,
                              ClangTidyContext &Context,
                              ArrayRef<StringRef> Readers,
                              ArrayRef<wirecheck::OptionError> Errors) {
  const auto *Owner = llvm::find_if(
      Readers, [&](StringRef R) { return Context.isCheckEnabled(R); });
  if (Owner != Readers.end() && *Owner != CheckName)
    return;
  for (const wirecheck::OptionError &E : Errors)
    Check.configurationDiag("invalid value '%0' in option '%1': %2",
                            DiagnosticIDs::Error)
        << E.Value << E.Option << E.Message;
}

void reportUnusableFile(const ClangTidyCheck &Check, StringRef CheckName,
                        StringRef Option, StringRef Reason) {
  Check.configurationDiag("cannot use option '%0.%1': %2; it is ignored",
                          DiagnosticIDs::Error)
      << CheckName << Option << Reason;
}

void reportFileEntry(const ClangTidyCheck &Check, StringRef CheckName,
                     StringRef Option, StringRef Message) {
  Check.configurationDiag("option '%0.%1': %2", DiagnosticIDs::Warning)
      << CheckName << Option << Message;
}

} // namespace clang::tidy::wire
