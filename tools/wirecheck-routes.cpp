//===--- wirecheck-routes.cpp - Cross-TU route index and checks -----------===//
//
// The command line of the project-wide route index: reads the options, the
// compilation database, the spec and the manifest; hands the TUs to
// TUIndexer and the results to RouteIndex; prints the findings in clang's
// diagnostic format and writes the manifest `wire-route-mismatch` reads
// (--manifest-out).
//
// Exit codes: 0 clean, 1 findings, 2 usage or compilation-database error,
// 3 a malformed spec or manifest (reported, then left out).
//
//===----------------------------------------------------------------------===//

#include "lib/routes/ManifestJson.h"
#include "lib/routes/OpenApi.h"
#include "lib/routes/RouteIndex.h"
#include "lib/routes/TUIndexer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::tooling;
using namespace wirecheck;

static llvm::cl::OptionCategory Category("wirecheck-routes options");
static llvm::cl::opt<std::string>
    OpenAPI("openapi",
            llvm::cl::desc("OpenAPI 3 spec (JSON or YAML) to "
                           "compare the code against"),
            llvm::cl::value_desc("file"), llvm::cl::cat(Category));
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

/// Reports malformed --route-registrars / --route-consumers entries; they are
/// usage errors, not silently dropped entries.
static bool checkSpecOptions() {
  std::vector<OptionError> SpecErrors;
  parseFunctionSpecs("--route-registrars", Registrars, 2, SpecErrors);
  parseFunctionSpecs("--route-consumers", Consumers, 2, SpecErrors);
  for (const OptionError &E : SpecErrors)
    llvm::errs() << "wirecheck-routes: invalid value '" << E.Value << "' in "
                 << E.Option << ": "
                 << llvm::StringRef(E.Message).split(";").first << "\n";
  return SpecErrors.empty();
}

/// The database of `-- <flags>` (\p Fixed), else of -p, else found from the
/// first file; with --extra-arg applied. Null (reported) if there is none.
static std::unique_ptr<CompilationDatabase>
loadDatabase(std::unique_ptr<CompilationDatabase> DB, std::string Error) {
  if (!DB) {
    if (!BuildPath.empty())
      DB = CompilationDatabase::autoDetectFromDirectory(BuildPath, Error);
    else if (!SourcePaths.empty())
      DB =
          CompilationDatabase::autoDetectFromSource(SourcePaths.front(), Error);
  }
  if (!DB) {
    llvm::errs() << "wirecheck-routes: no compilation database"
                 << (Error.empty() ? "" : ": " + Error)
                 << " (use -p BUILD_DIR or `-- <flags>`)\n";
    return nullptr;
  }
  if (!ExtraArgs.empty()) {
    auto Adjusting =
        std::make_unique<ArgumentsAdjustingCompilations>(std::move(DB));
    Adjusting->appendArgumentsAdjuster(getInsertArgumentAdjuster(
        std::vector<std::string>(ExtraArgs.begin(), ExtraArgs.end()),
        ArgumentInsertPosition::END));
    DB = std::move(Adjusting);
  }
  return DB;
}

/// Reads the routes of \p Path with \p Read into \p Out; a malformed file
/// is reported and left out (returns false).
template <typename ReadFn>
static bool loadRoutes(llvm::StringRef Path, ReadFn Read, llvm::StringRef What,
                       std::vector<RouteEntry> &Out) {
  if (Path.empty())
    return true;
  llvm::Expected<std::vector<RouteEntry>> R = Read(Path);
  if (!R) {
    llvm::errs() << llvm::toString(R.takeError()) << " [the " << What
                 << " is ignored]\n";
    return false;
  }
  Out = std::move(*R);
  return true;
}

/// Indexes \p Files, with a progress line when stderr is a terminal.
static std::vector<TUContribution>
indexFiles(const CompilationDatabase &DB, llvm::ArrayRef<std::string> Files) {
  IndexerOptions Options;
  std::vector<OptionError> Ignored;
  Options.Registrars = parseFunctionSpecs("", Registrars, 2, Ignored);
  Options.Consumers = parseFunctionSpecs("", Consumers, 2, Ignored);
  Options.Jobs = Jobs;
  bool Progress = llvm::sys::Process::StandardErrIsDisplayed();
  std::vector<TUContribution> Results = indexTranslationUnits(
      DB, Files, Options, [&](size_t Done, llvm::StringRef File) {
        if (Progress)
          llvm::errs() << "\r\033[K[" << Done << "/" << Files.size() << "] "
                       << llvm::sys::path::filename(File);
      });
  if (Progress)
    llvm::errs() << "\r\033[K";
  return Results;
}

/// Prints \p Findings in clang's format; returns the number of warnings.
static unsigned printFindings(llvm::ArrayRef<IndexFinding> Findings) {
  unsigned Warnings = 0;
  for (const IndexFinding &D : Findings) {
    llvm::outs() << D.Pos.File << ":" << D.Pos.Line << ":" << D.Pos.Column
                 << ": " << D.Level << ": " << D.Message
                 << " [wire-route-mismatch]\n";
    for (const auto &[Pos, Note] : D.Notes)
      llvm::outs() << Pos.File << ":" << Pos.Line << ":" << Pos.Column
                   << ": note: " << Note << "\n";
    if (D.isWarning())
      ++Warnings;
  }
  return Warnings;
}

static bool writeManifest(llvm::StringRef Path,
                          llvm::ArrayRef<RouteEntry> Routes) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    llvm::errs() << "wirecheck-routes: cannot write " << Path << ": "
                 << EC.message() << "\n";
    return false;
  }
  OS << writeRouteManifest(Routes);
  return true;
}

int main(int argc, const char **argv) {
  // `-- <flags>` gives a fixed compilation database, as in every
  // libTooling tool; otherwise -p or the files' directories are searched.
  std::string Error;
  std::unique_ptr<CompilationDatabase> Fixed =
      FixedCompilationDatabase::loadFromCommandLine(argc, argv, Error);
  llvm::cl::HideUnrelatedOptions(Category);
  if (!llvm::cl::ParseCommandLineOptions(
          argc, argv,
          "Finds client calls of HTTP routes no server registers, across a "
          "whole project.\n",
          &llvm::errs()))
    return 2;
  if (!checkSpecOptions())
    return 2;
  std::unique_ptr<CompilationDatabase> DB =
      loadDatabase(std::move(Fixed), Error);
  if (!DB)
    return 2;
  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  if (Files.empty())
    Files = DB->getAllFiles();
  if (Files.empty()) {
    llvm::errs() << "wirecheck-routes: no translation units to index\n";
    return 2;
  }

  std::vector<RouteEntry> SpecRoutes, ManifestRoutes;
  bool SpecOk = loadRoutes(OpenAPI, readOpenAPISpec, "spec", SpecRoutes);
  bool ManifestOk =
      loadRoutes(ManifestIn, readRouteManifest, "manifest", ManifestRoutes);

  RouteIndex Index;
  for (TUContribution &TU : indexFiles(*DB, Files))
    Index.add(std::move(TU));
  IndexOptions Options;
  Options.ManifestRoutes = ManifestRoutes;
  Options.SpecRoutes = SpecRoutes;
  Options.CompareWithSpec = !OpenAPI.empty() && SpecOk && ManifestOk;
  Options.ReportUnused = ReportUnused;
  unsigned Warnings = printFindings(Index.findings(Options));
  llvm::errs() << "wirecheck-routes: " << Files.size() << " translation units, "
               << Index.routes().size() << " routes, " << Index.uses().size()
               << " uses, " << Warnings << " warnings\n";

  if (!ManifestOut.empty() && !writeManifest(ManifestOut, Index.routes()))
    return 2;
  if (!SpecOk || !ManifestOk)
    return 3;
  return Warnings ? 1 : 0;
}
