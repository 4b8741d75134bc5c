//===--- ConfigDiagnostics.h - Reporting bad option values ------*- C++ -*-===//
//
// One wording for configuration errors across every wire check: the option,
// the offending value and what happens instead, at error level.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_CHECKS_CONFIGDIAGNOSTICS_H
#define WIRECHECK_CHECKS_CONFIGDIAGNOSTICS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/support/OptionLists.h"

namespace clang::tidy::wire {

/// Reports configuration errors collected while parsing the options of
/// \p Check, one configuration diagnostic each, naming option and value.
void reportOptionErrors(const ClangTidyCheck &Check, StringRef CheckName,
                        ArrayRef<wirecheck::OptionError> Errors);

/// Reports errors in options a check read from the global fallback
/// (`SafeWrappers` at the top level of CheckOptions), naming the option
/// without a check prefix. Several checks read such an option: only the
/// first of \p Readers that is enabled in \p Context reports, so each
/// error is printed once per run.
void reportGlobalOptionErrors(const ClangTidyCheck &Check, StringRef CheckName,
                              ClangTidyContext &Context,
                              ArrayRef<StringRef> Readers,
                              ArrayRef<wirecheck::OptionError> Errors);

/// Reports that the file named by option \p Option cannot be used (a
/// malformed manifest or spec); \p Reason carries file, line and column.
void reportUnusableFile(const ClangTidyCheck &Check, StringRef CheckName,
                        StringRef Option, StringRef Reason);

/// Reports one entry of the file named by option \p Option that was left
/// out or not fully understood (\p Message carries file, line and column);
/// the rest of the file applies, so this is a warning.
void reportFileEntry(const ClangTidyCheck &Check, StringRef CheckName,
                     StringRef Option, StringRef Message);

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_CONFIGDIAGNOSTICS_H
