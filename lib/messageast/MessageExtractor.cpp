//===--- MessageExtractor.cpp - Messages produced and consumed in a TU ----===//

#include "lib/messageast/MessageExtractor.h"
#include "lib/messageast/MessageScan.h"
#include "lib/messages/AsyncApi.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace wirecheck {

/// The keys of \p Value, or the default when it names none; an entry with a
/// blank inside (`type event`) is reported, as is a list of separators only.
static std::vector<std::string> parseKeys(llvm::StringRef Value,
                                          std::vector<OptionError> &Errors) {
  std::vector<std::string> Keys;
  for (const std::string &K : parseDiscriminatorKeys(Value)) {
    if (llvm::any_of(K, [](char C) { return llvm::isSpace(C) || C == '"'; }))
      Errors.push_back({"DiscriminatorKeys", K,
                        "is not a key name (keys are separated by ';'); the "
                        "entry is ignored"});
    else
      Keys.push_back(K);
  }
  if (Keys.empty() && !Value.trim().empty() &&
      parseDiscriminatorKeys(Value).empty())
    Errors.push_back({"DiscriminatorKeys", Value.str(),
                      "lists no keys, only separators; the default '" +
                          DefaultDiscriminatorKeys.str() + "' is used"});
  if (Keys.empty())
    Keys = parseDiscriminatorKeys(DefaultDiscriminatorKeys);
  return Keys;
}

MessageExtractorOptions parseMessageExtractorOptions(
    llvm::StringRef DiscriminatorKeys, llvm::StringRef Producers,
    llvm::StringRef Consumers, std::vector<OptionError> &Errors) {
  MessageExtractorOptions Opts;
  Opts.DiscriminatorKeys = parseKeys(DiscriminatorKeys, Errors);
  Opts.Producers = parseFunctionSpecs("MessageProducers", Producers, 2, Errors);
  Opts.Consumers = parseFunctionSpecs("MessageConsumers", Consumers, 2, Errors);
  return Opts;
}

ExtractedMessages extractMessages(ASTContext &Ctx,
                                  const MessageExtractorOptions &Options) {
  return MessageScan(Ctx, Options).run();
}

} // namespace wirecheck
