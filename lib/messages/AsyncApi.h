//===--- AsyncApi.h - AsyncAPI documents as message registries --*- C++ -*-===//
//
// Reads an AsyncAPI document (2.x up to 2.6, or 3.0; YAML or JSON) as a
// registry of messages, the way an OpenAPI document is a registry of routes.
// Each message is found where the document declares or uses it: 2.x
// `channels.*.publish|subscribe.message` (with `oneOf`), 3.0
// `channels.*.messages` and `operations` (action `send` or `receive`), and
// `components.messages` in both. Its discriminator is the payload property,
// under one of the discriminator keys, that has a `const` or a one-value
// `enum`; its fields are the payload's `properties` and `required` (through
// `allOf`). Local `$ref`s (`#/components/...`) are followed, with cycle
// protection; a `$ref` to another file is reported once as a warning and not
// followed. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGES_ASYNCAPI_H
#define WIRECHECK_LIB_MESSAGES_ASYNCAPI_H

#include "lib/messages/MessageModel.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// One message the document declares.
struct AsyncApiMessage {
  /// `messageId`, else `name`, else the key it is declared under.
  std::string Name;
  /// The discriminator key, empty when the payload has none of the keys.
  std::string Key;
  /// The discriminator value; std::nullopt when the property has no `const`
  /// or one-value `enum`.
  std::optional<std::string> Type;
  /// The payload's `properties` and `required` names, in document order.
  std::vector<std::string> Fields;
  /// The `required` names.
  std::vector<std::string> Required;
  /// The payload is not fully described (absent, `oneOf`/`anyOf`, a `$ref`
  /// not followed): its field list is not exhaustive.
  bool OpenFields = false;
  /// The channels it is used on.
  std::vector<std::string> Channels;
  /// The application sends it (2.x `subscribe`, 3.0 `send`) or receives it
  /// (2.x `publish`, 3.0 `receive`); neither when no operation uses it.
  bool Sent = false;
  bool Received = false;
  /// Where the message object is written.
  MessageLocation Loc;
};

/// What a document yields.
struct AsyncApiDocument {
  /// The `asyncapi` field ("2.6.0", "3.0.0").
  std::string Version;
  std::vector<AsyncApiMessage> Messages;
  /// `file:line:col: ...` for each `$ref` not followed (once per target).
  std::vector<std::string> Warnings;
};

/// Splits the `DiscriminatorKeys` option (`type;event;op;action`).
std::vector<std::string> parseDiscriminatorKeys(llvm::StringRef Value);

/// Parses the AsyncAPI document \p Text. \p Name is used in errors and
/// warnings, which read `Name:line:col: message`.
llvm::Expected<AsyncApiDocument>
parseAsyncApi(llvm::StringRef Text, llvm::StringRef Name,
              llvm::ArrayRef<std::string> DiscriminatorKeys);

/// Reads the regular file \p Path and parses it.
llvm::Expected<AsyncApiDocument>
readAsyncApi(llvm::StringRef Path,
             llvm::ArrayRef<std::string> DiscriminatorKeys);

/// The message as the document promises to produce it (kind "asyncapi").
ProducedMessage asProduced(const AsyncApiMessage &M);
/// The message as the document expects to consume it: every declared field
/// is read at the message's location.
ConsumedMessage asConsumed(const AsyncApiMessage &M);

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGES_ASYNCAPI_H
