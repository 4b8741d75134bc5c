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

namespace wirecheck {

/// Reports configuration errors collected while parsing the options of
/// \p Check, one configuration diagnostic each, naming option and value.
void reportOptionErrors(const clang::tidy::ClangTidyCheck &Check,
                        llvm::StringRef CheckName,
                        llvm::ArrayRef<OptionError> Errors);

/// Reports errors in options a check read from the global fallback
/// (`SafeWrappers` at the top level of CheckOptions), naming the option
/// without a check prefix. Several checks read such an option: only the
/// first of \p Readers that is enabled in \p Context reports, so each
/// error is printed once per run.
void reportGlobalOptionErrors(const clang::tidy::ClangTidyCheck &Check,
                              llvm::StringRef CheckName,
                              clang::tidy::ClangTidyContext &Context,
                              llvm::ArrayRef<llvm::StringRef> Readers,
                              llvm::ArrayRef<OptionError> Errors);

/// Reports that the file named by option \p Option cannot be used (a
/// malformed manifest or spec); \p Reason carries file, line and column.
void reportUnusableFile(const clang::tidy::ClangTidyCheck &Check,
                        llvm::StringRef CheckName, llvm::StringRef Option,
                        llvm::StringRef Reason);

} // namespace wirecheck

#endif // WIRECHECK_CHECKS_CONFIGDIAGNOSTICS_H
