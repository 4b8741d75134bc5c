//===--- RouteMismatchCheck.cpp - wire-route-mismatch ---------------------===//

#include "checks/RouteMismatchCheck.h"
#include "checks/ConfigDiagnostics.h"
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
      OpenAPISpecPath(Options.getLocalOrGlobal("OpenAPISpec", "")) {
  std::vector<OptionError> Errors;
  std::vector<FunctionSpec> Registrars =
      parseFunctionSpecs("RouteRegistrars", RouteRegistrarsText, 2, Errors);
  std::vector<FunctionSpec> Consumers =
      parseFunctionSpecs("RouteConsumers", RouteConsumersText, 2, Errors);
  reportOptionErrors(*this, getID(), Errors);
  Extractor = std::make_unique<RouteExtractor>(std::move(Registrars),
                                               std::move(Consumers));
  // A malformed manifest or spec is reported and left out; the check goes
  // on with what it sees in the TU.
  auto Load = [&](StringRef Option, StringRef Path, RouteFileKind Kind,
                  SharedRoutes &Out) {
    if (Path.empty())
      return;
    llvm::Expected<SharedRoutes> Routes = loadRouteFile(Path, Kind);
    if (!Routes) {
      reportUnusableFile(*this, getID(), Option,
                         llvm::toString(Routes.takeError()));
      return;
    }
    Out = std::move(*Routes);
  };
  Load("RouteManifest", RouteManifestPath, RouteFileKind::Manifest,
       ManifestRoutes);
  Load("OpenAPISpec", OpenAPISpecPath, RouteFileKind::OpenAPI, SpecRoutes);
}

void RouteMismatchCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RouteRegistrars", RouteRegistrarsText);
  Options.store(Opts, "RouteConsumers", RouteConsumersText);
  Options.store(Opts, "RouteManifest", RouteManifestPath);
  Options.store(Opts, "OpenAPISpec", OpenAPISpecPath);
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

/// Quotes \p S as a C++ string literal; std::nullopt if it needs more than
/// `\\` and `\"` escapes.
static std::optional<std::string> quoteLiteral(StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (static_cast<unsigned char>(C) < 0x20)
      return std::nullopt;
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

void RouteMismatchCheck::noteRoute(const RouteEntry &Route,
                                   const ExtractedUse &Use, StringRef Message) {
  auto It = RouteLocs.find(&Route);
  if (It != RouteLocs.end()) {
    // The text is an argument, never a format: a route may hold `%`.
    diag(It->second, "%0", DiagnosticIDs::Note) << Message;
    return;
  }
  std::string Where = Route.File.empty() ? std::string()
                                         : " (" + Route.File + ":" +
                                               std::to_string(Route.Line) + ")";
  diag(Use.Loc, "%0", DiagnosticIDs::Note) << (Message + Where).str();
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

void RouteMismatchCheck::onEndOfTranslationUnit() {
  Extractor->finish();
  for (const RouteProblem &P : Extractor->Problems)
    diag(P.Loc, "route '%0' can never match: %1") << P.Pattern << P.Message;
  std::vector<const RouteEntry *> Local, Manifest, Spec;
  for (const ExtractedRoute &R : Extractor->Routes) {
    Local.push_back(&R.Entry);
    RouteLocs[&R.Entry] = R.Loc;
  }
  auto Add = [](const SharedRoutes &File,
                std::vector<const RouteEntry *> &Out) {
    if (File)
      for (const RouteEntry &R : *File)
        Out.push_back(&R);
  };
  Add(ManifestRoutes, Manifest);
  Add(SpecRoutes, Spec);
  // Each use is judged against the server it talks to; with none visible
  // (no registration, manifest or spec; or another server's), silent.
  for (const ExtractedUse &U : Extractor->Uses) {
    std::vector<const RouteEntry *> Routes =
        routesForUse(U.Target, Local, Manifest, Spec);
    if (!Routes.empty())
      diagnose(U, Routes);
  }
  Extractor->clear();
  RouteLocs.clear();
}

} // namespace clang::tidy::wire
