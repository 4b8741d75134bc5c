//===--- RouteMismatchCheck.h - wire-route-mismatch -------------*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_ROUTEMISMATCHCHECK_H
#define WIRECHECK_CHECKS_ROUTEMISMATCHCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/routes/RouteExtractor.h"
#include "lib/routes/RouteFileCache.h"
#include "lib/routes/RouteSet.h"
#include "lib/routes/SpecComparison.h"
#include <memory>

namespace clang::tidy::wire {

/// Flags client calls and tests that use an HTTP route no server registers,
/// or call it with a method or a parameter the route does not accept.
///
/// For the user-facing documentation see:
/// docs/checks/route-mismatch.md
class RouteMismatchCheck : public ClangTidyCheck {
public:
  RouteMismatchCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  void diagnose(const wirecheck::ExtractedUse &Use,
                ArrayRef<const wirecheck::RouteEntry *> Routes);
  void compareWithSpec(const wirecheck::ExtractedRoute &Route);
  void noteRoute(const wirecheck::RouteEntry &Route,
                 const wirecheck::ExtractedUse &Use, StringRef Message);

  const std::string RouteRegistrarsText;
  const std::string RouteConsumersText;
  const std::string RouteManifestPath;
  const std::string OpenAPISpecPath;
  const std::string OpenAPIDirectionText;
  const std::string OpenAPIExcludeText;
  /// What of the TU's registrations is compared with the spec.
  wirecheck::SpecScope SpecScope;
  /// The routes of RouteManifest and OpenAPISpec, shared through the
  /// process-wide cache.
  std::vector<wirecheck::SharedRoutes> ExternalRoutes;
  /// The routes of OpenAPISpec (also in ExternalRoutes), or null.
  wirecheck::SharedRoutes SpecRoutes;
  std::unique_ptr<wirecheck::RouteExtractor> Extractor;
  /// Where TU routes are registered, for notes.
  llvm::DenseMap<const wirecheck::RouteEntry *, SourceLocation> RouteLocs;
};

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_ROUTEMISMATCHCHECK_H
