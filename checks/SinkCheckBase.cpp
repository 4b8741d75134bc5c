//===--- SinkCheckBase.cpp - Shared frame of the sink checks --------------===//

#include "checks/SinkCheckBase.h"
#include "lib/sinks/CodeOwner.h"
#include "lib/sinks/NonValues.h"
#include "lib/sinks/TestFrameworks.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang::ast_matchers;
using namespace wirecheck;

namespace clang::tidy::wire {

SinkCheckBase::SinkCheckBase(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CheckContext(Context),
      SafeWrappersText(Options.getLocalOrGlobal("SafeWrappers", "")),
      LogSinksText(Options.getLocalOrGlobal("LogSinks", "")),
      JsonSinksText(Options.getLocalOrGlobal("JsonSinks", "")) {
  std::vector<OptionError> Errors;
  SafeWrappers = parseNameList("SafeWrappers", SafeWrappersText, Errors);
  std::vector<FunctionSpec> Log =
      parseFunctionSpecs("LogSinks", LogSinksText, 1, Errors);
  std::vector<FunctionSpec> Json =
      parseFunctionSpecs("JsonSinks", JsonSinksText, 1, Errors);
  Catalogue = std::make_unique<SinkCatalogue>(std::move(Log), std::move(Json));
  reportSinkOptionErrors(std::move(Errors));
}

void SinkCheckBase::reportSinkOptionErrors(std::vector<OptionError> Errors) {
  // A value set for this check alone is this check's error; one read from
  // the global key is reported once for every check that reads it.
  std::vector<OptionError> Local, Global;
  for (OptionError &E : Errors)
    (Options.get(E.Option) ? Local : Global).push_back(std::move(E));
  reportOptionErrors(Local);
  static constexpr StringRef Readers[] = {"wire-enum-serialization",
                                          "wire-object-serialization"};
  reportGlobalOptionErrors(*this, getID(), *CheckContext, Readers, Global);
}

void SinkCheckBase::reportOptionErrors(ArrayRef<OptionError> Errors) {
  wire::reportOptionErrors(*this, getID(), Errors);
}

void SinkCheckBase::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "SafeWrappers", SafeWrappersText);
  Options.store(Opts, "LogSinks", LogSinksText);
  Options.store(Opts, "JsonSinks", JsonSinksText);
}

void SinkCheckBase::registerMatchers(MatchFinder *Finder) {
  // Every call and construction: the catalogue decides cheaply, per callee
  // and cached, whether it is a sink, and calls to project functions are
  // kept for wrapper propagation.
  Finder->addMatcher(callExpr().bind("call"), this);
  Finder->addMatcher(cxxConstructExpr().bind("call"), this);
}

bool SinkCheckBase::mayWrap(const FunctionDecl &FD) {
  const FunctionDecl *Key = FD.getCanonicalDecl();
  auto [It, Inserted] = LibraryCache.try_emplace(Key, false);
  if (!Inserted)
    return It->second;
  bool Result = !Ctx->getSourceManager().isInSystemHeader(FD.getLocation()) &&
                !isInLibraryNamespace(FD) &&
                !matchesAnyName(FD, SafeWrappers) && !Catalogue->isSink(FD);
  It->second = Result;
  return Result;
}

void SinkCheckBase::check(const MatchFinder::MatchResult &Result) {
  const auto *E = Result.Nodes.getNodeAs<Expr>("call");
  if (!E || E->containsErrors() || !Visited.insert(E).second)
    return;
  if (!Ctx) {
    Ctx = Result.Context;
    Serializers = std::make_unique<SerializerLookup>(*Ctx);
  }
  // Library internals are the library's business. (clang-tidy 22 does not
  // even traverse system headers; older versions do.)
  if (Ctx->getSourceManager().isInSystemHeader(E->getBeginLoc()))
    return;
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (!SafeWrappers.empty() && isSafeWrapperCall(*Call))
      recordSafeWrapperCall(*Call);
  if (E->isInstantiationDependent())
    return;
  llvm::SmallVector<SinkArg, 4> Args;
  Catalogue->collectSinkArgs(*E, Args);
  for (const SinkArg &A : Args) {
    if (A.Arg->isTypeDependent() || A.Arg->containsErrors())
      continue;
    if (isCandidate(*stripWriteConversions(A.Arg)) || tracedParameter(A.Arg))
      Flow.addUse(A);
  }
  if (!Args.empty() || !isa<CallExpr>(E))
    return;
  const FunctionDecl *Callee = calleeOf(*E);
  if (!Callee || !Callee->isDefined() || !mayWrap(*Callee))
    return;
  bool Interesting = llvm::any_of(callArguments(*E), [&](const Expr *Arg) {
    return !Arg->isTypeDependent() &&
           (isCandidate(*stripWriteConversions(Arg)) || tracedParameter(Arg));
  });
  if (Interesting && !isUnevaluatedOperand(*E))
    Flow.addCall(*E, *Callee);
}

void SinkCheckBase::onStartOfTranslationUnit() { startTranslationUnit(); }

/// The top-level declarations outside system headers: where the checks'
/// end-of-TU questions about AST parents are asked. Matching is over when
/// they are asked, so narrowing the traversal scope to these for that time
/// spares building the parent map of every library instantiation in the TU.
static std::vector<Decl *> projectScope(ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Decl *> Scope;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!SM.isInSystemHeader(D->getLocation()))
      Scope.push_back(D);
  return Scope;
}

void SinkCheckBase::onEndOfTranslationUnit() {
  // Narrowing resets the AST's parent map: only when the flow has uses to
  // ask about, so a TU without any keeps a map another check built.
  const bool Narrowed = Ctx && Flow.hasUses();
  std::vector<Decl *> Saved;
  if (Narrowed) {
    auto Scope = Ctx->getTraversalScope(); // ArrayRef in LLVM 22, a copy in 19.
    Saved.assign(Scope.begin(), Scope.end());
    Ctx->setTraversalScope(projectScope(*Ctx));
  }
  if (Ctx)
    Flow.run([&](const SinkUse &U) { return examine(U); },
             [&](const FunctionDecl &FD) { return mayWrap(FD); },
             [&](const SinkUse &U, const FunctionDecl &Helper) {
               return examineInHelper(U, Helper);
             });
  reportSinkOptionErrors(Catalogue->takeProblems());
  endTranslationUnit();
  if (Narrowed)
    Ctx->setTraversalScope(Saved);
  Reported.clear();
  Visited.clear();
  NotedChains.clear();
  LibraryCache.clear();
  SafeWrapperCache.clear();
  SafeRanges.clear();
  Catalogue->clearCache();
  Serializers.reset();
  Ctx = nullptr;
}

bool SinkCheckBase::isSafeWrapperCall(const CallExpr &Call) {
  llvm::SmallVector<const NamedDecl *, 2> Candidates;
  if (const FunctionDecl *Callee = Call.getDirectCallee())
    Candidates.push_back(Callee);
  else if (const auto *Overloads =
               dyn_cast<OverloadExpr>(Call.getCallee()->IgnoreImplicit()))
    // A dependent call in a template: any candidate by that name counts.
    for (const NamedDecl *ND : Overloads->decls())
      Candidates.push_back(ND->getUnderlyingDecl());
  for (const NamedDecl *ND : Candidates) {
    auto [It, Inserted] = SafeWrapperCache.try_emplace(ND, false);
    if (Inserted)
      It->second = matchesAnyName(*ND, SafeWrappers);
    if (It->second)
      return true;
  }
  return false;
}

void SinkCheckBase::recordSafeWrapperCall(const CallExpr &Call) {
  const SourceManager &SM = Ctx->getSourceManager();
  for (const Expr *Arg : Call.arguments())
    SafeRanges.emplace_back(SM.getFileLoc(Arg->getBeginLoc()),
                            SM.getFileLoc(Arg->getEndLoc()));
}

bool SinkCheckBase::isInsideSafeWrapper(const Expr &E) const {
  const SourceManager &SM = Ctx->getSourceManager();
  const SourceLocation Loc = reportLocation(E);
  return llvm::any_of(SafeRanges, [&](const SourceRange &R) {
    return !SM.isBeforeInTranslationUnit(Loc, R.getBegin()) &&
           !SM.isBeforeInTranslationUnit(R.getEnd(), Loc);
  });
}

bool SinkCheckBase::isExemptUse(const SinkUse &Use) const {
  if (isInsideSafeWrapper(*Use.Arg))
    return true;
  // Written inside a library's own code (reported, if at all, at the
  // project's call site), or inside a test framework's printer (a test log,
  // not a wire).
  if (const FunctionDecl *Owner = owningFunction(*Use.Arg))
    return isLibraryCode(*Owner) || isTestStringification(*Owner, *Ctx);
  return false;
}

SourceLocation SinkCheckBase::claimReport(const SinkUse &Use) {
  if (isExemptUse(Use))
    return {};
  const SourceLocation Loc = reportLocation(*Use.Arg);
  return firstReportAt(Loc) ? Loc : SourceLocation();
}

bool SinkCheckBase::firstReportAt(SourceLocation Loc) {
  // A use inside a system header (std::pair's converting constructor while a
  // map is converted) is the library's business: the user-side finding
  // covers it. clang-tidy 22 drops such diagnostics itself; clang-tidy 19
  // prints them.
  if (Ctx->getSourceManager().isInSystemHeader(Loc))
    return false;
  return Reported.insert(Loc).second;
}

SourceLocation SinkCheckBase::reportLocation(const Expr &E) const {
  return Ctx->getSourceManager().getFileLoc(E.getBeginLoc());
}

std::string SinkCheckBase::sinkDisplayName(const SinkUse &Use) const {
  if (Use.Family == SinkFamily::ProjectLog ||
      Use.Family == SinkFamily::ProjectJson)
    return "'" + plainQualifiedName(*Use.Sink) + "'";
  return familyName(Use.Family).str();
}

void SinkCheckBase::noteWrapperChain(const SinkUse &Use) {
  if (!Use.Inner)
    return;
  const std::string Sink = sinkDisplayName(Use);
  // A chain already shown at another finding: one note that points there,
  // not the chain again (hundreds of calls to one logging wrapper would
  // otherwise repeat it hundreds of times). clang-tidy prints findings in
  // source order, so the note names the line rather than saying "above".
  auto [Noted, First] =
      NotedChains.try_emplace(Use.Inner, reportLocation(*Use.Arg));
  if (!First) {
    diag(reportLocation(*Use.Inner->Arg),
         "'%0' passes the value to %1 here; the wrapper chain is shown at the "
         "finding on line %2",
         DiagnosticIDs::Note)
        << plainQualifiedName(*Use.Wrapper) << Sink
        << Ctx->getSourceManager().getPresumedLineNumber(Noted->second);
    return;
  }
  llvm::SmallVector<const SinkUse *, 8> Hops;
  for (const SinkUse *U = &Use; U->Inner; U = U->Inner)
    Hops.push_back(U);
  // A long chain is summarised: its first hops, a count, and the last hop,
  // which names the call into the library.
  constexpr size_t MaxHops = 4;
  for (size_t I = 0; I < Hops.size(); ++I) {
    if (Hops.size() > MaxHops && I == MaxHops - 1) {
      diag(reportLocation(*Hops.back()->Inner->Arg),
           "... through %0 more wrappers, '%1' passes the value to %2 here",
           DiagnosticIDs::Note)
          << static_cast<unsigned>(Hops.size() - MaxHops)
          << plainQualifiedName(*Hops.back()->Wrapper) << Sink;
      break;
    }
    diag(reportLocation(*Hops[I]->Inner->Arg),
         "'%0' passes the value to %1 here", DiagnosticIDs::Note)
        << plainQualifiedName(*Hops[I]->Wrapper) << Sink;
  }
}

} // namespace clang::tidy::wire
