//===--- wirecheck-routes.cpp - Cross-TU route index and checks -----------===//
//
// The command line of the project-wide route index, the routes-only view of
// what `wirecheck-index` builds: reads the options, the spec and the
// manifest; hands the TUs to TUIndexer (through IndexDriver, shared with
// wirecheck-index) and the results to RouteIndex; prints the findings in
// clang's diagnostic format and writes the manifest `wire-route-mismatch`
// reads (--manifest-out).
//
// Exit codes (docs/tools/wirecheck-routes.md): 0 clean, 1 findings, 2 usage
// or compilation-database error or an unwritable manifest, 3 a malformed
// spec or manifest, or an unusable entry in one (reported, then left
// out), 4 a translation unit could not be indexed (without --keep-going),
// or none was.
//
//===----------------------------------------------------------------------===//

#include "lib/index/IndexDriver.h"
#include "lib/routes/ManifestJson.h"
#include "lib/routes/OpenApi.h"
#include "lib/routes/RouteIndex.h"
#include "lib/routes/SpecComparison.h"
#include "lib/routes/TUIndexer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::tooling;
using namespace wirecheck;

static llvm::cl::OptionCategory Category("wirecheck-routes options");
static llvm::cl::opt<std::string>
    OpenAPI("openapi",
            llvm::cl::desc("OpenAPI 3 spec (JSON or YAML) to "
                           "compare the code against"),
            llvm::cl::value_desc("file"), llvm::cl::cat(Category));
static llvm::cl::opt<std::string> OpenAPICheck(
    "openapi-check",
    llvm::cl::desc("Which differences with the --openapi spec to report: "
                   "'spec-to-code' (default: operations the code does not "
                   "register), 'code-to-spec' (routes the spec does not "
                   "document) or 'both'"),
    llvm::cl::value_desc("direction"), llvm::cl::init("spec-to-code"),
    llvm::cl::cat(Category));
static llvm::cl::opt<std::string> OpenAPIExclude(
    "openapi-exclude",
    llvm::cl::desc("Path globs left out of the comparison with the spec, "
                   "';'-separated: '/internal/*;/debug/**'"),
    llvm::cl::value_desc("globs"), llvm::cl::cat(Category));
static llvm::cl::opt<std::string> ManifestOut(
    "manifest-out",
    llvm::cl::desc("Write the registered routes as the manifest "
                   "wire-route-mismatch reads (option RouteManifest)"),
    llvm::cl::value_desc("file"), llvm::cl::cat(Category));
static llvm::cl::opt<std::string>
    ManifestIn("manifest",
               llvm::cl::desc("Also take routes from this manifest"),
               llvm::cl::value_desc("file"), llvm::cl::cat(Category));
static llvm::cl::opt<std::string> Registrars(
    "route-registrars",
    llvm::cl::desc("Project registrars, as the check's RouteRegistrars "
                   "option: 'ns::f:pathArg[:methodArg];...'"),
    llvm::cl::cat(Category));
static llvm::cl::opt<std::string> Consumers(
    "route-consumers",
    llvm::cl::desc("Project consumers, as the check's RouteConsumers option"),
    llvm::cl::cat(Category));
static llvm::cl::opt<bool> ReportUnused(
    "report-unused",
    llvm::cl::desc("Add notes for registered routes nothing calls"),
    llvm::cl::init(false), llvm::cl::cat(Category));
static llvm::cl::opt<bool> Verbose(
    "verbose",
    llvm::cl::desc("List the registrations and client uses whose path is "
                   "not resolved, with the reason"),
    llvm::cl::init(false), llvm::cl::cat(Category));
static llvm::cl::opt<bool> KeepGoing(
    "keep-going",
    llvm::cl::desc("Accept a partial index: translation units that cannot "
                   "be indexed are reported but do not fail the run"),
    llvm::cl::init(false), llvm::cl::cat(Category));
static llvm::cl::opt<std::string>
    BuildPath("p", llvm::cl::desc("Build directory with compile_commands.json"),
              llvm::cl::value_desc("dir"), llvm::cl::cat(Category));
static llvm::cl::list<std::string>
    SourcePaths(llvm::cl::Positional,
                llvm::cl::desc("[<file> ...] (default: every file of the "
                               "compilation database)"),
                llvm::cl::cat(Category));
static llvm::cl::list<std::string>
    ExtraArgs("extra-arg",
              llvm::cl::desc("Additional argument to append to the compiler "
                             "command line"),
              llvm::cl::cat(Category));
static llvm::cl::opt<unsigned>
    Jobs("j", llvm::cl::desc("Parallel jobs (default: all cores)"),
         llvm::cl::init(0), llvm::cl::cat(Category));

/// Reports malformed --route-registrars / --route-consumers / --openapi-*
/// values; they are usage errors, not silently dropped entries. Fills
/// \p Scope from the --openapi-* flags.
static bool checkSpecOptions(const IndexDriver &Driver, SpecScope &Scope) {
  std::vector<OptionError> SpecErrors;
  parseFunctionSpecs("--route-registrars", Registrars, 2, SpecErrors);
  parseFunctionSpecs("--route-consumers", Consumers, 2, SpecErrors);
  Scope.Direction =
      parseSpecDirection("--openapi-check", OpenAPICheck, SpecErrors);
  Scope.Exclude =
      parseExcludeGlobs("--openapi-exclude", OpenAPIExclude, SpecErrors);
  for (const OptionError &E : SpecErrors)
    Driver.printOptionError(E.Option, E);
  return SpecErrors.empty();
}

/// The project's registrars and consumers, as TUIndexer takes them.
static IndexerOptions indexerOptions() {
  IndexerOptions Options;
  std::vector<OptionError> Ignored;
  Options.Registrars = parseFunctionSpecs("", Registrars, 2, Ignored);
  Options.Consumers = parseFunctionSpecs("", Consumers, 2, Ignored);
  Options.Jobs = Jobs;
  return Options;
}

int main(int argc, const char **argv) {
  // `-- <flags>` gives a fixed compilation database, as in every
  // libTooling tool; otherwise -p or the files' directories are searched.
  DatabaseRequest Request;
  Request.Fixed = FixedCompilationDatabase::loadFromCommandLine(
      argc, argv, Request.FixedError);
  llvm::cl::HideUnrelatedOptions(Category);
  if (!llvm::cl::ParseCommandLineOptions(
          argc, argv,
          "Finds client calls of HTTP routes no server registers, across a "
          "whole project.\n",
          &llvm::errs()))
    return 2;
  IndexDriver Driver("wirecheck-routes", KeepGoing);
  SpecScope Scope;
  if (!checkSpecOptions(Driver, Scope))
    return 2;
  // Before any worker may change directory.
  std::string ManifestPath =
      ManifestOut.empty() ? std::string() : absolutePath(ManifestOut);
  Request.BuildPath = BuildPath;
  Request.SourcePaths.assign(SourcePaths.begin(), SourcePaths.end());
  Request.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  std::unique_ptr<CompilationDatabase> DB;
  std::vector<std::string> Files;
  if (!Driver.open(std::move(Request), DB, Files))
    return 2;

  std::vector<RouteEntry> SpecRoutes, ManifestRoutes;
  LoadResult Spec = loadRouteFile(OpenAPI, readOpenAPISpec, "spec", SpecRoutes);
  LoadResult Manifest =
      loadRouteFile(ManifestIn, readRouteManifest, "manifest", ManifestRoutes);

  std::vector<IndexedTU> TUs = Driver.index(*DB, Files, indexerOptions());
  Driver.reportFailures(TUs);
  Driver.reportOptionErrors(TUs);
  std::vector<ManifestSource> Sources = manifestSources(TUs);
  RouteIndex Index;
  for (IndexedTU &TU : TUs)
    Index.add(std::move(TU.Contribution));
  IndexOptions Options;
  Options.ManifestRoutes = ManifestRoutes;
  Options.SpecRoutes = SpecRoutes;
  Options.CompareWithSpec = !OpenAPI.empty() && Spec != LoadResult::Failed &&
                            Manifest != LoadResult::Failed;
  Options.Scope = Scope;
  Options.ReportUnused = ReportUnused;
  unsigned Warnings =
      printFindings(Index.findings(Options), "wire-route-mismatch");
  std::string Unresolved = unresolvedSummary(Index, Verbose);
  llvm::errs() << "wirecheck-routes: " << Files.size() << " translation units, "
               << Index.routes().size() << " routes, " << Index.uses().size()
               << " uses" << Unresolved << ", " << Warnings << " warnings\n";

  Driver.summarizeFailures(Files.size());
  if (!ManifestPath.empty() &&
      !Driver.writeManifest(
          ManifestPath,
          writeRouteManifest(Index.routes(), Sources),
          Files.size()))
    return 2;
  return Driver.exitCode(Files.size(),
                         Spec == LoadResult::Ok && Manifest == LoadResult::Ok,
                         Warnings);
}
