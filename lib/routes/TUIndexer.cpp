//===--- TUIndexer.cpp - Indexing the TUs of a compilation database -------===//

#include "lib/routes/TUIndexer.h"
#include "lib/routes/RouteExtractor.h"
#include "lib/support/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tooling;

namespace wirecheck {

/// The position of \p Loc in its real file (symbolic links resolved, so
/// that a header reached by two paths counts once).
static SourcePosition positionOf(const SourceManager &SM, SourceLocation Loc) {
  SourcePosition P;
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

namespace {

/// Parses one TU and records its routes and uses.
class IndexAction : public ASTFrontendAction {
public:
  IndexAction(TUContribution &Out, const IndexerOptions &Options)
      : Out(Out), Extractor(Options.Registrars, Options.Consumers),
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
      SourcePosition P = positionOf(SM, R.Loc);
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
  TUContribution &Out;
  RouteExtractor Extractor;
  RouteExtractorCallback Callback;
  MatchFinder Finder;
};

class IndexActionFactory : public FrontendActionFactory {
public:
  IndexActionFactory(TUContribution &Out, const IndexerOptions &Options)
      : Out(Out), Options(Options) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<IndexAction>(Out, Options);
  }

private:
  TUContribution &Out;
  const IndexerOptions &Options;
};

} // namespace

std::vector<TUContribution> indexTranslationUnits(
    const CompilationDatabase &DB, llvm::ArrayRef<std::string> Files,
    const IndexerOptions &Options,
    llvm::function_ref<void(size_t Done, llvm::StringRef File)> Progress) {
  std::vector<TUContribution> Results(Files.size());
  size_t Done = 0;
  std::mutex ProgressLock;
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  for (size_t I = 0; I < Files.size(); ++I)
    Pool.async([&, I] {
      ClangTool Tool(DB, {Files[I]});
      IgnoringDiagConsumer Ignore;
      Tool.setDiagnosticConsumer(&Ignore);
      Tool.setPrintErrorMessage(false);
      IndexActionFactory Factory(Results[I], Options);
      Tool.run(&Factory);
      std::lock_guard<std::mutex> Lock(ProgressLock);
      ++Done;
      if (Progress)
        Progress(Done, Files[I]);
    });
  Pool.wait();
  return Results;
}

} // namespace wirecheck
