//===--- MessageManifest.cpp - The message part of a manifest -------------===//

#include "lib/messages/MessageManifest.h"
#include "lib/support/Document.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

namespace wirecheck {

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

static void addLocation(llvm::json::Object &O, const MessageLocation &L) {
  O["file"] = L.File;
  O["line"] = L.Line;
  O["column"] = L.Column;
}

static llvm::json::Array stringArray(llvm::ArrayRef<std::string> Strings) {
  llvm::json::Array A;
  for (const std::string &S : Strings)
    A.push_back(S);
  return A;
}

/// The members produced and consumed messages share.
template <typename MessageT>
static llvm::json::Object messageJSON(const MessageT &M,
                                      llvm::json::Array Fields) {
  llvm::json::Object O{{"key", M.Key}, {"fields", std::move(Fields)}};
  if (M.Type)
    O["type"] = *M.Type;
  if (M.OpenFields)
    O["openFields"] = true;
  addLocation(O, M.Loc);
  O["kind"] = M.Kind;
  return O;
}

static llvm::json::Array fieldReads(llvm::ArrayRef<FieldRead> Reads) {
  llvm::json::Array Fields;
  for (const FieldRead &F : Reads) {
    llvm::json::Object FO{{"name", F.Name}};
    addLocation(FO, F.Loc);
    Fields.push_back(std::move(FO));
  }
  return Fields;
}

void addMessagesToManifest(const MessageIndex &Index, llvm::json::Object &Doc) {
  llvm::json::Array Produced, Consumed, Settings;
  for (const ProducedMessage &M : Index.produced())
    Produced.push_back(messageJSON(M, stringArray(M.Fields)));
  for (const ConsumedMessage &M : Index.consumed())
    Consumed.push_back(messageJSON(M, fieldReads(M.Fields)));
  for (const SettingRead &S : Index.settings()) {
    llvm::json::Object O{{"key", S.Key}, {"component", S.Component}};
    addLocation(O, S.Loc);
    O["reader"] = S.Reader;
    Settings.push_back(std::move(O));
  }
  Doc["messages"] = llvm::json::Object{{"produced", std::move(Produced)},
                                       {"consumed", std::move(Consumed)}};
  Doc["settings"] = std::move(Settings);
}

std::string writeMessageManifest(const MessageIndex &Index) {
  llvm::json::Object Doc{{"version", MessageManifestVersion}};
  addMessagesToManifest(Index, Doc);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Doc))) << "\n";
  return Out;
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

/// The elements of an absent list.
static const std::vector<DocNode> NoItems;

namespace {

/// Reads the members of manifest entries; the first error wins.
class ManifestReader {
public:
  explicit ManifestReader(llvm::StringRef Name) : Name(Name) {}

  bool readRoot(const DocNode &Root, MessageIndex &Index);
  /// The first problem, as `Name:line:col: message`.
  const std::string &failure() const { return Failure; }

private:
  bool fail(const DocNode &N, const llvm::Twine &Message) {
    if (Failure.empty())
      Failure = llvm::toString(documentError(Name, N, Message));
    return false;
  }
  bool list(const DocNode *N, llvm::StringRef What) {
    return !N || N->isSequence() || fail(*N, What + " must be a list");
  }
  bool string(const DocNode &Item, llvm::StringRef Key, std::string &Out);
  bool number(const DocNode &Item, llvm::StringRef Key, unsigned &Out);
  bool flag(const DocNode &Item, llvm::StringRef Key, bool &Out);
  bool strings(const DocNode &Item, llvm::StringRef Key,
               std::vector<std::string> &Out);
  bool location(const DocNode &Item, MessageLocation &Out);
  bool type(const DocNode &Item, std::optional<std::string> &Out);
  bool entry(const DocNode &Item, llvm::StringRef What);
  bool produced(const DocNode &Item, MessageIndex &Index);
  bool consumed(const DocNode &Item, MessageIndex &Index);
  bool setting(const DocNode &Item, MessageIndex &Index);
  bool messages(const DocNode &N, MessageIndex &Index);

  llvm::StringRef Name;
  std::string Failure;
};

} // namespace

bool ManifestReader::string(const DocNode &Item, llvm::StringRef Key,
                            std::string &Out) {
  const DocNode *N = Item.get(Key);
  if (!N)
    return true;
  if (!N->isScalar())
    return fail(*N, "'" + Key + "' must be a string");
  Out = N->Value;
  return true;
}

bool ManifestReader::number(const DocNode &Item, llvm::StringRef Key,
                            unsigned &Out) {
  const DocNode *N = Item.get(Key);
  if (N && (!N->isScalar() || llvm::StringRef(N->Value).getAsInteger(10, Out)))
    return fail(*N, "'" + Key + "' must be a non-negative integer");
  return true;
}

bool ManifestReader::flag(const DocNode &Item, llvm::StringRef Key, bool &Out) {
  const DocNode *N = Item.get(Key);
  if (!N)
    return true;
  if (!N->isScalar() || (N->Value != "true" && N->Value != "false"))
    return fail(*N, "'" + Key + "' must be true or false");
  Out = N->Value == "true";
  return true;
}

bool ManifestReader::strings(const DocNode &Item, llvm::StringRef Key,
                             std::vector<std::string> &Out) {
  const DocNode *N = Item.get(Key);
  if (!N)
    return true;
  if (!list(N, "'" + Key.str() + "'"))
    return false;
  for (const DocNode &S : N->Items) {
    if (!S.isScalar())
      return fail(S, "an element of '" + Key + "' must be a string");
    Out.push_back(S.Value);
  }
  return true;
}

bool ManifestReader::location(const DocNode &Item, MessageLocation &Out) {
  return string(Item, "file", Out.File) && number(Item, "line", Out.Line) &&
         number(Item, "column", Out.Column);
}

bool ManifestReader::type(const DocNode &Item,
                          std::optional<std::string> &Out) {
  const DocNode *N = Item.get("type");
  // Absent or null: the discriminator value was not resolved.
  if (!N || N->Kind == DocNode::Null)
    return true;
  if (!N->isScalar())
    return fail(*N, "'type' must be a string or null");
  Out = N->Value;
  return true;
}

bool ManifestReader::entry(const DocNode &Item, llvm::StringRef What) {
  return Item.isMapping() || fail(Item, What + " must be an object");
}

bool ManifestReader::produced(const DocNode &Item, MessageIndex &Index) {
  ProducedMessage M;
  if (!entry(Item, "a produced message") || !string(Item, "key", M.Key) ||
      !type(Item, M.Type) || !strings(Item, "fields", M.Fields) ||
      !flag(Item, "openFields", M.OpenFields) || !location(Item, M.Loc) ||
      !string(Item, "kind", M.Kind))
    return false;
  Index.addProduced(std::move(M));
  return true;
}

bool ManifestReader::consumed(const DocNode &Item, MessageIndex &Index) {
  ConsumedMessage M;
  if (!entry(Item, "a consumed message") || !string(Item, "key", M.Key) ||
      !type(Item, M.Type) || !flag(Item, "openFields", M.OpenFields) ||
      !location(Item, M.Loc) || !string(Item, "kind", M.Kind))
    return false;
  const DocNode *Fields = Item.get("fields");
  if (!list(Fields, "'fields'"))
    return false;
  for (const DocNode &F : Fields ? Fields->Items : NoItems) {
    FieldRead R;
    R.Loc.File = M.Loc.File;
    if (!entry(F, "a field read") || !string(F, "name", R.Name) ||
        !location(F, R.Loc))
      return false;
    if (R.Name.empty())
      return fail(F, "a field read has no 'name'");
    M.Fields.push_back(std::move(R));
  }
  Index.addConsumed(std::move(M));
  return true;
}

bool ManifestReader::setting(const DocNode &Item, MessageIndex &Index) {
  SettingRead S;
  if (!entry(Item, "a setting") || !string(Item, "key", S.Key) ||
      !string(Item, "component", S.Component) || !location(Item, S.Loc) ||
      !string(Item, "reader", S.Reader))
    return false;
  if (S.Key.empty())
    return fail(Item, "a setting has no 'key'");
  Index.addSetting(std::move(S));
  return true;
}

bool ManifestReader::messages(const DocNode &N, MessageIndex &Index) {
  if (!N.isMapping())
    return fail(N, "'messages' must be an object");
  const DocNode *Produced = N.get("produced");
  const DocNode *Consumed = N.get("consumed");
  if (!list(Produced, "'produced'") || !list(Consumed, "'consumed'"))
    return false;
  for (const DocNode *L : {Produced, Consumed})
    for (const DocNode &Item : L ? L->Items : NoItems)
      if (!(L == Produced ? produced(Item, Index) : consumed(Item, Index)))
        return false;
  return true;
}

bool ManifestReader::readRoot(const DocNode &Root, MessageIndex &Index) {
  if (!Root.isMapping())
    return fail(Root, "the manifest must be an object");
  if (const DocNode *V = Root.get("version"))
    if (!V->isScalar() || V->Value != std::to_string(MessageManifestVersion))
      return fail(*V, "unsupported manifest version '" + V->Value +
                          "' (expected " + llvm::Twine(MessageManifestVersion) +
                          ")");
  if (const DocNode *M = Root.get("messages"))
    if (!messages(*M, Index))
      return false;
  const DocNode *Settings = Root.get("settings");
  if (!list(Settings, "'settings'"))
    return false;
  for (const DocNode &Item : Settings ? Settings->Items : NoItems)
    if (!setting(Item, Index))
      return false;
  return true;
}

/// Reads the messages and settings of the loaded manifest \p Root.
static llvm::Expected<MessageIndex> readLoaded(llvm::Expected<DocNode> Root,
                                               llvm::StringRef Name) {
  if (!Root)
    return Root.takeError();
  MessageIndex Index;
  ManifestReader R(Name);
  if (!R.readRoot(*Root, Index))
    return llvm::createStringError(R.failure());
  return Index;
}

llvm::Expected<MessageIndex> parseMessageManifest(llvm::StringRef Text,
                                                  llvm::StringRef Name) {
  return readLoaded(parseDocument(Text, Name), Name);
}

llvm::Expected<MessageIndex> readMessageManifest(llvm::StringRef Path) {
  return readLoaded(readDocument(Path), Path);
}

} // namespace wirecheck
