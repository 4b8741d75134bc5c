//===--- TUIndexer.h - Indexing the TUs of a compilation database -*- C++ -*-//
//
// Owns the libTooling side of `wirecheck-routes`: parsing each translation
// unit of a compilation database in parallel, running RouteExtractor over
// it, and turning what it finds into positions in real files, ready for
// RouteIndex. A TU whose build directory or file is missing, or that does
// not compile, is not parsed: it comes back marked so, with the reason and
// the compiler's errors, and contributes nothing. Workers never change the
// process's working directory.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_TUINDEXER_H
#define WIRECHECK_LIB_ROUTES_TUINDEXER_H

#include "lib/routes/RouteIndex.h"
#include "lib/support/OptionLists.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace wirecheck {

struct IndexerOptions {
  /// Project registrars and consumers, as RouteExtractor takes them.
  std::vector<FunctionSpec> Registrars;
  std::vector<FunctionSpec> Consumers;
  /// Parallel jobs; 0 means every core.
  unsigned Jobs = 0;
};

/// The outcome of indexing one translation unit.
struct IndexedTU {
  std::string File;
  /// False when the TU could not be indexed; Contribution is then empty.
  bool Parsed = true;
  /// Why it was not parsed: "the file does not exist", ...
  std::string Reason;
  /// The compiler's errors, as `file:line:col: error: message`, at most
  /// MaxDiagnostics of them.
  std::vector<std::string> Diagnostics;
  TUContribution Contribution;
  static constexpr size_t MaxDiagnostics = 10;
};

/// Indexes each of \p Files with the commands of \p DB, on several threads.
/// The result has one entry per file, in the order of \p Files.
/// \p Progress, when given, is called (one call at a time) after each file
/// with the number of files done.
std::vector<IndexedTU> indexTranslationUnits(
    const clang::tooling::CompilationDatabase &DB,
    llvm::ArrayRef<std::string> Files, const IndexerOptions &Options,
    llvm::function_ref<void(size_t Done, llvm::StringRef File)> Progress =
        nullptr);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_TUINDEXER_H
