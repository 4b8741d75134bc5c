//===--- wirecheck-routes.cpp - Cross-TU route index and checks -----------===//
//
// The command line of the project-wide route index: reads the options, the
// compilation database, the spec and the manifest; hands the TUs to
// TUIndexer and the results to RouteIndex; prints the findings in clang's
// diagnostic format and writes the manifest `wire-route-mismatch` reads
// (--manifest-out).
//
// Exit codes (docs/tools/wirecheck-routes.md): 0 clean, 1 findings, 2 usage
// or compilation-database error or an unwritable manifest, 3 a malformed
// spec or manifest, or an unusable entry in one (reported, then left
// out), 4 a translation unit could not
// be indexed (without --keep-going), or none was.
//
//===----------------------------------------------------------------------===//

#include "lib/routes/ManifestJson.h"
#include "lib/routes/OpenApi.h"
#include "lib/routes/RouteIndex.h"
#include "lib/routes/TUIndexer.h"
#include "lib/support/FileIO.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

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
                   "'both' (default), 'spec-to-code' (operations the code "
                   "does not register) or 'code-to-spec' (routes the spec "
                   "does not document)"),
    llvm::cl::value_desc("direction"), llvm::cl::init("both"),
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

/// Prints an error in the value of flag \p Flag.
static void printOptionError(llvm::StringRef Flag, const OptionError &E) {
  llvm::errs() << "wirecheck-routes: invalid value '" << E.Value << "' in "
               << Flag << ": " << llvm::StringRef(E.Message).split(";").first
               << "\n";
}

/// Reports malformed --route-registrars / --route-consumers / --openapi-*
/// values; they are usage errors, not silently dropped entries. Fills
/// \p Scope from the --openapi-* flags.
static bool checkSpecOptions(SpecScope &Scope) {
  std::vector<OptionError> SpecErrors;
  parseFunctionSpecs("--route-registrars", Registrars, 2, SpecErrors);
  parseFunctionSpecs("--route-consumers", Consumers, 2, SpecErrors);
  Scope.Direction =
      parseSpecDirection("--openapi-check", OpenAPICheck, SpecErrors);
  Scope.Exclude =
      parseExcludeGlobs("--openapi-exclude", OpenAPIExclude, SpecErrors);
  for (const OptionError &E : SpecErrors)
    printOptionError(E.Option, E);
  return SpecErrors.empty();
}

/// Reports, once each, the --route-registrars / --route-consumers entries
/// whose argument index is past the parameters of a function they name (the
/// TUs find them, under the check's option names); returns how many.
static size_t reportIndexErrors(llvm::ArrayRef<IndexedTU> TUs) {
  std::set<std::pair<std::string, std::string>> Seen;
  for (const IndexedTU &TU : TUs)
    for (const OptionError &E : TU.Contribution.OptionErrors)
      if (Seen.insert({E.Value, E.Message}).second)
        printOptionError(E.Option == "RouteRegistrars" ? "--route-registrars"
                                                       : "--route-consumers",
                         E);
  return Seen.size();
}

/// When \p Dir holds a compile_commands.json that cannot be loaded, says
/// why (empty, or not a valid database) and returns true.
static bool explainBadDatabase(llvm::StringRef Dir) {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, "compile_commands.json");
  if (!llvm::sys::fs::exists(Path))
    return false;
  // Read it as any input: a FIFO or a device would hang or exhaust memory
  // in the database loader.
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf = readInputFile(Path);
  if (!Buf) {
    llvm::errs() << "wirecheck-routes: " << Path << ": "
                 << llvm::toString(Buf.takeError()) << "\n";
    return true;
  }
  if ((*Buf)->getBuffer().trim().empty()) {
    llvm::errs() << "wirecheck-routes: " << Path << " is empty\n";
    return true;
  }
  std::string Error;
  if (JSONCompilationDatabase::loadFromBuffer(
          (*Buf)->getBuffer(), Error, JSONCommandLineSyntax::AutoDetect))
    return false;
  llvm::errs() << "wirecheck-routes: " << Path
               << " is not a valid compilation database: " << Error << "\n";
  return true;
}

/// The database of `-- <flags>` (\p Fixed), else of -p, else found from the
/// first file; with --extra-arg applied. Null (reported) if there is none.
static std::unique_ptr<CompilationDatabase>
loadDatabase(std::unique_ptr<CompilationDatabase> DB, std::string Error) {
  // An empty or corrupt database in BUILD_DIR is named as such, before
  // auto-detection would look for another in its parents.
  if (!DB && !BuildPath.empty() && explainBadDatabase(BuildPath))
    return nullptr;
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

namespace {
/// How a manifest or spec could be read.
enum class LoadResult { Ok, Partial, Failed };
} // namespace

/// Reads the routes of \p Path with \p Read into \p Out; a malformed file
/// is reported and left out (Failed), an unusable entry is reported and
/// left out while the rest applies (Partial).
template <typename ReadFn>
static LoadResult loadRoutes(llvm::StringRef Path, ReadFn Read,
                             llvm::StringRef What,
                             std::vector<RouteEntry> &Out) {
  if (Path.empty())
    return LoadResult::Ok;
  llvm::Expected<RouteDocument> R = Read(Path);
  if (!R) {
    llvm::errs() << llvm::toString(R.takeError()) << " [the " << What
                 << " is ignored]\n";
    return LoadResult::Failed;
  }
  for (const std::string &Message : R->Skipped)
    llvm::errs() << Message << "\n";
  for (const std::string &Message : R->Notes)
    llvm::errs() << Message << "\n";
  Out = std::move(R->Routes);
  return R->Skipped.empty() ? LoadResult::Ok : LoadResult::Partial;
}

/// Indexes \p Files, with a progress line when stderr is a terminal.
static std::vector<IndexedTU> indexFiles(const CompilationDatabase &DB,
                                         llvm::ArrayRef<std::string> Files) {
  IndexerOptions Options;
  std::vector<OptionError> Ignored;
  Options.Registrars = parseFunctionSpecs("", Registrars, 2, Ignored);
  Options.Consumers = parseFunctionSpecs("", Consumers, 2, Ignored);
  Options.Jobs = Jobs;
  bool Progress = llvm::sys::Process::StandardErrIsDisplayed();
  std::vector<IndexedTU> Results = indexTranslationUnits(
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

/// Reports each TU that could not be indexed, with its errors; returns how
/// many there are.
static size_t reportFailures(llvm::ArrayRef<IndexedTU> TUs) {
  size_t Failed = 0;
  for (const IndexedTU &TU : TUs) {
    if (TU.Parsed)
      continue;
    ++Failed;
    llvm::errs() << "wirecheck-routes: error: cannot index " << TU.File << ": "
                 << TU.Reason << "\n";
    for (const std::string &D : TU.Diagnostics)
      llvm::errs() << D << "\n";
  }
  return Failed;
}

/// Writes \p Text to \p Path atomically (lib/support/FileIO): readers never
/// see a partial manifest, and a failed write keeps the previous one.
static bool writeAtomically(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::Error E = writeFileAtomically(Path, [&](llvm::raw_ostream &OS) {
    OS << Text;
    return llvm::Error::success();
  });
  if (!E)
    return true;
  llvm::errs() << "wirecheck-routes: " << llvm::toString(std::move(E)) << "\n";
  return false;
}

/// "1 use", "2 uses".
static std::string count(size_t N, llvm::StringRef Noun) {
  return std::to_string(N) + " " + Noun.str() + (N == 1 ? "" : "s");
}

/// The summary's note on what was seen but not resolved, listing each with
/// --verbose; empty when everything was resolved. Never `N routes` alone
/// while some were skipped.
static std::string unresolvedSummary(const RouteIndex &Index) {
  std::vector<IndexedUnresolved> All = Index.unresolved();
  size_t Registrations = llvm::count_if(
      All, [](const IndexedUnresolved &U) { return U.Registration; });
  size_t Uses = All.size() - Registrations;
  if (All.empty())
    return "";
  if (Verbose)
    for (const IndexedUnresolved &U : All)
      llvm::errs() << U.Pos.File << ":" << U.Pos.Line << ":" << U.Pos.Column
                   << ": remark: "
                   << (U.Registration ? "route registration" : "client use")
                   << " not resolved: " << U.Reason << "\n";
  std::string Out = " (";
  if (Registrations)
    Out += count(Registrations, "registration");
  if (Registrations && Uses)
    Out += " and ";
  if (Uses)
    Out += count(Uses, "use");
  return Out + " not resolved; " +
         (Verbose ? "listed above" : "--verbose lists them") + ")";
}

/// Writes the manifest unless the run failed or indexed nothing: then the
/// previous manifest is kept. Returns false if it could not be written.
static bool writeManifest(llvm::StringRef Path, const RouteIndex &Index,
                          llvm::ArrayRef<ManifestSource> Sources,
                          size_t Failed, size_t BadEntries) {
  std::string Why;
  if (BadEntries)
    Why = "an argument index in --route-registrars or --route-consumers is "
          "wrong";
  else if (Failed == Sources.size())
    Why = "no translation unit was indexed";
  else if (Failed && !KeepGoing)
    Why = std::to_string(Failed) + " of " + std::to_string(Sources.size()) +
          " translation units could not be indexed";
  if (!Why.empty()) {
    llvm::errs() << "wirecheck-routes: " << Path << " is not written: " << Why
                 << "; the previous file is kept\n";
    return true;
  }
  return writeAtomically(Path, writeRouteManifest(Index.routes(), Sources));
}

/// \p Path made absolute against the directory the tool runs in (as it is
/// when that directory cannot be read: the write then reports the error).
static std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  if (llvm::sys::fs::make_absolute(Abs))
    return Path.str();
  return Abs.str().str();
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
  SpecScope Scope;
  if (!checkSpecOptions(Scope))
    return 2;
  // Before any worker may change directory.
  std::string ManifestPath =
      ManifestOut.empty() ? std::string() : absolutePath(ManifestOut);
  std::unique_ptr<CompilationDatabase> DB =
      loadDatabase(std::move(Fixed), Error);
  if (!DB)
    return 2;
  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  if (Files.empty())
    Files = DB->getAllFiles();
  if (Files.empty()) {
    llvm::errs() << "wirecheck-routes: no translation units to index";
    if (!BuildPath.empty())
      llvm::errs() << ": " << BuildPath << "/compile_commands.json has no "
                   << "entries";
    llvm::errs() << "\n";
    return 2;
  }

  std::vector<RouteEntry> SpecRoutes, ManifestRoutes;
  LoadResult Spec = loadRoutes(OpenAPI, readOpenAPISpec, "spec", SpecRoutes);
  LoadResult Manifest =
      loadRoutes(ManifestIn, readRouteManifest, "manifest", ManifestRoutes);

  std::vector<IndexedTU> TUs = indexFiles(*DB, Files);
  size_t Failed = reportFailures(TUs);
  size_t BadEntries = reportIndexErrors(TUs);
  RouteIndex Index;
  std::vector<ManifestSource> Sources;
  for (IndexedTU &TU : TUs) {
    ManifestSource &S = Sources.emplace_back();
    S.File = TU.File;
    S.Parsed = TU.Parsed;
    for (const IndexedUnresolved &U : TU.Contribution.Unresolved)
      ++(U.Registration ? S.UnresolvedRoutes : S.UnresolvedUses);
    Index.add(std::move(TU.Contribution));
  }
  IndexOptions Options;
  Options.ManifestRoutes = ManifestRoutes;
  Options.SpecRoutes = SpecRoutes;
  Options.CompareWithSpec = !OpenAPI.empty() && Spec != LoadResult::Failed &&
                            Manifest != LoadResult::Failed;
  Options.Scope = Scope;
  Options.ReportUnused = ReportUnused;
  unsigned Warnings = printFindings(Index.findings(Options));
  std::string Unresolved = unresolvedSummary(Index);
  llvm::errs() << "wirecheck-routes: " << Files.size() << " translation units, "
               << Index.routes().size() << " routes, " << Index.uses().size()
               << " uses" << Unresolved << ", " << Warnings << " warnings\n";

  if (Failed)
    llvm::errs() << "wirecheck-routes: " << Failed << " of " << Files.size()
                 << " translation units could not be indexed"
                 << (KeepGoing || Failed == Files.size()
                         ? "\n"
                         : "; use --keep-going to accept a partial index\n");
  if (!ManifestPath.empty() &&
      !writeManifest(ManifestPath, Index, Sources, Failed, BadEntries))
    return 2;
  if (BadEntries)
    return 2;
  if (Failed == Files.size() || (Failed && !KeepGoing))
    return 4;
  if (Spec != LoadResult::Ok || Manifest != LoadResult::Ok)
    return 3;
  return Warnings ? 1 : 0;
}
