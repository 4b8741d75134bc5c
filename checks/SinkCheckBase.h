//===--- SinkCheckBase.h - Shared frame of the sink checks ------*- C++ -*-===//
//
// The part every check about "what reaches a sink" shares: the options that
// configure sinks and safe wrappers, the matchers, the per-TU collection and
// the wrapper propagation. A concrete check only says which values it cares
// about and how to diagnose one, and may hook the start and end of a
// translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_CHECKS_SINKCHECKBASE_H
#define WIRECHECK_CHECKS_SINKCHECKBASE_H

#include "checks/ConfigDiagnostics.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/sinks/SerializerLookup.h"
#include "lib/sinks/SinkCatalogue.h"
#include "lib/sinks/SinkFlow.h"
#include "lib/support/OptionLists.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::wire {

class SinkCheckBase : public ClangTidyCheck {
public:
  SinkCheckBase(StringRef Name, ClangTidyContext *Context);

  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  /// Calls startTranslationUnit(); a check hooks that instead.
  void onStartOfTranslationUnit() override;
  /// Examines every use of the TU, calls endTranslationUnit() and drops the
  /// per-TU state; a check hooks endTranslationUnit() instead.
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

protected:
  /// Called when a translation unit starts, before the first match: where a
  /// check drops state it keeps per TU.
  virtual void startTranslationUnit() {}

  /// Called at the end of a translation unit, after every use was examined
  /// and before the base drops its per-TU state (Ctx is still valid if the
  /// TU had any match).
  virtual void endTranslationUnit() {}

  /// Cheap filter run while matching: could a value of this type (after
  /// stripWriteConversions) ever be diagnosed by this check?
  virtual bool isCandidate(const Expr &Value) const = 0;

  /// Examines one value that reaches a sink; returns true if it was
  /// diagnosed or deliberately accepted (see SinkFlow::Reporter).
  virtual bool examine(const wirecheck::SinkUse &Use) = 0;

  /// Whether a use that reads a generic parameter of the project function
  /// template \p Helper is examined there (see SinkFlow::HelperFilter).
  /// By default the callers that chose the type are.
  virtual bool examineInHelper(const wirecheck::SinkUse &Use,
                               const FunctionDecl &Helper) {
    return false;
  }

  /// Makes project stream inserters sinks for this check (see
  /// SinkCatalogue::setProjectInserters). Call from the constructor.
  void enableProjectInserters() { Catalogue->setProjectInserters(true); }

  /// Returns true if \p Call calls one of the SafeWrappers (for a
  /// dependent call, any candidate by that name).
  bool isSafeWrapperCall(const CallExpr &Call);

  /// Reports configuration errors collected while parsing options.
  void reportOptionErrors(ArrayRef<wirecheck::OptionError> Errors);

  /// Reports errors in SafeWrappers, LogSinks and JsonSinks: under the
  /// check's name when set for this check, else once per run under the
  /// global option's name (see reportGlobalOptionErrors).
  void reportSinkOptionErrors(std::vector<wirecheck::OptionError> Errors);

  /// Returns true if \p E sits inside an argument of a SafeWrappers call
  /// (compared by source range, so it holds across template instantiations
  /// and needs no parent map).
  bool isInsideSafeWrapper(const Expr &E) const;

  /// Emits the notes that explain how a use reached its sink through
  /// project wrappers.
  void noteWrapperChain(const wirecheck::SinkUse &Use);

  /// The location to report \p Use at, or an invalid location when it is
  /// not to be reported: inside an argument of a SafeWrappers call, inside
  /// a library's own code or a test framework's printer, or already
  /// reported (another instantiation or wrapper path).
  SourceLocation claimReport(const wirecheck::SinkUse &Use);

  /// Returns true if \p Use is never reported, wherever it would be: inside
  /// an argument of a SafeWrappers call, inside a library's own code or a
  /// test framework's printer.
  bool isExemptUse(const wirecheck::SinkUse &Use) const;

  /// Returns true (once) for the first diagnostic at \p Loc, so template
  /// instantiations and repeated wrapper paths report a location once;
  /// false for locations in system headers, which are never reported.
  bool firstReportAt(SourceLocation Loc);

  /// The location to report for \p E: in user code, through macro
  /// arguments.
  SourceLocation reportLocation(const Expr &E) const;

  /// The display name of the sink a use reaches.
  std::string sinkDisplayName(const wirecheck::SinkUse &Use) const;

  /// The context the check was created in (which checks are enabled).
  ClangTidyContext *CheckContext;
  const std::string SafeWrappersText;
  const std::string LogSinksText;
  const std::string JsonSinksText;
  std::vector<wirecheck::QualifiedName> SafeWrappers;

  ASTContext *Ctx = nullptr;
  std::unique_ptr<wirecheck::SerializerLookup> Serializers;

private:
  bool mayWrap(const FunctionDecl &FD);
  void recordSafeWrapperCall(const CallExpr &Call);

  std::unique_ptr<wirecheck::SinkCatalogue> Catalogue;
  wirecheck::SinkFlow Flow;
  llvm::DenseSet<SourceLocation> Reported;
  /// Calls and constructions already examined. The matcher reaches some
  /// nodes many times (nested brace lists share their elements between the
  /// syntactic and semantic forms, so a list nested D deep is reached about
  /// 4^D times); each is examined once, so memory grows with the AST.
  llvm::DenseSet<const Expr *> Visited;
  /// Wrapper chains already noted in full, keyed by the use inside the
  /// outermost wrapper, with the finding they were noted at; later findings
  /// through the same chain get one note that points there.
  llvm::DenseMap<const wirecheck::SinkUse *, SourceLocation> NotedChains;
  llvm::DenseMap<const FunctionDecl *, bool> LibraryCache;
  llvm::DenseMap<const NamedDecl *, bool> SafeWrapperCache;
  /// File ranges of the arguments of SafeWrappers calls in this TU.
  std::vector<SourceRange> SafeRanges;
};

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_SINKCHECKBASE_H
