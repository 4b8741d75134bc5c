//===--- MessageContractCheck.h - wire-message-contract ---------*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_MESSAGECONTRACTCHECK_H
#define WIRECHECK_CHECKS_MESSAGECONTRACTCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/messageast/MessageExtractor.h"
#include "lib/messages/MessageModel.h"
#include <optional>

namespace clang::tidy::wire {

/// Flags a handler of a JSON message type that no producer emits, and a
/// field a handler reads that no producer of its message type writes.
///
/// For the user-facing documentation see:
/// docs/checks/message-contract.md
class MessageContractCheck : public ClangTidyCheck {
public:
  MessageContractCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  void diagnose(const wirecheck::MessageFinding &F,
                const wirecheck::ExtractedMessages &TU);

  const std::string DiscriminatorKeysText;
  const std::string MessageProducersText;
  const std::string MessageConsumersText;
  const std::string MessageManifestPath;
  wirecheck::MessageExtractorOptions ExtractorOptions;
  /// The messages of MessageManifest, when it is set and readable.
  std::optional<wirecheck::MessageIndex> Manifest;
  ASTContext *Ctx = nullptr;
};

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_MESSAGECONTRACTCHECK_H
