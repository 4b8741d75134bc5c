//===--- SarifLog.h - The SARIF 2.1.0 log of clang-tidy findings *- C++ -*-===//
//-*-===//
//
// Writes findings as one SARIF 2.1.0 run: rule descriptors with help text
// and documentation links, results with locations relative to a source
// root, notes as relatedLocations, fix-its as fixes, and partialFingerprints
// that survive unrelated edits. Reads back the fingerprints of an earlier
// log, so that a baseline leaves out the findings it already had.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_SARIFLOG_H
#define WIRECHECK_LIB_SARIF_SARIFLOG_H

#include "lib/sarif/Finding.h"
#include "lib/sarif/Fingerprint.h"
#include "lib/sarif/RuleDocs.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <functional>
#include <optional>
#include <string>

namespace wirecheck {
namespace sarif {

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

/// What a log holds, for the summary line.
struct LogStats {
  size_t Results = 0;         // Results written.
  size_t BaselineMatches = 0; // Findings left out because of the baseline.
};

/// The SARIF 2.1.0 log of \p Findings; \p Stats, when given, counts it.
llvm::json::Value toSarif(llvm::ArrayRef<Finding> Findings,
                          const LogOptions &Options, LogStats *Stats = nullptr);

/// What a baseline log provides.
struct BaselineLog {
  llvm::StringSet<> Prints; // The fingerprints (our key) of its results.
  std::string SourceRoot;   // Its SRCROOT URI, empty if it has none.
};

/// The fingerprints and source root of a SARIF log.
llvm::Expected<BaselineLog> readBaseline(llvm::StringRef Sarif);

/// The fingerprints (our key) of every result in a SARIF log.
llvm::Expected<llvm::StringSet<>> readFingerprints(llvm::StringRef Sarif);

/// The SRCROOT URI a log written with source root \p Root names.
std::string sourceRootUri(llvm::StringRef Root);

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_SARIFLOG_H
