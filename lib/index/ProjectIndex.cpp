//===--- ProjectIndex.cpp - Routes, messages and settings of a project ----===//

#include "lib/index/ProjectIndex.h"
#include "lib/index/SettingExtractor.h"
#include "lib/messages/MessageManifest.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace wirecheck {

namespace {

/// The messages and settings of one TU, found in the parse that finds its
/// routes.
class ContractExtension : public TUExtension {
public:
  explicit ContractExtension(const ContractOptions &Options)
      : MessageOptions(Options.Messages),
        Settings(Options.SettingReaders, Options.Root) {
    // Every file of the project, each entry attributed to its own file.
    MessageOptions.MainFileOnly = false;
  }

  void registerMatchers(clang::ast_matchers::MatchFinder &Finder) override {
    Settings.registerMatchers(Finder);
  }
  void finish(clang::ASTContext &Ctx) override {
    ExtractedMessages M = extractMessages(Ctx, MessageOptions);
    for (ProducedMessage &P : M.Produced)
      Messages.addProduced(std::move(P));
    for (ConsumedMessage &C : M.Consumed)
      Messages.addConsumed(std::move(C));
  }

  /// Moves what the TU holds into \p Index.
  void drainInto(MessageIndex &Index) {
    Index.merge(Messages);
    Messages = MessageIndex();
    for (SettingRead &R : Settings.Reads)
      Index.addSetting(std::move(R));
    Settings.Reads.clear();
  }

private:
  MessageExtractorOptions MessageOptions;
  MessageIndex Messages;
  SettingExtractor Settings;
};

} // namespace

IndexerOptions projectIndexerOptions(IndexerOptions Routes,
                                     const ContractOptions &Contract) {
  Routes.MakeExtension = [Contract]() -> std::unique_ptr<TUExtension> {
    return std::make_unique<ContractExtension>(Contract);
  };
  return Routes;
}

void ProjectIndex::add(IndexedTU &TU) {
  Routes.add(std::move(TU.Contribution));
  // Only projectIndexerOptions makes extensions, all ContractExtensions.
  if (TU.Extension)
    static_cast<ContractExtension &>(*TU.Extension).drainInto(Messages);
}

std::string writeProjectManifest(const RouteIndex &Routes,
                                 const MessageIndex &Messages,
                                 llvm::ArrayRef<ManifestSource> Sources) {
  // The route part as wirecheck-routes writes it, then the message part
  // beside it (MessageManifest.h).
  llvm::Expected<llvm::json::Value> Doc =
      llvm::json::parse(writeRouteManifest(Routes.routes(), Sources));
  assert(Doc && Doc->getAsObject() && "the route manifest is a JSON object");
  if (!Doc) {
    llvm::consumeError(Doc.takeError());
    return "";
  }
  addMessagesToManifest(Messages, *Doc->getAsObject());
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", *Doc) << "\n";
  return Out;
}

SourcePosition toPosition(const MessageLocation &Loc) {
  SourcePosition P;
  P.File = Loc.File;
  P.Line = Loc.Line;
  P.Column = Loc.Column;
  return P;
}

/// A warning at \p Loc with \p Notes.
static IndexFinding
warningAt(const MessageLocation &Loc, std::string Message,
          llvm::ArrayRef<std::pair<MessageLocation, std::string>> Notes) {
  IndexFinding F{toPosition(Loc), "warning", std::move(Message), {}};
  for (const auto &[NoteLoc, Note] : Notes)
    F.Notes.push_back({toPosition(NoteLoc), Note});
  return F;
}

std::vector<IndexFinding> messageFindings(const MessageIndex &Messages,
                                          const MessageFindingOptions &Opts) {
  std::vector<IndexFinding> Out;
  for (const MessageFinding &F : Messages.findings(Opts))
    Out.push_back(warningAt(F.Loc, F.Message, F.Notes));
  return Out;
}

std::vector<IndexFinding> settingFindings(const MessageIndex &Messages,
                                          const SettingAllowList &Allowed) {
  std::vector<IndexFinding> Out;
  for (const SettingPairFinding &F :
       findSettingPairs(Messages.settings(), Allowed))
    Out.push_back(warningAt(F.Loc, F.Message, F.Notes));
  return Out;
}

} // namespace wirecheck
