//===--- Sarif.h - clang-tidy findings as SARIF 2.1.0 -----------*- C++ -*-===//
//
// Reads clang-tidy's findings, from its exported fixes (`--export-fixes`
// YAML) or from its text diagnostics, and writes them as a SARIF 2.1.0 log:
// rule metadata with help text and documentation links, locations, fixes and
// partialFingerprints that survive unrelated edits. A baseline log filters
// out findings that were already known. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_SARIF_H
#define WIRECHECK_LIB_SARIF_SARIF_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {
namespace sarif {

/// The name of our entry in a result's partialFingerprints.
inline constexpr llvm::StringLiteral FingerprintKey = "wirecheck/v1";

/// A position in a file: 1-based line and column (in Unicode code points,
/// SARIF's "unicodeCodePoints" column kind) and the byte offset.
struct Position {
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned Offset = 0;
};

/// A span of replaced text and what replaces it.
struct Replacement {
  std::string File;
  Position Begin;
  Position End;
  std::string Text;
};

/// A secondary location of a finding (a clang-tidy note).
struct Note {
  std::string Message;
  std::string File;
  Position Where;
};

/// One clang-tidy finding.
struct Finding {
  std::string Rule; // The check name, e.g. wire-enum-serialization.
  std::string Level = "warning"; // SARIF level: warning, error or note.
  std::string Message;
  std::string File;
  Position Where;
  std::string Function; // The enclosing function, empty at file scope.
  std::vector<Note> Notes;
  std::vector<Replacement> Fix;
};

/// Returns the contents of a source file, or std::nullopt if unreadable.
using FileReader =
    llvm::function_ref<std::optional<std::string>(llvm::StringRef Path)>;

/// Parses clang-tidy's `--export-fixes` YAML. Offsets are turned into lines
/// and columns with the sources from \p Read.
llvm::Error parseExportedFixes(llvm::StringRef Yaml, FileReader Read,
                               std::vector<Finding> &Out);

/// Parses clang-tidy's text output (`file:line:col: warning: msg [check]`
/// followed by its notes).
llvm::Error parseTextDiagnostics(llvm::StringRef Text, FileReader Read,
                                 std::vector<Finding> &Out);

/// The position of byte \p Offset in \p Source.
Position positionOf(llvm::StringRef Source, unsigned Offset);

/// The byte offset of 1-based \p Line and byte column \p Column.
unsigned offsetOf(llvm::StringRef Source, unsigned Line, unsigned Column);

/// The name of the function whose body contains byte \p Offset of the C++
/// \p Source, as written in its declarator (`ns::Class::method`,
/// `operator<<`, `~Class`); lambdas count as part of the function around
/// them. Empty when the offset is outside every function body. A lexical
/// approximation: comments, string and character literals are skipped.
std::string enclosingFunction(llvm::StringRef Source, unsigned Offset);

/// The message with what changes between unrelated edits taken out:
/// whitespace collapsed, numbers replaced by `#`.
std::string normaliseMessage(llvm::StringRef Message);

/// The fingerprint of a finding: rule, file (as given), enclosing function,
/// normalised message and \p Ordinal (the count of earlier findings with the
/// same key), but no line or column.
std::string fingerprint(const Finding &F, llvm::StringRef File,
                        unsigned Ordinal);

/// Rule metadata for the SARIF log.
struct RuleInfo {
  std::string Summary;  // One sentence: shortDescription.
  std::string Markdown; // The documentation page: help.markdown.
  std::string HelpUri;  // Absolute URI of the documentation.
};

/// How the log is written.
struct LogOptions {
  std::string ToolVersion;
  std::string SourceRoot; // Absolute; file URIs are made relative to it.
  /// Looks up rule metadata; returns std::nullopt for unknown rules.
  std::function<std::optional<RuleInfo>(llvm::StringRef Rule)> Rules;
  /// Fingerprints to leave out (from a baseline); results that remain are
  /// marked baselineState "new" when a baseline was given.
  const llvm::StringSet<> *Baseline = nullptr;
};

/// The SARIF 2.1.0 log of \p Findings.
llvm::json::Value toSarif(llvm::ArrayRef<Finding> Findings,
                          const LogOptions &Options);

/// The fingerprints (our key) of every result in a SARIF log.
llvm::Expected<llvm::StringSet<>> readFingerprints(llvm::StringRef Sarif);

/// Documentation metadata of a check: summary (first paragraph after the
/// title) and markdown of a docs/checks page.
RuleInfo ruleInfoFromMarkdown(llvm::StringRef Markdown, std::string HelpUri);

/// The documentation URL of a built-in clang-tidy check or clang warning.
std::string upstreamHelpUri(llvm::StringRef Rule);

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_SARIF_H
