//===--- IndexDriver.h - What the indexing tools share ----------*- C++ -*-===//
//
// The I/O around a project-wide index that `wirecheck-routes` and
// `wirecheck-index` share, so that both behave alike: the compilation
// database (named when it is empty or corrupt), the TUs handed to TUIndexer
// with a progress line, the report of TUs that could not be indexed, the
// manifest written atomically and only by a complete run (or a partial one
// with --keep-going), findings printed in clang's diagnostic format, and the
// exit code (docs/tools/wirecheck-routes.md: 2 usage, 4 TUs not indexed, 3
// a malformed input, 1 findings).
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_INDEX_INDEXDRIVER_H
#define WIRECHECK_LIB_INDEX_INDEXDRIVER_H

#include "lib/routes/ManifestJson.h"
#include "lib/routes/RouteIndex.h"
#include "lib/routes/TUIndexer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace wirecheck {

/// Where the compilation database comes from, as the command line says.
struct DatabaseRequest {
  /// The database of `-- <flags>`, if given.
  std::unique_ptr<clang::tooling::CompilationDatabase> Fixed;
  /// Why `-- <flags>` gave none, if it was tried.
  std::string FixedError;
  /// -p BUILD_DIR.
  std::string BuildPath;
  /// The files named on the command line.
  std::vector<std::string> SourcePaths;
  /// --extra-arg.
  std::vector<std::string> ExtraArgs;
};

/// One tool's run: its name in messages and its --keep-going.
class IndexDriver {
public:
  IndexDriver(llvm::StringRef Tool, bool KeepGoing)
      : Tool(Tool.str()), KeepGoing(KeepGoing) {}

  /// The database of \p Request (from `-- <flags>`, else -p, else found
  /// from the first file), with --extra-arg applied; null, reported, when
  /// there is none or it is empty or corrupt.
  std::unique_ptr<clang::tooling::CompilationDatabase>
  loadDatabase(DatabaseRequest Request) const;

  /// The files to index: \p SourcePaths, else every file of \p DB; empty,
  /// reported, when there is none.
  std::vector<std::string>
  filesToIndex(const clang::tooling::CompilationDatabase &DB,
               llvm::ArrayRef<std::string> SourcePaths,
               llvm::StringRef BuildPath) const;

  /// The database of \p Request and the files to index (its SourcePaths,
  /// else every file of the database); false, reported, when either is
  /// missing.
  bool open(DatabaseRequest Request,
            std::unique_ptr<clang::tooling::CompilationDatabase> &DB,
            std::vector<std::string> &Files) const;

  /// Indexes \p Files, with a progress line when stderr is a terminal.
  std::vector<IndexedTU> index(const clang::tooling::CompilationDatabase &DB,
                               llvm::ArrayRef<std::string> Files,
                               const IndexerOptions &Options) const;

  /// Reports each TU that could not be indexed, with its errors; returns
  /// how many there are (also kept for exitCode()).
  size_t reportFailures(llvm::ArrayRef<IndexedTU> TUs);

  /// Prints an error in the value of the flag \p Flag:
  /// `<tool>: invalid value 'V' in FLAG: message`.
  void printOptionError(llvm::StringRef Flag, const OptionError &E) const;

  /// Reports, once each, the --route-registrars / --route-consumers entries
  /// whose argument index is past the parameters of a function they name
  /// (the TUs find them, under the check's option names); returns how many
  /// (also kept: such a run keeps the previous manifest and exits 2).
  size_t reportOptionErrors(llvm::ArrayRef<IndexedTU> TUs);

  /// Writes the manifest \p Text to \p Path atomically unless the run
  /// failed, indexed nothing or had a wrong option entry (the previous file
  /// is then kept, and that is said). False when it could not be written.
  bool writeManifest(llvm::StringRef Path, llvm::StringRef Text,
                     size_t TUCount) const;

  /// The exit code: 2 after a wrong option entry, else 4 when TUs failed
  /// (without --keep-going) or none was indexed, else 3 when an input was
  /// malformed, else 1 with warnings.
  int exitCode(size_t TUCount, bool InputsOk, unsigned Warnings) const;

  /// Prints the "N of M could not be indexed" summary when some failed.
  void summarizeFailures(size_t TUCount) const;

  const std::string &tool() const { return Tool; }

private:
  bool explainBadDatabase(llvm::StringRef Dir) const;

  std::string Tool;
  bool KeepGoing;
  size_t Failed = 0;
  size_t BadEntries = 0;
};

/// Prints \p Findings as `file:line:col: level: message [Rule]` with their
/// notes; returns the number of warnings.
unsigned printFindings(llvm::ArrayRef<IndexFinding> Findings,
                       llvm::StringRef Rule);

/// \p Path made absolute against the directory the tool runs in (as it is
/// when that directory cannot be read: the write then reports the error).
std::string absolutePath(llvm::StringRef Path);

/// How a manifest or spec could be read.
enum class LoadResult { Ok, Partial, Failed };

/// Reads the routes of \p Path (if not empty) with \p Read into \p Out. A
/// malformed file is reported, `[the What is ignored]`, and left out
/// (Failed); an unusable entry is reported and left out while the rest
/// applies (Partial); notes on what was read are printed.
LoadResult loadRouteFile(
    llvm::StringRef Path,
    llvm::function_ref<llvm::Expected<RouteDocument>(llvm::StringRef)> Read,
    llvm::StringRef What, std::vector<RouteEntry> &Out);

/// The translation units \p TUs as a manifest names them, with how many
/// registrations and uses each could not resolve (call it before the TUs'
/// contributions are moved into an index).
std::vector<ManifestSource> manifestSources(llvm::ArrayRef<IndexedTU> TUs);

/// The summary's note on what was seen but not resolved, e.g. ` (2
/// registrations and 1 use not resolved; --verbose lists them)`; with
/// \p Verbose each is first listed on stderr as a remark with its reason.
/// Empty when everything was resolved: a summary never says `N routes`
/// while hiding the rest.
std::string unresolvedSummary(const RouteIndex &Index, bool Verbose);

} // namespace wirecheck

#endif // WIRECHECK_LIB_INDEX_INDEXDRIVER_H
