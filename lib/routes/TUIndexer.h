//===--- TUIndexer.h - Indexing the TUs of a compilation database -*- C++ -*-//
//
// Owns the libTooling side of `wirecheck-routes`: parsing each translation
// unit of a compilation database in parallel, running RouteExtractor over
// it, and turning what it finds into positions in real files, ready for
// RouteIndex. A TU whose build directory or file is missing, or that does
// not compile, is not parsed: it comes back marked so, with the reason and
// the compiler's errors, and contributes nothing. Workers never change the
// process's working directory. A TUExtension extracts more (messages,
// settings) in the same parse, on the same matcher pass.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_TUINDEXER_H
#define WIRECHECK_LIB_ROUTES_TUINDEXER_H

#include "lib/routes/RouteIndex.h"
#include "lib/support/OptionLists.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class SourceManager;
namespace ast_matchers {
class MatchFinder;
} // namespace ast_matchers
} // namespace clang

namespace wirecheck {

/// More to extract from each translation unit in the parse that finds its
/// routes: one extension per TU, kept with the TU's result.
class TUExtension {
public:
  virtual ~TUExtension();
  /// Adds matchers to the TU's finder (which skips system headers).
  virtual void registerMatchers(clang::ast_matchers::MatchFinder &Finder) = 0;
  /// Called at the end of the TU, with its AST, after the matchers ran.
  virtual void finish(clang::ASTContext &Ctx) = 0;
};

struct IndexerOptions {
  /// Project registrars and consumers, as RouteExtractor takes them.
  std::vector<FunctionSpec> Registrars;
  std::vector<FunctionSpec> Consumers;
  /// Parallel jobs; 0 means every core.
  unsigned Jobs = 0;
  /// When set, makes the extension of each TU (called on the TU's worker).
  std::function<std::unique_ptr<TUExtension>()> MakeExtension;
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
  /// What the extension found; null when the TU was not parsed or there is
  /// no extension.
  std::unique_ptr<TUExtension> Extension;
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
