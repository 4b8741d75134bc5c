//===--- RouteMismatchCheck.h - wire-route-mismatch -------------*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_ROUTEMISMATCHCHECK_H
#define WIRECHECK_CHECKS_ROUTEMISMATCHCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/routes/RouteExtractor.h"
#include "lib/routes/RouteSet.h"
#include <memory>

namespace wirecheck {

/// Flags client calls and tests that use an HTTP route no server registers,
/// or call it with a method or a parameter the route does not accept.
///
/// For the user-facing documentation see:
/// docs/checks/route-mismatch.md
class RouteMismatchCheck : public clang::tidy::ClangTidyCheck {
public:
  RouteMismatchCheck(llvm::StringRef Name,
                     clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(
      const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  void diagnose(const ExtractedUse &Use,
                llvm::ArrayRef<const RouteEntry *> Routes);
  void noteRoute(const RouteEntry &Route, const ExtractedUse &Use,
                 llvm::StringRef Message);

  const std::string RouteRegistrarsText;
  const std::string RouteConsumersText;
  const std::string RouteManifestPath;
  const std::string OpenAPISpecPath;
  /// Routes from the manifest and the spec, read once.
  std::vector<RouteEntry> ExternalRoutes;
  std::unique_ptr<RouteExtractor> Extractor;
  /// Where TU routes are registered, for notes.
  llvm::DenseMap<const RouteEntry *, clang::SourceLocation> RouteLocs;
};

} // namespace wirecheck

#endif // WIRECHECK_CHECKS_ROUTEMISMATCHCHECK_H
