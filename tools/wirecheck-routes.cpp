//===--- wirecheck-routes.cpp - Cross-TU route index and checks -----------===//
//
// Indexes every translation unit of a compilation database in parallel,
// collects route registrations and client uses across the whole project and
// reports, in clang's diagnostic format, every use no registration serves,
// routes registered twice, and differences with an OpenAPI spec. Writes
// the manifest `wire-route-mismatch` reads (--manifest-out).
//
// Exit codes: 0 clean, 1 findings, 2 usage or compilation-database error,
// 3 a malformed spec or manifest (reported, then left out).
//
//===----------------------------------------------------------------------===//

#include "lib/support/Compat.h"
#include "lib/routes/RouteExtractor.h"
#include "lib/routes/RouteManifest.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <map>
#include <mutex>
#include <set>

using namespace clang;
using namespace clang::ast_matchers;
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

namespace {

struct Position {
  std::string File;
  unsigned Line = 0, Column = 0;
  bool operator<(const Position &O) const {
    return std::tie(File, Line, Column) < std::tie(O.File, O.Line, O.Column);
  }
  bool operator==(const Position &O) const {
    return File == O.File && Line == O.Line && Column == O.Column;
  }
};

struct UseRecord {
  Position Pos;
  std::string Text; // Resolved path or URL.
  std::string Method;
  std::optional<std::string> LiteralText;
};

struct ProblemRecord {
  Position Pos;
  std::string Message;
};

/// What one TU contributes.
struct TUResult {
  std::vector<RouteEntry> Routes;
  std::vector<UseRecord> Uses;
  std::vector<ProblemRecord> Problems;
};

struct Finding {
  Position Pos;
  std::string Level;
  std::string Message;
  std::vector<std::pair<Position, std::string>> Notes;
};

static Position positionOf(const SourceManager &SM, SourceLocation Loc) {
  Position P;
  Loc = SM.getFileLoc(Loc);
  PresumedLoc PL = SM.getPresumedLoc(Loc);
  if (PL.isInvalid())
    return P;
  P.File = PL.getFilename();
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getFileID(Loc))) {
    StringRef Real = FE->getFileEntry().tryGetRealPathName();
    if (!Real.empty())
      P.File = Real.str();
  }
  P.Line = PL.getLine();
  P.Column = PL.getColumn();
  return P;
}

class Forwarder : public MatchFinder::MatchCallback {
public:
  explicit Forwarder(RouteExtractor &X) : X(X) {}
  void run(const MatchFinder::MatchResult &Result) override { X.run(Result); }

private:
  RouteExtractor &X;
};

/// Parses one TU and records its routes and uses.
class IndexAction : public ASTFrontendAction {
public:
  IndexAction(TUResult &Out)
      : Out(Out), Extractor(parseSpecs(Registrars), parseSpecs(Consumers)),
        Callback(Extractor), Finder(finderOptions()) {
    Extractor.registerMatchers(Finder, &Callback);
  }

  /// System headers register and call no route of the project: do not
  /// walk them (most of a TU's AST).
  static MatchFinder::MatchFinderOptions finderOptions() {
    MatchFinder::MatchFinderOptions Options;
    skipSystemHeaders(Options);
    return Options;
  }

  static std::vector<FunctionSpec> parseSpecs(StringRef Text) {
    std::vector<OptionError> Errors;
    return parseFunctionSpecs("", Text, 2, Errors);
  }

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    Extractor.registerPPCallbacks(CI.getPreprocessor());
    return Finder.newASTConsumer();
  }

  void EndSourceFileAction() override {
    const SourceManager &SM = getCompilerInstance().getSourceManager();
    Extractor.finish();
    for (ExtractedRoute &R : Extractor.Routes) {
      Position P = positionOf(SM, R.Loc);
      R.Entry.File = P.File;
      R.Entry.Line = P.Line;
      R.Entry.Column = P.Column;
      Out.Routes.push_back(std::move(R.Entry));
    }
    for (const ExtractedUse &U : Extractor.Uses)
      Out.Uses.push_back(
          {positionOf(SM, U.Loc), U.Path.source(), U.Method, U.LiteralText});
    for (const RouteProblem &P : Extractor.Problems)
      Out.Problems.push_back(
          {positionOf(SM, P.Loc),
           "route '" + P.Pattern + "' can never match: " + P.Message});
    Extractor.clear();
  }

private:
  TUResult &Out;
  RouteExtractor Extractor;
  Forwarder Callback;
  MatchFinder Finder;
};

class IndexActionFactory : public FrontendActionFactory {
public:
  explicit IndexActionFactory(TUResult &Out) : Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<IndexAction>(Out);
  }

private:
  TUResult &Out;
};

std::string routeDesc(const RouteEntry &R, StringRef Method) {
  return (Method.empty() ? "" : Method.str() + " ") + R.Pattern.source();
}

Position positionOf(const RouteEntry &R) { return {R.File, R.Line, R.Column}; }

} // namespace

int main(int argc, const char **argv) {
  // `-- <flags>` gives a fixed compilation database, as in every
  // libTooling tool; otherwise -p or the files' directories are searched.
  std::string Error;
  std::unique_ptr<CompilationDatabase> DB =
      FixedCompilationDatabase::loadFromCommandLine(argc, argv, Error);
  llvm::cl::HideUnrelatedOptions(Category);
  if (!llvm::cl::ParseCommandLineOptions(
          argc, argv,
          "Finds client calls of HTTP routes no server registers, across a "
          "whole project.\n",
          &llvm::errs()))
    return 2;
  // Bad registrar or consumer specifications are usage errors, not silently
  // dropped entries.
  std::vector<OptionError> SpecErrors;
  parseFunctionSpecs("--route-registrars", Registrars, 2, SpecErrors);
  parseFunctionSpecs("--route-consumers", Consumers, 2, SpecErrors);
  for (const OptionError &E : SpecErrors)
    llvm::errs() << "wirecheck-routes: invalid value '" << E.Value << "' in "
                 << E.Option << ": "
                 << llvm::StringRef(E.Message).split(";").first << "\n";
  if (!SpecErrors.empty())
    return 2;
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
    return 2;
  }
  if (!ExtraArgs.empty()) {
    auto Adjusting =
        std::make_unique<ArgumentsAdjustingCompilations>(std::move(DB));
    Adjusting->appendArgumentsAdjuster(getInsertArgumentAdjuster(
        std::vector<std::string>(ExtraArgs.begin(), ExtraArgs.end()),
        ArgumentInsertPosition::END));
    DB = std::move(Adjusting);
  }
  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  if (Files.empty())
    Files = DB->getAllFiles();
  if (Files.empty()) {
    llvm::errs() << "wirecheck-routes: no translation units to index\n";
    return 2;
  }

  bool BadInput = false;
  std::vector<RouteEntry> SpecRoutes, ManifestRoutes;
  if (!OpenAPI.empty()) {
    llvm::Expected<std::vector<RouteEntry>> R = readOpenAPISpec(OpenAPI);
    if (R) {
      SpecRoutes = std::move(*R);
    } else {
      llvm::errs() << llvm::toString(R.takeError())
                   << " [the spec is ignored]\n";
      BadInput = true;
    }
  }
  if (!ManifestIn.empty()) {
    llvm::Expected<std::vector<RouteEntry>> R = readRouteManifest(ManifestIn);
    if (R) {
      ManifestRoutes = std::move(*R);
    } else {
      llvm::errs() << llvm::toString(R.takeError())
                   << " [the manifest is ignored]\n";
      BadInput = true;
    }
  }

  // Index every TU on every core.
  std::vector<TUResult> Results(Files.size());
  std::atomic<unsigned> Done{0};
  std::mutex ProgressLock;
  bool Progress = llvm::sys::Process::StandardErrIsDisplayed();
  {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] {
        ClangTool Tool(*DB, {Files[I]});
        IgnoringDiagConsumer Ignore;
        Tool.setDiagnosticConsumer(&Ignore);
        Tool.setPrintErrorMessage(false);
        IndexActionFactory Factory(Results[I]);
        Tool.run(&Factory);
        unsigned N = ++Done;
        if (Progress) {
          std::lock_guard<std::mutex> Lock(ProgressLock);
          llvm::errs() << "\r\033[K[" << N << "/" << Files.size() << "] "
                       << llvm::sys::path::filename(Files[I]);
        }
      });
    Pool.wait();
  }
  if (Progress)
    llvm::errs() << "\r\033[K";

  // Merge: a header seen by several TUs contributes once.
  std::vector<RouteEntry> Routes;
  std::set<std::string> SeenRoutes;
  std::vector<UseRecord> Uses;
  std::set<Position> SeenUses;
  std::vector<Finding> Diags;
  std::set<Position> SeenProblems;
  for (TUResult &R : Results) {
    for (RouteEntry &E : R.Routes) {
      std::string Key = E.File + ":" + std::to_string(E.Line) + ":" +
                        std::to_string(E.Column) + " " +
                        llvm::join(E.Methods, ",") + " " + E.Pattern.source();
      if (SeenRoutes.insert(Key).second)
        Routes.push_back(std::move(E));
    }
    for (UseRecord &U : R.Uses)
      if (SeenUses.insert(U.Pos).second)
        Uses.push_back(std::move(U));
    for (ProblemRecord &P : R.Problems)
      if (SeenProblems.insert(P.Pos).second)
        Diags.push_back({P.Pos, "warning", P.Message, {}});
  }

  // In source order, so "first registered" and the manifest are stable.
  llvm::stable_sort(Routes, [](const RouteEntry &A, const RouteEntry &B) {
    return positionOf(A) < positionOf(B);
  });

  // Routes registered twice (per method).
  std::map<std::string, const RouteEntry *> First;
  for (const RouteEntry &R : Routes) {
    std::vector<std::string> Methods = R.Methods;
    if (Methods.empty())
      Methods.push_back("");
    for (const std::string &M : Methods) {
      std::string Key = M + " " + R.Pattern.canonical();
      auto [It, Inserted] = First.try_emplace(Key, &R);
      if (Inserted)
        continue;
      Diags.push_back({positionOf(R),
                       "warning",
                       "route '" + routeDesc(R, M) + "' is registered twice",
                       {{positionOf(*It->second), "first registered here"}}});
    }
  }

  // Every use against every route of the project (and the spec).
  std::vector<const RouteEntry *> All;
  All.reserve(Routes.size() + ManifestRoutes.size());
  for (const RouteEntry &R : Routes)
    All.push_back(&R);
  for (const RouteEntry &R : ManifestRoutes)
    All.push_back(&R);
  for (const RouteEntry &R : SpecRoutes)
    All.push_back(&R);
  if (!All.empty())
    for (const UseRecord &U : Uses) {
      RoutePattern Path = RoutePattern::parseUse(U.Text);
      RouteVerdict V = classifyUse(Path, U.Method, All);
      std::optional<RouteFinding> F =
          explainVerdict(V, Path, U.Method, U.LiteralText);
      if (!F)
        continue;
      Finding D{U.Pos, "warning", F->Message, {}};
      for (const auto &[Route, Note] : F->Notes)
        D.Notes.push_back({positionOf(*Route), Note});
      Diags.push_back(std::move(D));
    }

  // Code against spec, both ways.
  if (!OpenAPI.empty() && !BadInput) {
    auto SameRoute = [](const RouteEntry &A, const RouteEntry &B,
                        StringRef Method) {
      return sameShape(A.Pattern, B.Pattern) && B.allows(Method);
    };
    for (const RouteEntry &R : Routes) {
      std::vector<std::string> Methods = R.Methods;
      if (Methods.empty())
        Methods.push_back("");
      for (const std::string &M : Methods)
        if (llvm::none_of(SpecRoutes, [&](const RouteEntry &S) {
              return SameRoute(R, S, M);
            }))
          Diags.push_back(
              {positionOf(R),
               "warning",
               "route '" + routeDesc(R, M) + "' is not in the OpenAPI spec",
               {}});
    }
    for (const RouteEntry &S : SpecRoutes) {
      StringRef M = S.Methods.empty() ? "" : StringRef(S.Methods.front());
      if (llvm::none_of(
              Routes, [&](const RouteEntry &R) { return SameRoute(S, R, M); }))
        Diags.push_back({positionOf(S),
                         "warning",
                         "route '" + routeDesc(S, M) +
                             "' of the OpenAPI spec is not registered in code",
                         {}});
    }
  }

  // Routes nothing calls: notes, on request.
  if (ReportUnused)
    for (const RouteEntry &R : Routes) {
      bool Called = llvm::any_of(Uses, [&](const UseRecord &U) {
        RoutePattern Path = RoutePattern::parseUse(U.Text);
        return matchRoute(R.Pattern, Path, R.CaseInsensitive).Kind ==
                   RouteMatch::Match &&
               R.allows(U.Method);
      });
      if (!Called)
        Diags.push_back({positionOf(R),
                         "note",
                         "route '" + routeDesc(R, llvm::join(R.Methods, ",")) +
                             "' is registered but nothing calls it",
                         {}});
    }

  llvm::stable_sort(
      Diags, [](const Finding &A, const Finding &B) { return A.Pos < B.Pos; });
  unsigned Warnings = 0;
  for (const Finding &D : Diags) {
    llvm::outs() << D.Pos.File << ":" << D.Pos.Line << ":" << D.Pos.Column
                 << ": " << D.Level << ": " << D.Message
                 << " [wire-route-mismatch]\n";
    for (const auto &[Pos, Note] : D.Notes)
      llvm::outs() << Pos.File << ":" << Pos.Line << ":" << Pos.Column
                   << ": note: " << Note << "\n";
    if (D.Level == "warning")
      ++Warnings;
  }
  llvm::errs() << "wirecheck-routes: " << Files.size() << " translation units, "
               << Routes.size() << " routes, " << Uses.size() << " uses, "
               << Warnings << " warnings\n";

  if (!ManifestOut.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(ManifestOut, EC, llvm::sys::fs::OF_Text);
    if (EC) {
      llvm::errs() << "wirecheck-routes: cannot write " << ManifestOut << ": "
                   << EC.message() << "\n";
      return 2;
    }
    OS << writeRouteManifest(Routes);
  }
  if (BadInput)
    return 3;
  return Warnings ? 1 : 0;
}
