//===--- SinkCheckBase.h - Shared frame of the sink checks ------*- C++ -*-===//
//
// The part every check about "what reaches a sink" shares: the options that
// configure sinks and safe wrappers, the matchers, the per-TU collection and
// the wrapper propagation. A concrete check only says which values it cares
// about and how to diagnose one.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_CHECKS_SINKCHECKBASE_H
#define WIRECHECK_CHECKS_SINKCHECKBASE_H

#include "checks/ConfigDiagnostics.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/sinks/SinkCatalogue.h"
#include "lib/sinks/SinkFlow.h"
#include "lib/sinks/TypeClassification.h"
#include "lib/support/OptionLists.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace wirecheck {

class SinkCheckBase : public clang::tidy::ClangTidyCheck {
public:
  SinkCheckBase(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() final;
  bool isLanguageVersionSupported(
      const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

protected:
  /// Cheap filter run while matching: could a value of this type (after
  /// stripWriteConversions) ever be diagnosed by this check?
  virtual bool isCandidate(const clang::Expr &Value) const = 0;

  /// Examines one value that reaches a sink; returns true if it was
  /// diagnosed or deliberately accepted (see SinkFlow::Reporter).
  virtual bool examine(const SinkUse &Use) = 0;

  /// Makes project stream inserters sinks for this check (see
  /// SinkCatalogue::setProjectInserters). Call from the constructor.
  void enableProjectInserters() { Catalogue->setProjectInserters(true); }

  /// Returns true if \p Call calls one of the SafeWrappers (for a
  /// dependent call, any candidate by that name).
  bool isSafeWrapperCall(const clang::CallExpr &Call);

  /// Reports configuration errors collected while parsing options.
  void reportOptionErrors(llvm::ArrayRef<OptionError> Errors);

  /// Returns true if \p E sits inside an argument of a SafeWrappers call
  /// (compared by source range, so it holds across template instantiations
  /// and needs no parent map).
  bool isInsideSafeWrapper(const clang::Expr &E) const;

  /// Emits the notes that explain how a use reached its sink through
  /// project wrappers.
  void noteWrapperChain(const SinkUse &Use);

  /// The location to report \p Use at, or an invalid location when it is
  /// not to be reported: inside an argument of a SafeWrappers call, inside
  /// a test framework's printer, or already reported (another
  /// instantiation or wrapper path).
  clang::SourceLocation claimReport(const SinkUse &Use);

  /// Returns true (once) for the first diagnostic at \p Loc, so template
  /// instantiations and repeated wrapper paths report a location once;
  /// false for locations in system headers, which are never reported.
  bool firstReportAt(clang::SourceLocation Loc);

  /// The location to report for \p E: in user code, through macro
  /// arguments.
  clang::SourceLocation reportLocation(const clang::Expr &E) const;

  /// The display name of the sink a use reaches.
  std::string sinkDisplayName(const SinkUse &Use) const;

  const std::string SafeWrappersText;
  const std::string LogSinksText;
  const std::string JsonSinksText;
  std::vector<QualifiedName> SafeWrappers;

  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<SerializerLookup> Serializers;

private:
  bool mayWrap(const clang::FunctionDecl &FD);
  void recordSafeWrapperCall(const clang::CallExpr &Call);

  std::unique_ptr<SinkCatalogue> Catalogue;
  SinkFlow Flow;
  llvm::DenseSet<clang::SourceLocation> Reported;
  llvm::DenseMap<const clang::FunctionDecl *, bool> LibraryCache;
  llvm::DenseMap<const clang::NamedDecl *, bool> SafeWrapperCache;
  /// File ranges of the arguments of SafeWrappers calls in this TU.
  std::vector<clang::SourceRange> SafeRanges;
};

} // namespace wirecheck

#endif // WIRECHECK_CHECKS_SINKCHECKBASE_H
