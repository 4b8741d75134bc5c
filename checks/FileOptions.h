//===--- FileOptions.h - Where a relative file option points ----*- C++ -*-===//
//
// Owns the one rule for options that name a file (RouteManifest,
// OpenAPISpec): an absolute path is used as written; a relative one is taken
// from the directory of the `.clang-tidy` file that sets it, and when no
// `.clang-tidy` file sets it (--config, --config-file, clangd's own
// configuration) from the directory the process was started in, captured
// when the module is loaded, before clang-tidy changes into the build
// directory of a compile command.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_CHECKS_FILEOPTIONS_H
#define WIRECHECK_CHECKS_FILEOPTIONS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <string>

namespace clang::tidy::wire {

/// Resolves \p Value, the value of the file option \p Option of check
/// \p CheckName (read with getLocalOrGlobal), for the file \p Context is
/// processing, by the rule above. An empty value stays empty.
std::string resolveFileOption(const ClangTidyContext &Context,
                              StringRef CheckName, StringRef Option,
                              StringRef Value);

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_FILEOPTIONS_H
