//===--- IndexDriver.cpp - What the indexing tools share ------------------===//

#include "lib/index/IndexDriver.h"
#include "lib/support/FileIO.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

using namespace clang::tooling;

namespace wirecheck {

/// When \p Dir holds a compile_commands.json that cannot be loaded, says
/// why (empty, or not a valid database) and returns true.
bool IndexDriver::explainBadDatabase(llvm::StringRef Dir) const {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, "compile_commands.json");
  if (!llvm::sys::fs::exists(Path))
    return false;
  // Read it as any input: a FIFO or a device would hang or exhaust memory
  // in the database loader.
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf = readInputFile(Path);
  if (!Buf) {
    llvm::errs() << Tool << ": " << Path << ": "
                 << llvm::toString(Buf.takeError()) << "\n";
    return true;
  }
  if ((*Buf)->getBuffer().trim().empty()) {
    llvm::errs() << Tool << ": " << Path << " is empty\n";
    return true;
  }
  std::string Error;
  if (JSONCompilationDatabase::loadFromBuffer(
          (*Buf)->getBuffer(), Error, JSONCommandLineSyntax::AutoDetect))
    return false;
  llvm::errs() << Tool << ": " << Path
               << " is not a valid compilation database: " << Error << "\n";
  return true;
}

std::unique_ptr<CompilationDatabase>
IndexDriver::loadDatabase(DatabaseRequest Request) const {
  std::unique_ptr<CompilationDatabase> DB = std::move(Request.Fixed);
  std::string Error = std::move(Request.FixedError);
  // An empty or corrupt database in BUILD_DIR is named as such, before
  // auto-detection would look for another in its parents.
  if (!DB && !Request.BuildPath.empty() &&
      explainBadDatabase(Request.BuildPath))
    return nullptr;
  if (!DB) {
    if (!Request.BuildPath.empty())
      DB = CompilationDatabase::autoDetectFromDirectory(Request.BuildPath,
                                                        Error);
    else if (!Request.SourcePaths.empty())
      DB = CompilationDatabase::autoDetectFromSource(
          Request.SourcePaths.front(), Error);
  }
  if (!DB) {
    llvm::errs() << Tool << ": no compilation database"
                 << (Error.empty() ? "" : ": " + Error)
                 << " (use -p BUILD_DIR or `-- <flags>`)\n";
    return nullptr;
  }
  if (!Request.ExtraArgs.empty()) {
    auto Adjusting =
        std::make_unique<ArgumentsAdjustingCompilations>(std::move(DB));
    Adjusting->appendArgumentsAdjuster(getInsertArgumentAdjuster(
        Request.ExtraArgs, ArgumentInsertPosition::END));
    DB = std::move(Adjusting);
  }
  return DB;
}

std::vector<std::string>
IndexDriver::filesToIndex(const CompilationDatabase &DB,
                          llvm::ArrayRef<std::string> SourcePaths,
                          llvm::StringRef BuildPath) const {
  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  if (Files.empty()) {
    // In path order: the database lists them in the order of a hash of
    // their absolute paths, which would make the manifest and the order of
    // merged findings depend on where the project is checked out.
    Files = DB.getAllFiles();
    llvm::sort(Files);
  }
  if (!Files.empty())
    return Files;
  llvm::errs() << Tool << ": no translation units to index";
  if (!BuildPath.empty())
    llvm::errs() << ": " << BuildPath << "/compile_commands.json has no "
                 << "entries";
  llvm::errs() << "\n";
  return Files;
}

bool IndexDriver::open(DatabaseRequest Request,
                       std::unique_ptr<CompilationDatabase> &DB,
                       std::vector<std::string> &Files) const {
  std::vector<std::string> SourcePaths = Request.SourcePaths;
  std::string BuildPath = Request.BuildPath;
  DB = loadDatabase(std::move(Request));
  if (!DB)
    return false;
  Files = filesToIndex(*DB, SourcePaths, BuildPath);
  return !Files.empty();
}

std::vector<IndexedTU> IndexDriver::index(const CompilationDatabase &DB,
                                          llvm::ArrayRef<std::string> Files,
                                          const IndexerOptions &Options) const {
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

size_t IndexDriver::reportFailures(llvm::ArrayRef<IndexedTU> TUs) {
  Failed = 0;
  for (const IndexedTU &TU : TUs) {
    if (TU.Parsed)
      continue;
    ++Failed;
    llvm::errs() << Tool << ": error: cannot index " << TU.File << ": "
                 << TU.Reason << "\n";
    for (const std::string &D : TU.Diagnostics)
      llvm::errs() << D << "\n";
  }
  return Failed;
}

void IndexDriver::printOptionError(llvm::StringRef Flag,
                                   const OptionError &E) const {
  llvm::errs() << Tool << ": invalid value '" << E.Value << "' in " << Flag
               << ": " << llvm::StringRef(E.Message).split(";").first << "\n";
}

size_t IndexDriver::reportOptionErrors(llvm::ArrayRef<IndexedTU> TUs) {
  std::set<std::pair<std::string, std::string>> Seen;
  for (const IndexedTU &TU : TUs)
    for (const OptionError &E : TU.Contribution.OptionErrors)
      if (Seen.insert({E.Value, E.Message}).second)
        printOptionError(E.Option == "RouteRegistrars" ? "--route-registrars"
                                                       : "--route-consumers",
                         E);
  BadEntries = Seen.size();
  return BadEntries;
}

void IndexDriver::summarizeFailures(size_t TUCount) const {
  if (!Failed)
    return;
  llvm::errs() << Tool << ": " << Failed << " of " << TUCount
               << " translation units could not be indexed"
               << (KeepGoing || Failed == TUCount
                       ? "\n"
                       : "; use --keep-going to accept a partial index\n");
}

bool IndexDriver::writeManifest(llvm::StringRef Path, llvm::StringRef Text,
                                size_t TUCount) const {
  std::string Why;
  if (BadEntries)
    Why = "an argument index in --route-registrars or --route-consumers is "
          "wrong";
  else if (Failed == TUCount)
    Why = "no translation unit was indexed";
  else if (Failed && !KeepGoing)
    Why = std::to_string(Failed) + " of " + std::to_string(TUCount) +
          " translation units could not be indexed";
  if (!Why.empty()) {
    llvm::errs() << Tool << ": " << Path << " is not written: " << Why
                 << "; the previous file is kept\n";
    return true;
  }
  // Atomically (lib/support/FileIO): readers never see a partial manifest,
  // and a failed write keeps the previous one.
  llvm::Error E = writeFileAtomically(Path, [&](llvm::raw_ostream &OS) {
    OS << Text;
    return llvm::Error::success();
  });
  if (!E)
    return true;
  llvm::errs() << Tool << ": " << llvm::toString(std::move(E)) << "\n";
  return false;
}

int IndexDriver::exitCode(size_t TUCount, bool InputsOk,
                          unsigned Warnings) const {
  if (BadEntries)
    return 2;
  if (Failed == TUCount || (Failed && !KeepGoing))
    return 4;
  if (!InputsOk)
    return 3;
  return Warnings ? 1 : 0;
}

unsigned printFindings(llvm::ArrayRef<IndexFinding> Findings,
                       llvm::StringRef Rule) {
  unsigned Warnings = 0;
  for (const IndexFinding &D : Findings) {
    llvm::outs() << D.Pos.File << ":" << D.Pos.Line << ":" << D.Pos.Column
                 << ": " << D.Level << ": " << D.Message << " [" << Rule
                 << "]\n";
    for (const auto &[Pos, Note] : D.Notes)
      llvm::outs() << Pos.File << ":" << Pos.Line << ":" << Pos.Column
                   << ": note: " << Note << "\n";
    if (D.isWarning())
      ++Warnings;
  }
  return Warnings;
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  if (llvm::sys::fs::make_absolute(Abs))
    return Path.str();
  return Abs.str().str();
}

LoadResult loadRouteFile(
    llvm::StringRef Path,
    llvm::function_ref<llvm::Expected<RouteDocument>(llvm::StringRef)> Read,
    llvm::StringRef What, std::vector<RouteEntry> &Out) {
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

std::vector<ManifestSource> manifestSources(llvm::ArrayRef<IndexedTU> TUs) {
  std::vector<ManifestSource> Sources;
  Sources.reserve(TUs.size());
  for (const IndexedTU &TU : TUs) {
    ManifestSource &S = Sources.emplace_back();
    S.File = TU.File;
    S.Parsed = TU.Parsed;
    for (const IndexedUnresolved &U : TU.Contribution.Unresolved)
      ++(U.Registration ? S.UnresolvedRoutes : S.UnresolvedUses);
  }
  return Sources;
}

/// "1 use", "2 uses".
static std::string count(size_t N, llvm::StringRef Noun) {
  return std::to_string(N) + " " + Noun.str() + (N == 1 ? "" : "s");
}

std::string unresolvedSummary(const RouteIndex &Index, bool Verbose) {
  std::vector<IndexedUnresolved> All = Index.unresolved();
  if (All.empty())
    return "";
  size_t Registrations = llvm::count_if(
      All, [](const IndexedUnresolved &U) { return U.Registration; });
  size_t Uses = All.size() - Registrations;
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

} // namespace wirecheck
