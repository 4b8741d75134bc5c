//===--- MessageContractCheck.cpp - wire-message-contract -----------------===//

#include "checks/MessageContractCheck.h"
#include "checks/ConfigDiagnostics.h"
#include "checks/LiteralFixIt.h"
#include "lib/messages/MessageManifest.h"

using namespace clang::ast_matchers;
using namespace wirecheck;

namespace clang::tidy::wire {

MessageContractCheck::MessageContractCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      DiscriminatorKeysText(Options.getLocalOrGlobal(
          "DiscriminatorKeys", DefaultDiscriminatorKeys.str())),
      MessageProducersText(Options.getLocalOrGlobal("MessageProducers", "")),
      MessageConsumersText(Options.getLocalOrGlobal("MessageConsumers", "")),
      MessageManifestPath(Options.getLocalOrGlobal("MessageManifest", "")) {
  std::vector<OptionError> Errors;
  ExtractorOptions =
      parseMessageExtractorOptions(DiscriminatorKeysText, MessageProducersText,
                                   MessageConsumersText, Errors);
  reportOptionErrors(*this, getID(), Errors);
  if (MessageManifestPath.empty())
    return;
  // A malformed manifest is reported and left out; the check goes on with
  // what it sees in the TU.
  llvm::Expected<MessageIndex> Index = readMessageManifest(MessageManifestPath);
  if (!Index) {
    reportUnusableFile(*this, getID(), "MessageManifest",
                       llvm::toString(Index.takeError()));
    return;
  }
  Manifest = std::move(*Index);
}

void MessageContractCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "DiscriminatorKeys", DiscriminatorKeysText);
  Options.store(Opts, "MessageProducers", MessageProducersText);
  Options.store(Opts, "MessageConsumers", MessageConsumersText);
  Options.store(Opts, "MessageManifest", MessageManifestPath);
}

void MessageContractCheck::registerMatchers(MatchFinder *Finder) {
  // One match per TU, for its ASTContext: the extractor walks the main
  // file's own declarations at the end of the TU.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void MessageContractCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
}

void MessageContractCheck::diagnose(const MessageFinding &F,
                                    const ExtractedMessages &TU) {
  auto Site = TU.Sites.find(F.Loc);
  if (Site == TU.Sites.end())
    return; // A finding in the manifest, not in this file.
  {
    auto D = diag(Site->second.Loc, "%0") << F.Message;
    // A type's fix-it only: for a field, which side is wrong is a decision.
    if (F.Kind == MessageFinding::UnknownType && F.Replacement &&
        Site->second.LiteralRange.isValid())
      if (std::optional<std::string> Quoted = quoteLiteral(*F.Replacement))
        D << FixItHint::CreateReplacement(Site->second.LiteralRange, *Quoted);
  }
  for (const auto &[Where, Note] : F.Notes) {
    auto NoteSite = TU.Sites.find(Where);
    if (NoteSite != TU.Sites.end())
      diag(NoteSite->second.Loc, Note, DiagnosticIDs::Note);
    else
      diag(Site->second.Loc,
           Note + " (" + Where.File + ":" + std::to_string(Where.Line) + ")",
           DiagnosticIDs::Note);
  }
}

void MessageContractCheck::onEndOfTranslationUnit() {
  if (!Ctx)
    return;
  // Both findings say that no producer exists. In a TU that does not
  // compile, error recovery may have dropped the expression that was one
  // (on LLVM 19 a brace list with an undeclared name is dropped whole), so
  // absence proves nothing there: never guessed.
  if (Ctx->getDiagnostics().hasUncompilableErrorOccurred()) {
    Ctx = nullptr;
    return;
  }
  ExtractedMessages TU = extractMessages(*Ctx, ExtractorOptions);
  Ctx = nullptr;
  if (TU.Consumed.empty())
    return;
  MessageIndex Index = Manifest ? *Manifest : MessageIndex();
  for (const ProducedMessage &P : TU.Produced)
    Index.addProduced(P);
  for (const ConsumedMessage &C : TU.Consumed)
    Index.addConsumed(C);
  // Findings 1 and 2 only; unused types and fields need the whole project
  // (wirecheck-index).
  for (const MessageFinding &F : Index.findings())
    diagnose(F, TU);
}

} // namespace clang::tidy::wire
