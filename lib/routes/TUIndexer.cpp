//===--- TUIndexer.cpp - Indexing the TUs of a compilation database -------===//

#include "lib/routes/TUIndexer.h"
#include "lib/routes/RouteExtractor.h"
#include "lib/routes/ServerScope.h"
#include "lib/support/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tooling;

namespace wirecheck {

TUExtension::~TUExtension() = default;

namespace {

/// Parses one TU and records its routes and uses.
class IndexAction : public ASTFrontendAction {
public:
  IndexAction(TUContribution &Out, const IndexerOptions &Options,
              TUExtension *Extension)
      : Out(Out), Extension(Extension),
        Extractor(Options.Registrars, Options.Consumers), Callback(Extractor),
        Finder(finderOptions()) {
    Extractor.registerMatchers(Finder, &Callback);
    if (Extension)
      Extension->registerMatchers(Finder);
  }

  /// System headers register and call no route of the project: do not
  /// walk them (most of a TU's AST).
  static MatchFinder::MatchFinderOptions finderOptions() {
    MatchFinder::MatchFinderOptions Options;
    skipSystemHeaders(Options);
    return Options;
  }

protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    Extractor.registerPPCallbacks(CI.getPreprocessor());
    return Finder.newASTConsumer();
  }

  void EndSourceFileAction() override {
    const SourceManager &SM = getCompilerInstance().getSourceManager();
    if (Extension && getCompilerInstance().hasASTContext())
      Extension->finish(getCompilerInstance().getASTContext());
    Extractor.finish();
    for (ExtractedRoute &R : Extractor.Routes) {
      SourcePosition P = realPosition(SM, R.Loc);
      R.Entry.File = P.File;
      R.Entry.Line = P.Line;
      R.Entry.Column = P.Column;
      Out.Routes.push_back(std::move(R.Entry));
    }
    for (const ExtractedUse &U : Extractor.Uses)
      Out.Uses.push_back({realPosition(SM, U.Loc), U.Path.source(), U.Method,
                          U.LiteralText, U.Target});
    for (const RouteProblem &P : Extractor.Problems)
      Out.Problems.push_back(
          {realPosition(SM, P.Loc),
           "route '" + P.Pattern + "' can never match: " + P.Message});
    Out.OptionErrors = Extractor.takeOptionProblems();
    for (const UnresolvedPath &U : Extractor.Unresolved)
      Out.Unresolved.push_back(
          {realPosition(SM, U.Loc), U.Registration, U.Reason});
    Out.DefinesMain = definesMain(getCompilerInstance().getASTContext());
    Extractor.clear();
  }

  /// Is \p Ctx a program of its own (it defines `main`)?
  static bool definesMain(ASTContext &Ctx) {
    for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (const auto *FD = dyn_cast<FunctionDecl>(D))
        if (FD->isMain() && FD->doesThisDeclarationHaveABody())
          return true;
    return false;
  }

private:
  TUContribution &Out;
  TUExtension *Extension;
  RouteExtractor Extractor;
  RouteExtractorCallback Callback;
  MatchFinder Finder;
};

class IndexActionFactory : public FrontendActionFactory {
public:
  IndexActionFactory(TUContribution &Out, const IndexerOptions &Options,
                     TUExtension *Extension)
      : Out(Out), Options(Options), Extension(Extension) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<IndexAction>(Out, Options, Extension);
  }

private:
  TUContribution &Out;
  const IndexerOptions &Options;
  TUExtension *Extension;
};

} // namespace

namespace {
/// Keeps the errors of one TU, with their positions.
class ErrorCollector : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    if (Lines.size() >= IndexedTU::MaxDiagnostics) {
      ++Dropped;
      return;
    }
    llvm::SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    std::string Where;
    if (Info.getLocation().isValid() && Info.hasSourceManager()) {
      PresumedLoc P = Info.getSourceManager().getPresumedLoc(
          Info.getSourceManager().getFileLoc(Info.getLocation()));
      if (P.isValid())
        Where = (llvm::Twine(P.getFilename()) + ":" + llvm::Twine(P.getLine()) +
                 ":" + llvm::Twine(P.getColumn()) + ": ")
                    .str();
    }
    Lines.push_back(
        Where +
        (Level == DiagnosticsEngine::Fatal ? "fatal error: " : "error: ") +
        Message.str().str());
  }

  std::vector<std::string> Lines;
  size_t Dropped = 0;
};
} // namespace

/// Why the commands of \p File cannot run, or an empty string.
static std::string missingInput(const CompilationDatabase &DB,
                                llvm::StringRef File) {
  std::vector<CompileCommand> Commands = DB.getCompileCommands(File);
  if (Commands.empty())
    return "it has no command in the compilation database";
  for (const CompileCommand &C : Commands) {
    // ClangTool aborts the process (`Cannot chdir`) on a missing directory.
    if (!llvm::sys::fs::is_directory(C.Directory))
      return "its build directory '" + C.Directory + "' does not exist";
    llvm::SmallString<256> Path(C.Filename);
    if (!llvm::sys::path::is_absolute(Path)) {
      Path = C.Directory;
      llvm::sys::path::append(Path, C.Filename);
    }
    if (!llvm::sys::fs::exists(Path))
      return "the file does not exist";
  }
  return "";
}

/// Indexes \p Out.File into \p Out.
static void indexOne(const CompilationDatabase &DB,
                     const IndexerOptions &Options, IndexedTU &Out) {
  Out.Reason = missingInput(DB, Out.File);
  if (!Out.Reason.empty()) {
    Out.Parsed = false;
    return;
  }
  // A file system of its own, whose working directory is the command's:
  // the process's stays where the user ran the tool.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS(
      llvm::vfs::createPhysicalFileSystem().release());
  ClangTool Tool(DB, {Out.File}, std::make_shared<PCHContainerOperations>(),
                 FS);
  ErrorCollector Errors;
  Tool.setDiagnosticConsumer(&Errors);
  Tool.setPrintErrorMessage(false);
  // The errors are reported with the TU; not "N errors generated" besides.
  Tool.appendArgumentsAdjuster(getInsertArgumentAdjuster(
      "-fno-caret-diagnostics", ArgumentInsertPosition::END));
  TUContribution Contribution;
  std::unique_ptr<TUExtension> Extension =
      Options.MakeExtension ? Options.MakeExtension() : nullptr;
  IndexActionFactory Factory(Contribution, Options, Extension.get());
  int RC = Tool.run(&Factory);
  if (RC == 0 && Errors.getNumErrors() == 0) {
    Out.Contribution = std::move(Contribution);
    Out.Extension = std::move(Extension);
    return;
  }
  Out.Parsed = false;
  Out.Reason = "it does not compile";
  Out.Diagnostics = std::move(Errors.Lines);
  if (Errors.Dropped)
    Out.Diagnostics.push_back("(" + std::to_string(Errors.Dropped) +
                              " more errors)");
}

std::vector<IndexedTU> indexTranslationUnits(
    const CompilationDatabase &DB, llvm::ArrayRef<std::string> Files,
    const IndexerOptions &Options,
    llvm::function_ref<void(size_t Done, llvm::StringRef File)> Progress) {
  std::vector<IndexedTU> Results(Files.size());
  size_t Done = 0;
  std::mutex ProgressLock;
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  for (size_t I = 0; I < Files.size(); ++I)
    Pool.async([&, I] {
      Results[I].File = Files[I];
      indexOne(DB, Options, Results[I]);
      std::lock_guard<std::mutex> Lock(ProgressLock);
      ++Done;
      if (Progress)
        Progress(Done, Files[I]);
    });
  Pool.wait();
  return Results;
}

} // namespace wirecheck
