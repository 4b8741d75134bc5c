//===--- DocReader.cpp - Walking JSON and YAML route documents ------------===//

#include "lib/routes/DocReader.h"
#include "lib/support/FileIO.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace wirecheck {

void DocReader::error(llvm::yaml::Node *N, const llvm::Twine &Message) {
  if (Failed)
    return;
  unsigned Line = 1, Column = 1;
  if (N && SM)
    std::tie(Line, Column) = SM->getLineAndColumn(N->getSourceRange().Start);
  errorAt(Line, Column, Message);
}

void DocReader::errorAt(unsigned Line, unsigned Column,
                        const llvm::Twine &Message) {
  if (Failed)
    return;
  Failed = true;
  Msg = (Name + ":" + llvm::Twine(Line) + ":" + llvm::Twine(Column) + ": " +
         Message)
            .str();
}

std::optional<std::string> DocReader::scalar(llvm::yaml::Node *N,
                                             llvm::StringRef What) {
  if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N)) {
    llvm::SmallString<64> Storage;
    return S->getValue(Storage).str();
  }
  error(N, What + " must be a string");
  return std::nullopt;
}

llvm::Error DocReader::takeError() {
  if (!Failed)
    return llvm::Error::success();
  return llvm::createStringError(Msg);
}

static void captureDiag(const llvm::SMDiagnostic &D, void *Context) {
  auto *First = static_cast<std::optional<llvm::SMDiagnostic> *>(Context);
  if (!*First)
    *First = D;
}

static bool looksLikeJson(llvm::StringRef Text) {
  llvm::StringRef T = Text.ltrim();
  return T.starts_with("{") || T.starts_with("[");
}

llvm::Error DocReader::validate() {
  if (looksLikeJson(Text)) {
    llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
    if (!V) {
      // The JSON parser reports "[line:col, byte=N]: message".
      std::string Msg = llvm::toString(V.takeError());
      llvm::StringRef M = Msg;
      unsigned Line = 1, Column = 1;
      if (M.consume_front("[")) {
        llvm::StringRef Pos = M.take_until([](char C) { return C == ','; });
        auto [L, C] = Pos.split(':');
        L.getAsInteger(10, Line);
        C.getAsInteger(10, Column);
        size_t Colon = M.find("]: ");
        if (Colon != llvm::StringRef::npos)
          M = M.substr(Colon + 3);
      }
      return llvm::createStringError(Name + ":" + std::to_string(Line) + ":" +
                                     std::to_string(Column) +
                                     ": invalid JSON: " + M.str());
    }
  }
  llvm::SourceMgr LocalSM;
  std::optional<llvm::SMDiagnostic> First;
  LocalSM.setDiagHandler(captureDiag, &First);
  llvm::yaml::Stream S(Text, LocalSM, /*ShowColors=*/false);
  for (llvm::yaml::Document &D : S)
    D.skip();
  if (First || S.failed()) {
    if (!First)
      return llvm::createStringError(Name + ":1:1: invalid YAML");
    return llvm::createStringError(
        Name + ":" + std::to_string(First->getLineNo()) + ":" +
        std::to_string(First->getColumnNo() + 1) +
        ": invalid YAML: " + First->getMessage().str());
  }
  return llvm::Error::success();
}

llvm::Error DocReader::walk(llvm::function_ref<void(llvm::yaml::Node &)> Walk) {
  if (llvm::Error E = validate())
    return E;
  llvm::SourceMgr LocalSM;
  std::optional<llvm::SMDiagnostic> First;
  LocalSM.setDiagHandler(captureDiag, &First);
  SM = &LocalSM;
  llvm::yaml::Stream S(Text, LocalSM, /*ShowColors=*/false);
  llvm::yaml::document_iterator It = S.begin();
  llvm::yaml::Node *Root = It != S.end() ? It->getRoot() : nullptr;
  if (!Root || llvm::isa<llvm::yaml::NullNode>(Root))
    error(Root, "the document is empty");
  else
    Walk(*Root);
  SM = nullptr;
  return takeError();
}

/// Calls \p F for each key/value of the mapping \p N; reports an error when
/// \p N is not a mapping.

void forEachKey(DocReader &R, llvm::yaml::Node *N, llvm::StringRef What,
                llvm::function_ref<void(llvm::StringRef, llvm::yaml::Node *,
                                        llvm::yaml::Node *)>
                    F) {
  auto *M = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(N);
  if (!M) {
    R.error(N, What + " must be a mapping");
    return;
  }
  for (llvm::yaml::KeyValueNode &KV : *M) {
    if (R.failed())
      return;
    llvm::yaml::Node *Key = KV.getKey();
    std::optional<std::string> K = R.scalar(Key, "a key");
    if (!K)
      return;
    F(*K, Key, KV.getValue());
  }
}

llvm::Expected<std::string> readDocumentFile(llvm::StringRef Path) {
  // Only a regular file, under a size cap: a FIFO would block the check
  // (and clangd) forever, /dev/zero would exhaust memory.
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf = readInputFile(Path);
  if (!Buf)
    return llvm::createStringError(Path + ":1:1: cannot read the file: " +
                                   llvm::toString(Buf.takeError()));
  return (*Buf)->getBuffer().str();
}

} // namespace wirecheck
