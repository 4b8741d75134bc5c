//===--- Document.cpp - YAML/JSON trees with positions --------------------===//

#include "lib/support/Document.h"
#include "lib/support/FileIO.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

namespace wirecheck {

const DocNode *DocNode::get(llvm::StringRef Key) const {
  for (size_t I = 0; I < Keys.size(); ++I)
    if (Keys[I] == Key)
      return &Items[I];
  return nullptr;
}

std::optional<llvm::StringRef> DocNode::getScalar(llvm::StringRef Key) const {
  const DocNode *N = get(Key);
  if (!N || !N->isScalar())
    return std::nullopt;
  return llvm::StringRef(N->Value);
}

llvm::Error documentError(llvm::StringRef Name, unsigned Line, unsigned Column,
                          const llvm::Twine &Message) {
  return llvm::createStringError(Name + ":" + llvm::Twine(Line) + ":" +
                                 llvm::Twine(Column) + ": " + Message);
}

llvm::Error documentError(llvm::StringRef Name, const DocNode &N,
                          const llvm::Twine &Message) {
  return documentError(Name, N.Line, N.Column, Message);
}

/// The line and column of byte \p Offset of \p Text (both 1-based).
static std::pair<unsigned, unsigned> positionOf(llvm::StringRef Text,
                                                size_t Offset) {
  llvm::StringRef Before = Text.take_front(Offset);
  unsigned Line = 1 + Before.count('\n');
  size_t LineStart = Before.rfind('\n');
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  return {Line, unsigned(Offset - LineStart + 1)};
}

/// Names the first byte of \p Text that is not valid UTF-8, if any. The YAML
/// parser would otherwise report it as a confusing syntax error, or not at
/// all.
static llvm::Error checkUTF8(llvm::StringRef Text, llvm::StringRef Name) {
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Text.data());
  const llvm::UTF8 *Cursor = Begin;
  if (llvm::isLegalUTF8String(&Cursor, Begin + Text.size()))
    return llvm::Error::success();
  size_t Offset = Cursor - Begin;
  auto [Line, Column] = positionOf(Text, Offset);
  std::string Byte;
  llvm::raw_string_ostream(Byte)
      << llvm::format_hex(static_cast<unsigned char>(Text[Offset]), 4);
  return documentError(Name, Line, Column,
                       "invalid UTF-8: byte " + Byte +
                           " does not start a valid sequence");
}

namespace {

/// Converts the parser's nodes into DocNodes, stopping at the first error.
class TreeBuilder {
public:
  TreeBuilder(llvm::SourceMgr &SM, llvm::StringRef Name) : SM(SM), Name(Name) {}

  bool build(llvm::yaml::Node *N, DocNode &Out, unsigned Depth);
  /// The first problem met, as `Name:line:col: message`.
  const std::string &failure() const { return Failure; }

private:
  bool fail(llvm::yaml::Node *N, const llvm::Twine &Message) {
    auto [Line, Column] = position(N);
    Failure = llvm::toString(documentError(Name, Line, Column, Message));
    return false;
  }
  /// Where \p N starts. The parser starts a flow collection after its
  /// bracket; the bracket is where a reader looks.
  std::pair<unsigned, unsigned> position(llvm::yaml::Node *N) const {
    llvm::SMLoc Start = N->getSourceRange().Start;
    const char *P = Start.getPointer();
    const char *BufferStart =
        SM.getMemoryBuffer(SM.getMainFileID())->getBufferStart();
    if ((llvm::isa<llvm::yaml::MappingNode>(N) ||
         llvm::isa<llvm::yaml::SequenceNode>(N)) &&
        P && P > BufferStart && (P[-1] == '[' || P[-1] == '{'))
      Start = llvm::SMLoc::getFromPointer(P - 1);
    return SM.getLineAndColumn(Start);
  }
  bool buildMapping(llvm::yaml::MappingNode &M, DocNode &Out, unsigned Depth);

  llvm::SourceMgr &SM;
  llvm::StringRef Name;
  std::string Failure;
};

} // namespace

bool TreeBuilder::build(llvm::yaml::Node *N, DocNode &Out, unsigned Depth) {
  if (!N)
    return true;
  std::tie(Out.Line, Out.Column) = position(N);
  if (Depth > MaxDocumentDepth)
    return fail(N, "the document nests deeper than " +
                       llvm::Twine(MaxDocumentDepth) + " levels");
  llvm::SmallString<64> Storage;
  if (auto *S = llvm::dyn_cast<llvm::yaml::ScalarNode>(N)) {
    llvm::StringRef Raw = S->getRawValue();
    // An unquoted `null` or `~` is YAML's (and JSON's) null.
    if (Raw == "null" || Raw == "~")
      return true;
    Out.Kind = DocNode::Scalar;
    Out.Value = S->getValue(Storage).str();
    return true;
  }
  if (auto *B = llvm::dyn_cast<llvm::yaml::BlockScalarNode>(N)) {
    Out.Kind = DocNode::Scalar;
    Out.Value = B->getValue().str();
    return true;
  }
  if (auto *M = llvm::dyn_cast<llvm::yaml::MappingNode>(N))
    return buildMapping(*M, Out, Depth);
  if (auto *Seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(N)) {
    Out.Kind = DocNode::Sequence;
    for (llvm::yaml::Node &Item : *Seq) {
      Out.Items.emplace_back();
      if (!build(&Item, Out.Items.back(), Depth + 1))
        return false;
    }
    return true;
  }
  // Aliases (`*name`) are left as null: following them could expand a
  // small document into a huge one, and the documents we read do not need
  // them.
  return true;
}

bool TreeBuilder::buildMapping(llvm::yaml::MappingNode &M, DocNode &Out,
                               unsigned Depth) {
  Out.Kind = DocNode::Mapping;
  for (llvm::yaml::KeyValueNode &KV : M) {
    llvm::yaml::Node *Key = KV.getKey();
    auto *KeyScalar = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(Key);
    if (!KeyScalar)
      return fail(Key ? Key : &M, "a key must be a string");
    llvm::SmallString<64> Storage;
    Out.Keys.push_back(KeyScalar->getValue(Storage).str());
    auto [Line, Column] = position(Key);
    Out.KeyPositions.push_back({Line, Column});
    Out.Items.emplace_back();
    if (!build(KV.getValue(), Out.Items.back(), Depth + 1))
      return false;
  }
  return true;
}

/// JSON text is checked by the JSON parser first: its messages name the JSON
/// problem ("Expected object key") where the YAML parser's would not.
static llvm::Error checkJSON(llvm::StringRef Text, llvm::StringRef Name) {
  llvm::StringRef T = Text.ltrim();
  if (!T.starts_with("{") && !T.starts_with("["))
    return llvm::Error::success();
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (V)
    return llvm::Error::success();
  // The JSON parser reports "[line:col, byte=N]: message".
  std::string Msg = llvm::toString(V.takeError());
  llvm::StringRef M = Msg;
  unsigned Line = 1, Column = 1;
  if (M.consume_front("[")) {
    auto [L, C] = M.take_until([](char Ch) { return Ch == ','; }).split(':');
    L.getAsInteger(10, Line);
    C.getAsInteger(10, Column);
    size_t Colon = M.find("]: ");
    if (Colon != llvm::StringRef::npos)
      M = M.substr(Colon + 3);
  }
  return documentError(Name, Line, Column, "invalid JSON: " + M);
}

static void captureFirstDiag(const llvm::SMDiagnostic &D, void *Context) {
  auto *First = static_cast<std::optional<llvm::SMDiagnostic> *>(Context);
  if (!*First)
    *First = D;
}

llvm::Expected<DocNode> parseDocument(llvm::StringRef Text,
                                      llvm::StringRef Name) {
  if (llvm::Error E = checkUTF8(Text, Name))
    return E;
  if (llvm::Error E = checkJSON(Text, Name))
    return E;
  llvm::SourceMgr SM;
  std::optional<llvm::SMDiagnostic> First;
  SM.setDiagHandler(captureFirstDiag, &First);
  llvm::yaml::Stream S(Text, SM, /*ShowColors=*/false);
  DocNode Root;
  TreeBuilder Builder(SM, Name);
  llvm::yaml::document_iterator It = S.begin();
  bool Built = It == S.end() || Builder.build(It->getRoot(), Root, 0);
  // A syntax error is the parser's first diagnostic, wherever it is.
  if (First || S.failed()) {
    if (!First)
      return documentError(Name, 1, 1, "invalid YAML");
    return documentError(Name, First->getLineNo(), First->getColumnNo() + 1,
                         "invalid YAML: " + First->getMessage());
  }
  if (!Built)
    return llvm::createStringError(Builder.failure());
  if (Root.Kind == DocNode::Null)
    return documentError(Name, 1, 1, "the document is empty");
  return Root;
}

llvm::Expected<DocNode> readDocument(llvm::StringRef Path) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf = readInputFile(Path);
  if (!Buf)
    return documentError(
        Path, 1, 1, "cannot read the file: " + llvm::toString(Buf.takeError()));
  return parseDocument((*Buf)->getBuffer(), Path);
}

} // namespace wirecheck
