//===--- MessageModel.h - Produced and consumed messages --------*- C++ -*-===//
//
// The message contract of a project: the messages its code (or an AsyncAPI
// document) produces, with their discriminator value and the fields they
// write; the messages it consumes, with the discriminator value a handler
// dispatches on and the fields it reads; and the setting keys it reads. A
// MessageIndex merges them project-wide and judges consumers against
// producers (docs/design/message-contract.md states the rules). A value the
// extractor could not resolve is recorded as unknown and never guessed. Has
// no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGES_MESSAGEMODEL_H
#define WIRECHECK_LIB_MESSAGES_MESSAGEMODEL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace wirecheck {

/// The default discriminator keys (the `DiscriminatorKeys` option).
inline constexpr llvm::StringLiteral DefaultDiscriminatorKeys =
    "type;event;op;action";

/// Where something is written: a source file, a manifest or a spec.
struct MessageLocation {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  bool operator<(const MessageLocation &O) const {
    return std::tie(File, Line, Column) < std::tie(O.File, O.Line, O.Column);
  }
  bool operator==(const MessageLocation &O) const {
    return File == O.File && Line == O.Line && Column == O.Column;
  }
};

/// A message built and sent: `json{{"type", "agent_started"}, {"run_id",
/// id}}`, or a message an AsyncAPI document declares.
struct ProducedMessage {
  /// The discriminator key ("type"); empty when the message has none that
  /// is known.
  std::string Key;
  /// The discriminator value; std::nullopt when it could not be resolved.
  std::optional<std::string> Type;
  /// The field names written, the discriminator key included or not.
  std::vector<std::string> Fields;
  /// Some fields could not be named (a key computed at run time, an object
  /// merged in, a struct whose serialisation is not visible): a read of an
  /// unlisted field is then not a finding.
  bool OpenFields = false;
  /// Where the message is built; the discriminator value's literal when
  /// there is one.
  MessageLocation Loc;
  /// "nlohmann", "jsoncpp", "rapidjson", "helper", "asyncapi", ... for
  /// display only.
  std::string Kind;
};

/// One field read by a consumer.
struct FieldRead {
  std::string Name;
  MessageLocation Loc;
};

/// A handler of one message type: `if (msg["type"] == "agent_started")`,
/// an entry of a map from type strings to handlers, a project `on(...)`.
struct ConsumedMessage {
  /// The discriminator key compared; empty when unknown.
  std::string Key;
  /// The discriminator value handled; std::nullopt when it is not known
  /// (a field read outside any dispatch, or an unresolved value).
  std::optional<std::string> Type;
  /// The fields the handler reads.
  std::vector<FieldRead> Fields;
  /// The handler reads fields it does not name (it iterates the object or
  /// hands it on): no field is then reported as unused.
  bool OpenFields = false;
  /// The location of the discriminator value's literal (a fix-it replaces
  /// its content), or of the handler.
  MessageLocation Loc;
  std::string Kind;
};

/// A setting key read: `getenv("JWT_SECRET")` or a project config reader.
struct SettingRead {
  std::string Key;
  /// The component reading it: the directory of the file, relative to the
  /// project root ("services/auth", "tests/e2e").
  std::string Component;
  MessageLocation Loc;
  /// "getenv", "secure_getenv" or the project reader's name.
  std::string Reader;
};

/// One finding of the message contract.
struct MessageFinding {
  enum KindTy {
    UnknownType,  ///< A handled type no producer emits.
    UnknownField, ///< A field read that no producer of the type writes.
    UnusedType,   ///< A produced type no consumer handles (opt-in).
    UnusedField,  ///< A produced field no consumer reads (opt-in).
  };
  KindTy Kind = UnknownType;
  /// The diagnostic: lower case, no final period.
  std::string Message;
  MessageLocation Loc;
  std::string Key;
  std::optional<std::string> Type;
  /// UnknownField, UnusedField: the field.
  std::string Field;
  /// The new content of the string literal at Loc, when the nearest name is
  /// unique (a fix-it).
  std::optional<std::string> Replacement;
  /// Secondary locations and what to say at them.
  std::vector<std::pair<MessageLocation, std::string>> Notes;
};

/// What MessageIndex::findings reports beyond findings 1 and 2.
struct MessageFindingOptions {
  /// Also report produced types and fields no consumer reads (finding 3).
  bool ReportUnused = false;
};

/// The messages and settings of a whole project, merged from every
/// translation unit, manifest and spec.
class MessageIndex {
public:
  /// Adds an entry; an entry already present at the same location with the
  /// same key and type (a header seen by two translation units) is merged.
  void addProduced(ProducedMessage M);
  void addConsumed(ConsumedMessage M);
  void addSetting(SettingRead S);
  /// Adds every entry of \p Other.
  void merge(const MessageIndex &Other);

  llvm::ArrayRef<ProducedMessage> produced() const { return Produced; }
  llvm::ArrayRef<ConsumedMessage> consumed() const { return Consumed; }
  llvm::ArrayRef<SettingRead> settings() const { return Settings; }

  /// Findings 1 to 3, sorted by location.
  std::vector<MessageFinding>
  findings(const MessageFindingOptions &Opts = {}) const;

private:
  std::vector<ProducedMessage> Produced;
  std::vector<ConsumedMessage> Consumed;
  std::vector<SettingRead> Settings;
  /// Each entry's identity (location, key, type) and its index above.
  llvm::StringMap<size_t> ProducedSlots, ConsumedSlots;
  llvm::StringSet<> SettingSlots;
};

/// The unique name of \p Candidates nearest to \p Name: one equal to it up
/// to case, `_` and `-` (`runId`, `run_id`, `RUN-ID`), else the nearest by
/// edit distance between folded names within a bound that grows with the
/// folded length (0 below 3 characters, 1 up to 4, 2 up to 11, then 3).
/// std::nullopt when there is none or the nearest is not unique.
std::optional<std::string> nearestName(llvm::StringRef Name,
                                       llvm::ArrayRef<std::string> Candidates);

/// \p Name in lower case without `_` and `-`: the form nearestName compares.
std::string foldName(llvm::StringRef Name);

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGES_MESSAGEMODEL_H
