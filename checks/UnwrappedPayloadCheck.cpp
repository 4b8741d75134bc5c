//===--- UnwrappedPayloadCheck.cpp - wire-unwrapped-payload ---------------===//

#include "checks/UnwrappedPayloadCheck.h"
#include "checks/ConfigDiagnostics.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang::ast_matchers;
using namespace wirecheck;

namespace clang::tidy::wire {

UnwrappedPayloadCheck::UnwrappedPayloadCheck(StringRef Name,
                                             ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      PayloadSinksText(Options.get("PayloadSinks", "")),
      // Without its own list, the check requires the wrappers every wire
      // check accepts (the global SafeWrappers).
      RequiredWrapperText(Options.get(
          "RequiredWrapper", Options.getLocalOrGlobal("SafeWrappers", ""))) {
  std::vector<OptionError> Errors;
  PayloadSinks =
      parseFunctionSpecs("PayloadSinks", PayloadSinksText, 1, Errors);
  // A bad inherited SafeWrappers entry is named as such, and only when the
  // check is in use (the serialization checks report it too).
  bool Inherited = !Options.get("RequiredWrapper").has_value();
  std::vector<OptionError> WrapperErrors;
  RequiredWrappers =
      parseNameList(Inherited ? "SafeWrappers" : "RequiredWrapper",
                    RequiredWrapperText, WrapperErrors);
  if (!PayloadSinks.empty() || !Inherited)
    Errors.insert(Errors.end(), WrapperErrors.begin(), WrapperErrors.end());
  reportOptionErrors(*this, getID(), Errors);
  if (!PayloadSinks.empty() && RequiredWrappers.empty() &&
      splitList(RequiredWrapperText).empty())
    configurationDiag("option '%0.PayloadSinks' is set but neither "
                      "'%0.RequiredWrapper' nor 'SafeWrappers' names a "
                      "wrapper; the check is disabled",
                      DiagnosticIDs::Error)
        << getID();
  // The wrapper named for this check alone, with nothing to send it to.
  if (!Inherited && StringRef(PayloadSinksText).trim().empty())
    configurationDiag("option '%0.RequiredWrapper' is set but "
                      "'%0.PayloadSinks' names no sink; the check is disabled",
                      DiagnosticIDs::Error)
        << getID();
  WrapperNames = joinQuotedNames(RequiredWrappers);
}

void UnwrappedPayloadCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "PayloadSinks", PayloadSinksText);
  Options.store(Opts, "RequiredWrapper", RequiredWrapperText);
}

void UnwrappedPayloadCheck::registerMatchers(MatchFinder *Finder) {
  if (PayloadSinks.empty() || RequiredWrappers.empty())
    return;
  // Every call and construction: sends are kept for the end of the TU, and
  // calls to functions of the TU in case a send makes them sinks.
  Finder->addMatcher(callExpr().bind("call"), this);
  Finder->addMatcher(cxxConstructExpr().bind("call"), this);
  // Function definitions and lambdas: where each call is, without a parent
  // map of the whole TU.
  Finder->addMatcher(functionDecl(isDefinition()).bind("function"), this);
  Finder->addMatcher(lambdaExpr().bind("lambda"), this);
}

void UnwrappedPayloadCheck::check(const MatchFinder::MatchResult &Result) {
  if (!Flow) {
    Ctx = Result.Context;
    Flow = std::make_unique<PayloadFlow>(*Ctx, PayloadSinks, RequiredWrappers);
  }
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function")) {
    Flow->addFunction(*FD);
    return;
  }
  if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda")) {
    Flow->addFunction(*Lambda->getCallOperator());
    // A generic lambda's call operator is a template: its instantiations.
    if (const FunctionTemplateDecl *Generic =
            Lambda->getDependentCallOperator())
      for (const FunctionDecl *Spec : Generic->specializations())
        Flow->addFunction(*Spec);
    return;
  }
  const auto *E = Result.Nodes.getNodeAs<Expr>("call");
  if (!E || E->containsErrors() || E->isInstantiationDependent())
    return;
  Flow->addCall(*E);
}

void UnwrappedPayloadCheck::onEndOfTranslationUnit() {
  if (Flow) {
    Flow->run([&](const PayloadFinding &F) { report(F); });
    reportOptionErrors(*this, getID(), Flow->takeProblems());
  }
  Flow.reset();
  Reported.clear();
  Ctx = nullptr;
}

void UnwrappedPayloadCheck::report(const PayloadFinding &Finding) {
  const SourceManager &SM = Ctx->getSourceManager();
  SourceLocation Loc = SM.getFileLoc(Finding.Arg->getBeginLoc());
  if (!Reported.insert(Loc).second)
    return;
  std::string Sink = "'" + plainQualifiedName(*Finding.Sink) + "'";
  diag(Loc, "payload sent to %0 does not go through %1%select{ on every "
            "path|}2")
      << Sink << WrapperNames << (Finding.Direct && Finding.Notes.empty());
  for (const PayloadStep &Step : Finding.Chain) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Step.Function);
    bool Lambda = Method && Method->getParent()->isLambda();
    diag(SM.getFileLoc(Step.Site->getBeginLoc()),
         "%select{'%1'|the lambda}0 passes its parameter '%2' on to %3 here",
         DiagnosticIDs::Note)
        << Lambda << plainQualifiedName(*Step.Function) << Step.Param->getName()
        << Sink;
  }
  for (const PayloadNote &N : Finding.Notes) {
    SourceLocation At = SM.getFileLoc(N.Loc);
    switch (N.Kind) {
    case PayloadNoteKind::Assignment:
      diag(At, "this assignment does not go through %0", DiagnosticIDs::Note)
          << WrapperNames;
      break;
    case PayloadNoteKind::Initialization:
      diag(At, "this initialization does not go through %0",
           DiagnosticIDs::Note)
          << WrapperNames;
      break;
    case PayloadNoteKind::DefaultInit:
      diag(At, "'%0' is declared here without a value that goes through %1",
           DiagnosticIDs::Note)
          << N.Subject->getName() << WrapperNames;
      break;
    case PayloadNoteKind::Modification:
      diag(At, "'%0' is modified here, after or without %1",
           DiagnosticIDs::Note)
          << N.Subject->getName() << WrapperNames;
      break;
    case PayloadNoteKind::Return:
      diag(At, "'%0' returns a value here that does not go through %1",
           DiagnosticIDs::Note)
          << plainQualifiedName(*N.Subject) << WrapperNames;
      break;
    case PayloadNoteKind::Branch:
      diag(At, "this branch does not go through %0", DiagnosticIDs::Note)
          << WrapperNames;
      break;
    case PayloadNoteKind::Untraced:
      diag(At, "the value of '%0' cannot be traced to %1", DiagnosticIDs::Note)
          << plainQualifiedName(*N.Subject) << WrapperNames;
      break;
    }
  }
}

} // namespace clang::tidy::wire
