//===--- TidyOutput.h - clang-tidy findings as it reports them --*- C++ -*-===//
//-*-===//
//
// Parsers for the two forms clang-tidy reports findings in: the YAML of
// `--export-fixes` (diagnostics with byte offsets and replacements) and its
// text output (`file:line:col: warning: message [check]` and notes). Both
// resolve positions and the enclosing function against the source files.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_TIDYOUTPUT_H
#define WIRECHECK_LIB_SARIF_TIDYOUTPUT_H

#include "lib/sarif/Finding.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace wirecheck {
namespace sarif {

/// Parses clang-tidy's `--export-fixes` YAML. Offsets are turned into lines
/// and columns with the sources from \p Read.
llvm::Error parseExportedFixes(llvm::StringRef Yaml, FileReader Read,
                               std::vector<Finding> &Out);

/// Parses clang-tidy's text output (`file:line:col: warning: msg [check]`
/// followed by its notes).
llvm::Error parseTextDiagnostics(llvm::StringRef Text, FileReader Read,
                                 std::vector<Finding> &Out);

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_TIDYOUTPUT_H
