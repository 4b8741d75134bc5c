//===--- RouteMismatchCheck.cpp - wire-route-mismatch ---------------------===//

#include "checks/RouteMismatchCheck.h"
#include "checks/ConfigDiagnostics.h"
#include "checks/FileOptions.h"
#include "checks/LiteralFixIt.h"
#include "lib/routes/ManifestJson.h"
#include "lib/routes/OpenApi.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;
using namespace wirecheck;

namespace clang::tidy::wire {

RouteMismatchCheck::RouteMismatchCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RouteRegistrarsText(Options.getLocalOrGlobal("RouteRegistrars", "")),
      RouteConsumersText(Options.getLocalOrGlobal("RouteConsumers", "")),
      RouteManifestPath(Options.getLocalOrGlobal("RouteManifest", "")),
      OpenAPISpecPath(Options.getLocalOrGlobal("OpenAPISpec", "")),
      OpenAPIDirectionText(
          Options.getLocalOrGlobal("OpenAPIDirection", "spec-to-code")),
      OpenAPIExcludeText(Options.getLocalOrGlobal("OpenAPIExclude", "")) {
  std::vector<OptionError> Errors;
  std::vector<FunctionSpec> Registrars =
      parseFunctionSpecs("RouteRegistrars", RouteRegistrarsText, 2, Errors);
  std::vector<FunctionSpec> Consumers =
      parseFunctionSpecs("RouteConsumers", RouteConsumersText, 2, Errors);
  SpecScope.Direction =
      parseSpecDirection("OpenAPIDirection", OpenAPIDirectionText, Errors);
  SpecScope.Exclude =
      parseExcludeGlobs("OpenAPIExclude", OpenAPIExcludeText, Errors);
  reportOptionErrors(*this, getID(), Errors);
  Extractor = std::make_unique<RouteExtractor>(std::move(Registrars),
                                               std::move(Consumers));
  // A malformed manifest or spec is reported and left out; the check goes
  // on with what it sees in the TU.
  auto Load = [&](StringRef Option, StringRef Value, RouteFileKind Kind) {
    if (Value.empty())
      return;
    // A relative path by the rule of FileOptions.h.
    const std::string Path = resolveFileOption(*Context, Name, Option, Value);
    std::string Incomplete;
    llvm::Expected<SharedRoutes> Routes =
        loadRouteFile(Path, Kind, &Incomplete);
    if (!Routes) {
      reportUnusableFile(*this, getID(), Option,
                         llvm::toString(Routes.takeError()));
      return;
    }
    // What was left out of it, or not understood, is said; the rest
    // applies.
    for (const std::string &Message : (*Routes)->Skipped)
      reportFileEntry(*this, getID(), Option, Message);
    for (const std::string &Message : (*Routes)->Notes)
      reportFileEntry(*this, getID(), Option, Message);
    if (Kind == RouteFileKind::OpenAPI)
      SpecRoutes = *Routes;
    // A manifest built without some TUs: said once per process and
    // version of the file, not once per TU.
    if (!Incomplete.empty())
      reportFileEntry(*this, getID(), Option, Incomplete);
    ExternalRoutes.push_back(std::move(*Routes));
  };
  Load("RouteManifest", RouteManifestPath, RouteFileKind::Manifest);
  Load("OpenAPISpec", OpenAPISpecPath, RouteFileKind::OpenAPI);
}

void RouteMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RouteRegistrars", RouteRegistrarsText);
  Options.store(Opts, "RouteConsumers", RouteConsumersText);
  Options.store(Opts, "RouteManifest", RouteManifestPath);
  Options.store(Opts, "OpenAPISpec", OpenAPISpecPath);
  Options.store(Opts, "OpenAPIDirection", OpenAPIDirectionText);
  Options.store(Opts, "OpenAPIExclude", OpenAPIExcludeText);
}

void RouteMismatchCheck::registerMatchers(MatchFinder *Finder) {
  // Only calls of the known registrars and consumers; the names are fixed
  // when the check is created.
  Extractor->registerMatchers(*Finder, this);
}

void RouteMismatchCheck::registerPPCallbacks(const SourceManager &,
                                             Preprocessor *PP, Preprocessor *) {
  Extractor->registerPPCallbacks(*PP);
}

void RouteMismatchCheck::check(const MatchFinder::MatchResult &Result) {
  Extractor->run(Result);
}

void RouteMismatchCheck::noteRoute(const RouteEntry &Route,
                                   const ExtractedUse &Use, StringRef Message) {
  auto It = RouteLocs.find(&Route);
  if (It != RouteLocs.end()) {
    diag(It->second, Message, DiagnosticIDs::Note);
    return;
  }
  std::string Where = Route.File.empty() ? std::string()
                                         : " (" + Route.File + ":" +
                                               std::to_string(Route.Line) + ")";
  diag(Use.Loc, (Message + Where).str(), DiagnosticIDs::Note);
}

void RouteMismatchCheck::diagnose(const ExtractedUse &Use,
                                  ArrayRef<const RouteEntry *> Routes) {
  RouteVerdict V = classifyUse(Use.Path, Use.Method, Routes);
  std::optional<RouteFinding> F =
      explainVerdict(V, Use.Path, Use.Method, Use.LiteralText);
  if (!F)
    return;
  {
    auto D = diag(Use.Loc, "%0") << F->Message;
    if (F->NewLiteral)
      if (std::optional<std::string> Quoted = quoteLiteral(*F->NewLiteral))
        D << FixItHint::CreateReplacement(Use.LiteralRange, *Quoted);
  }
  for (const auto &[Route, Note] : F->Notes)
    noteRoute(*Route, Use, Note);
}

/// A registration of the TU that the spec does not document (OpenAPIDirection
/// `both` or `code-to-spec`).
void RouteMismatchCheck::compareWithSpec(const ExtractedRoute &Route) {
  std::vector<const RouteEntry *> Spec;
  for (const RouteEntry &S : SpecRoutes->Routes)
    Spec.push_back(&S);
  std::vector<std::string> Methods = Route.Entry.Methods;
  if (Methods.empty())
    Methods.push_back("");
  for (const std::string &M : Methods) {
    std::optional<SpecGap> Gap = codeRouteGap(Route.Entry, M, Spec, SpecScope);
    if (!Gap)
      continue;
    diag(Route.Loc, "%0") << Gap->Message;
    for (const auto &[At, Note] : Gap->Notes) {
      std::string Where =
          " (" + At->File + ":" + std::to_string(At->Line) + ")";
      diag(Route.Loc, Note + Where, DiagnosticIDs::Note);
    }
  }
}

void RouteMismatchCheck::onEndOfTranslationUnit() {
  Extractor->finish();
  reportOptionErrors(*this, getID(), Extractor->takeOptionProblems());
  for (const RouteProblem &P : Extractor->Problems)
    diag(P.Loc, "route '%0' can never match: %1") << P.Pattern << P.Message;
  std::vector<const RouteEntry *> Routes;
  for (const ExtractedRoute &R : Extractor->Routes) {
    Routes.push_back(&R.Entry);
    RouteLocs[&R.Entry] = R.Loc;
    if (SpecRoutes && SpecScope.codeToSpec())
      compareWithSpec(R);
  }
  for (const SharedRoutes &File : ExternalRoutes)
    for (const RouteEntry &R : File->Routes)
      Routes.push_back(&R);
  // With no registration visible, no manifest and no spec: silent.
  if (!Routes.empty())
    for (const ExtractedUse &U : Extractor->Uses)
      diagnose(U, Routes);
  Extractor->clear();
  RouteLocs.clear();
}

} // namespace clang::tidy::wire
