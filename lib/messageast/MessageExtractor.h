//===--- MessageExtractor.h - Messages produced and consumed in a TU -*- C++
//-*-//
//
// Owns the AST side of the message contract: the walk of one translation
// unit's own code that finds the JSON messages it builds and hands on
// (producers) and the ones it dispatches on and reads (consumers), for
// nlohmann::json, jsoncpp and RapidJSON and for project helpers named in
// options. It fills the clang-free model of lib/messages/MessageModel.h;
// docs/design/message-contract.md ("What the extractor must produce") states
// what each form yields. Values resolve through lib/routes/StringValues.h;
// a value that does not resolve is recorded as unknown, never guessed.
// Shared by `wire-message-contract` and `wirecheck-index`.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGEAST_MESSAGEEXTRACTOR_H
#define WIRECHECK_LIB_MESSAGEAST_MESSAGEEXTRACTOR_H

#include "lib/messages/MessageModel.h"
#include "lib/support/OptionLists.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <string>
#include <vector>

namespace wirecheck {

/// What the extractor looks for, from the check's or the tool's options.
struct MessageExtractorOptions {
  /// The discriminator keys, in order of preference (`DiscriminatorKeys`,
  /// default DefaultDiscriminatorKeys).
  std::vector<std::string> DiscriminatorKeys;
  /// Project send helpers (`MessageProducers`): `name:typeArg[:payloadArg]`,
  /// e.g. `emit_event:0`. Without a payload index the first JSON argument
  /// other than the type is the payload.
  std::vector<FunctionSpec> Producers;
  /// Project handler registrations (`MessageConsumers`):
  /// `name:typeArg[:handlerArg]`, e.g. `on:0`. Without a handler index the
  /// first lambda argument is the handler.
  std::vector<FunctionSpec> Consumers;
  /// Which code is walked: the main file only (the check), or every file
  /// outside system headers (the index, which attributes each entry to the
  /// file it is written in).
  bool MainFileOnly = true;
};

/// Parses the three options of MessageExtractorOptions. A malformed entry,
/// or a `DiscriminatorKeys` value that names no key, is reported in
/// \p Errors (option and value named) and left out; an empty
/// \p DiscriminatorKeys means the default.
MessageExtractorOptions parseMessageExtractorOptions(
    llvm::StringRef DiscriminatorKeys, llvm::StringRef Producers,
    llvm::StringRef Consumers, std::vector<OptionError> &Errors);

/// Where an entry's MessageLocation is in the TU: for diagnostics, notes
/// and fix-its.
struct MessageSite {
  clang::SourceLocation Loc;
  /// The file range of the string literal at Loc, quotes included, when it
  /// is one plain literal written in the file (not produced by a macro):
  /// only then may a fix-it replace it. Invalid otherwise.
  clang::CharSourceRange LiteralRange;
};

/// The messages of one translation unit.
struct ExtractedMessages {
  std::vector<ProducedMessage> Produced;
  std::vector<ConsumedMessage> Consumed;
  /// The TU location of every Loc recorded above (producers, consumers and
  /// each FieldRead).
  std::map<MessageLocation, MessageSite> Sites;
};

/// Finds the messages produced and consumed by the code of \p Ctx's main
/// file (or of every non-system file, see MainFileOnly). Walks only the
/// top-level declarations of that code and builds no parent map, so it may
/// run at the end of a TU inside clang-tidy at little cost.
ExtractedMessages extractMessages(clang::ASTContext &Ctx,
                                  const MessageExtractorOptions &Options);

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGEAST_MESSAGEEXTRACTOR_H
