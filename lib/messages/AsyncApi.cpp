//===--- AsyncApi.cpp - AsyncAPI documents as message registries ----------===//

#include "lib/messages/AsyncApi.h"
#include "lib/support/Document.h"
#include "lib/support/DocumentRefs.h"
#include "lib/support/OptionLists.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck {

std::vector<std::string> parseDiscriminatorKeys(llvm::StringRef Value) {
  std::vector<std::string> Keys;
  for (llvm::StringRef K : splitList(Value))
    Keys.push_back(K.str());
  return Keys;
}

namespace {

/// Where the application stands on a message.
enum Direction { NoDirection = 0, Sends = 1, Receives = 2 };

/// Reads one document; the first error wins, warnings accumulate.
class AsyncApiReader {
public:
  AsyncApiReader(const DocNode &Root, llvm::StringRef Name,
                 llvm::ArrayRef<std::string> Keys)
      : Root(Root), Name(Name), Keys(Keys) {}

  /// Reads the whole document into \p Out; false on error.
  bool read(AsyncApiDocument &Out);
  const std::string &failure() const { return Failure; }

private:
  bool fail(const DocNode &N, const llvm::Twine &Message);
  const DocNode *resolve(const DocNode *N);
  void warnUnfollowed();

  void readChannels2(const DocNode &Channels);
  void readChannels3(const DocNode &Channels);
  void readOperations3(const DocNode &Operations);
  void addMessageRef(const DocNode *N, llvm::StringRef Channel,
                     llvm::StringRef Hint, int Dir, unsigned Depth = 0);
  void addMessage(const DocNode &Msg, llvm::StringRef Channel,
                  llvm::StringRef Hint, int Dir);
  void readPayload(const DocNode *Payload, AsyncApiMessage &M);
  void collectSchema(const DocNode *Schema, AsyncApiMessage &M,
                     llvm::StringMap<const DocNode *> &Properties,
                     llvm::SmallPtrSetImpl<const DocNode *> &Seen,
                     unsigned Depth);
  void findDiscriminator(const llvm::StringMap<const DocNode *> &Properties,
                         AsyncApiMessage &M);

  const DocNode &Root;
  llvm::StringRef Name;
  llvm::ArrayRef<std::string> Keys;
  bool Version3 = false;
  std::string Failure;
  AsyncApiDocument *Doc = nullptr;
  DocumentRefs Refs{Root};
  /// Each message object and its slot in Doc->Messages.
  llvm::DenseMap<const DocNode *, size_t> Slots;
  /// 3.0: each channel object and its name, for operations.
  llvm::DenseMap<const DocNode *, std::string> ChannelNames;
};

} // namespace

/// How deep `oneOf`, `allOf` and `$ref` chains are followed.
static constexpr unsigned MaxSchemaDepth = 32;

bool AsyncApiReader::fail(const DocNode &N, const llvm::Twine &Message) {
  if (Failure.empty())
    Failure = llvm::toString(documentError(Name, N, Message));
  return false;
}

/// Follows the `$ref`s from \p N (lib/support/DocumentRefs). nullptr when a
/// reference leads out of the document, in a cycle (both warned about once,
/// when the document is read), or nowhere (an error).
const DocNode *AsyncApiReader::resolve(const DocNode *N) {
  const DocNode *Target = Refs.resolve(N);
  if (Refs.outcome() == DocumentRefs::Dangling)
    fail(*Refs.danglingNode(),
         "$ref '" + Refs.danglingNode()->Value + "' does not resolve");
  return Target;
}

/// The `$ref`s not followed, as warnings.
void AsyncApiReader::warnUnfollowed() {
  for (const UnfollowedRef &U : Refs.unfollowed())
    Doc->Warnings.push_back(llvm::toString(documentError(
        Name, U.Line, U.Column,
        "$ref '" + U.Ref + "' " +
            (U.Kind == UnfollowedRef::External
                 ? "points outside the document and is not followed"
                 : "is part of a $ref cycle"))));
}

bool AsyncApiReader::read(AsyncApiDocument &Out) {
  Doc = &Out;
  if (!Root.isMapping())
    return fail(Root, "an AsyncAPI document must be a mapping");
  std::optional<llvm::StringRef> Version = Root.getScalar("asyncapi");
  if (!Version)
    return fail(Root, "not an AsyncAPI document: no 'asyncapi' field");
  Out.Version = Version->str();
  Version3 = Version->starts_with("3.");
  if (!Version3 && !Version->starts_with("2."))
    return fail(*Root.get("asyncapi"), "unsupported AsyncAPI version '" +
                                           *Version +
                                           "' (expected 2.x or 3.0)");
  if (const DocNode *Channels = Root.get("channels")) {
    if (!Channels->isMapping())
      return fail(*Channels, "'channels' must be a mapping");
    Version3 ? readChannels3(*Channels) : readChannels2(*Channels);
  }
  if (const DocNode *Ops = Root.get("operations"); Ops && Version3) {
    if (!Ops->isMapping())
      return fail(*Ops, "'operations' must be a mapping");
    readOperations3(*Ops);
  }
  if (const DocNode *Components = Root.get("components"))
    if (const DocNode *Messages = Components->get("messages");
        Messages && Messages->isMapping())
      for (size_t I = 0; I < Messages->Keys.size(); ++I)
        addMessageRef(&Messages->Items[I], "", Messages->Keys[I], NoDirection);
  warnUnfollowed();
  return Failure.empty();
}

void AsyncApiReader::readChannels2(const DocNode &Channels) {
  for (size_t I = 0; I < Channels.Keys.size(); ++I) {
    const DocNode *Channel = resolve(&Channels.Items[I]);
    if (!Channel)
      continue;
    // 2.x speaks from the client's side: clients `publish` what the
    // application receives and `subscribe` to what it sends.
    for (auto [Op, Dir] :
         {std::pair("publish", Receives), std::pair("subscribe", Sends)})
      if (const DocNode *Operation = resolve(Channel->get(Op)))
        addMessageRef(Operation->get("message"), Channels.Keys[I], "", Dir);
  }
}

void AsyncApiReader::readChannels3(const DocNode &Channels) {
  for (size_t I = 0; I < Channels.Keys.size(); ++I) {
    const DocNode *Channel = resolve(&Channels.Items[I]);
    if (!Channel)
      continue;
    ChannelNames.try_emplace(Channel, Channels.Keys[I]);
    const DocNode *Messages = Channel->get("messages");
    if (!Messages || !Messages->isMapping())
      continue;
    for (size_t J = 0; J < Messages->Keys.size(); ++J)
      addMessageRef(&Messages->Items[J], Channels.Keys[I], Messages->Keys[J],
                    NoDirection);
  }
}

void AsyncApiReader::readOperations3(const DocNode &Operations) {
  for (const DocNode &Item : Operations.Items) {
    const DocNode *Op = resolve(&Item);
    if (!Op || !Op->isMapping())
      continue;
    std::optional<llvm::StringRef> Action = Op->getScalar("action");
    int Dir = !Action                ? NoDirection
              : *Action == "send"    ? Sends
              : *Action == "receive" ? Receives
                                     : NoDirection;
    const DocNode *Channel = resolve(Op->get("channel"));
    auto Named = Channel ? ChannelNames.find(Channel) : ChannelNames.end();
    std::string ChannelName = Named == ChannelNames.end() ? "" : Named->second;
    const DocNode *Messages = Op->get("messages");
    // Without a `messages` list the operation covers the whole channel.
    if (!Messages && Channel)
      Messages = Channel->get("messages");
    if (Messages && (Messages->isSequence() || Messages->isMapping()))
      for (const DocNode &M : Messages->Items)
        addMessageRef(&M, ChannelName, "", Dir);
  }
}

void AsyncApiReader::addMessageRef(const DocNode *N, llvm::StringRef Channel,
                                   llvm::StringRef Hint, int Dir,
                                   unsigned Depth) {
  const DocNode *Msg = resolve(N);
  if (!Msg || !Msg->isMapping() || Depth > MaxSchemaDepth)
    return;
  if (const DocNode *OneOf = Msg->get("oneOf"); OneOf && OneOf->isSequence()) {
    for (const DocNode &Alt : OneOf->Items)
      addMessageRef(&Alt, Channel, Hint, Dir, Depth + 1);
    return;
  }
  addMessage(*Msg, Channel, Hint, Dir);
}

void AsyncApiReader::addMessage(const DocNode &Msg, llvm::StringRef Channel,
                                llvm::StringRef Hint, int Dir) {
  auto [It, New] = Slots.try_emplace(&Msg, Doc->Messages.size());
  if (New) {
    Doc->Messages.emplace_back();
    AsyncApiMessage &M = Doc->Messages.back();
    std::optional<llvm::StringRef> Id = Msg.getScalar("messageId");
    if (!Id)
      Id = Msg.getScalar("name");
    M.Name = Id ? Id->str() : Hint.str();
    M.Loc = {Name.str(), Msg.Line, Msg.Column};
    readPayload(Msg.get("payload"), M);
  }
  AsyncApiMessage &M = Doc->Messages[It->second];
  if (M.Name.empty())
    M.Name = Hint.str();
  if (!Channel.empty() && !llvm::is_contained(M.Channels, Channel))
    M.Channels.push_back(Channel.str());
  M.Sent |= (Dir & Sends) != 0;
  M.Received |= (Dir & Receives) != 0;
}

void AsyncApiReader::readPayload(const DocNode *Payload, AsyncApiMessage &M) {
  const DocNode *Schema = resolve(Payload);
  // 3.0 multi-format schema: {schemaFormat, schema}.
  if (Version3 && Schema && Schema->get("schemaFormat"))
    Schema = resolve(Schema->get("schema"));
  llvm::StringMap<const DocNode *> Properties;
  llvm::SmallPtrSet<const DocNode *, 8> Seen;
  if (!Schema || !Schema->isMapping()) {
    M.OpenFields = true;
    return;
  }
  collectSchema(Schema, M, Properties, Seen, 0);
  findDiscriminator(Properties, M);
}

void AsyncApiReader::collectSchema(const DocNode *Schema, AsyncApiMessage &M,
                                   llvm::StringMap<const DocNode *> &Properties,
                                   llvm::SmallPtrSetImpl<const DocNode *> &Seen,
                                   unsigned Depth) {
  Schema = resolve(Schema);
  if (!Schema || !Schema->isMapping() || Depth > MaxSchemaDepth) {
    M.OpenFields = true;
    return;
  }
  if (!Seen.insert(Schema).second)
    return; // allOf through a cycle: already collected.
  const DocNode *Props = Schema->get("properties");
  const DocNode *AllOf = Schema->get("allOf");
  if (Props && Props->isMapping())
    for (size_t I = 0; I < Props->Keys.size(); ++I) {
      Properties.try_emplace(Props->Keys[I], &Props->Items[I]);
      if (!llvm::is_contained(M.Fields, Props->Keys[I]))
        M.Fields.push_back(Props->Keys[I]);
    }
  if (const DocNode *Req = Schema->get("required"); Req && Req->isSequence())
    for (const DocNode &R : Req->Items) {
      if (!R.isScalar())
        continue;
      if (!llvm::is_contained(M.Required, R.Value))
        M.Required.push_back(R.Value);
      if (!llvm::is_contained(M.Fields, R.Value))
        M.Fields.push_back(R.Value);
    }
  if (AllOf && AllOf->isSequence())
    for (const DocNode &Part : AllOf->Items)
      collectSchema(&Part, M, Properties, Seen, Depth + 1);
  // One of several shapes, or no shape at all: the list is not exhaustive.
  if (Schema->get("oneOf") || Schema->get("anyOf") ||
      (!(Props && Props->isMapping()) && !AllOf))
    M.OpenFields = true;
}

void AsyncApiReader::findDiscriminator(
    const llvm::StringMap<const DocNode *> &Properties, AsyncApiMessage &M) {
  for (const std::string &Key : Keys) {
    auto It = Properties.find(Key);
    if (It == Properties.end())
      continue;
    M.Key = Key;
    const DocNode *Prop = resolve(It->second);
    if (!Prop || !Prop->isMapping())
      return;
    if (std::optional<llvm::StringRef> Const = Prop->getScalar("const")) {
      M.Type = Const->str();
      return;
    }
    const DocNode *Enum = Prop->get("enum");
    if (Enum && Enum->isSequence() && Enum->Items.size() == 1 &&
        Enum->Items.front().isScalar())
      M.Type = Enum->Items.front().Value;
    return;
  }
}

/// Reads the loaded document \p Root.
static llvm::Expected<AsyncApiDocument>
readLoaded(llvm::Expected<DocNode> Root, llvm::StringRef Name,
           llvm::ArrayRef<std::string> DiscriminatorKeys) {
  if (!Root)
    return Root.takeError();
  AsyncApiDocument Doc;
  AsyncApiReader R(*Root, Name, DiscriminatorKeys);
  if (!R.read(Doc))
    return llvm::createStringError(R.failure());
  return Doc;
}

llvm::Expected<AsyncApiDocument>
parseAsyncApi(llvm::StringRef Text, llvm::StringRef Name,
              llvm::ArrayRef<std::string> DiscriminatorKeys) {
  return readLoaded(parseDocument(Text, Name), Name, DiscriminatorKeys);
}

llvm::Expected<AsyncApiDocument>
readAsyncApi(llvm::StringRef Path,
             llvm::ArrayRef<std::string> DiscriminatorKeys) {
  return readLoaded(readDocument(Path), Path, DiscriminatorKeys);
}

ProducedMessage asProduced(const AsyncApiMessage &M) {
  ProducedMessage P;
  P.Key = M.Key;
  P.Type = M.Type;
  P.Fields = M.Fields;
  P.OpenFields = M.OpenFields;
  P.Loc = M.Loc;
  P.Kind = "asyncapi";
  return P;
}

ConsumedMessage asConsumed(const AsyncApiMessage &M) {
  ConsumedMessage C;
  C.Key = M.Key;
  C.Type = M.Type;
  for (const std::string &F : M.Fields)
    C.Fields.push_back({F, M.Loc});
  C.OpenFields = M.OpenFields;
  C.Loc = M.Loc;
  C.Kind = "asyncapi";
  return C;
}

} // namespace wirecheck
