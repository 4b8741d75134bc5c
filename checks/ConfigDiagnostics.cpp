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

void reportUnusableFile(const ClangTidyCheck &Check, StringRef CheckName,
                        StringRef Option, StringRef Reason) {
  Check.configurationDiag("cannot use option '%0.%1': %2; it is ignored",
                          DiagnosticIDs::Error)
      << CheckName << Option << Reason;
}

} // namespace clang::tidy::wire
