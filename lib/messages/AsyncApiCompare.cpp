//===--- AsyncApiCompare.cpp - Code against an AsyncAPI document ----------===//

#include "lib/messages/AsyncApiCompare.h"
#include "llvm/ADT/STLExtras.h"

namespace wirecheck {

namespace {

/// A field name and where the code writes or reads it.
using NamedLocation = std::pair<std::string, MessageLocation>;

/// The comparison of one code index with one document.
class Comparison {
public:
  Comparison(const MessageIndex &Code, const AsyncApiDocument &Doc,
             llvm::StringRef DocName, const AsyncApiScope &Scope)
      : Code(Code), DocName(DocName), Scope(Scope) {
    for (const AsyncApiMessage &M : Doc.Messages)
      if (!M.Key.empty() && !excluded(M))
        Spec.push_back(&M);
  }

  void codeToSpec();
  void specToCode();
  std::vector<MessageFinding> Out;

private:
  bool excluded(const AsyncApiMessage &M) const {
    return llvm::any_of(Scope.Exclude, [&](const std::string &X) {
      return X == M.Name || (M.Type && X == *M.Type) ||
             llvm::is_contained(M.Channels, X);
    });
  }
  bool excludedType(const std::string &Type) const {
    return llvm::is_contained(Scope.Exclude, Type) ||
           llvm::any_of(Spec, [&](const AsyncApiMessage *M) {
             return M->Type == Type && excluded(*M);
           });
  }
  /// The document's messages under \p Key; \p Complete is false when one of
  /// them has an unknown type (it could be any).
  std::vector<const AsyncApiMessage *> specWithKey(llvm::StringRef Key,
                                                   bool &Complete) const;
  void checkCodeType(const std::string &Key, const std::string &Type,
                     const MessageLocation &Loc, llvm::StringRef Verb);
  void checkCodeFields(const std::string &Key, const std::string &Type,
                       llvm::ArrayRef<NamedLocation> Fields,
                       llvm::StringRef Verb);
  /// One produced or consumed message of the code against the document.
  void checkCodeEntry(const std::string &Key,
                      const std::optional<std::string> &Type,
                      const MessageLocation &Loc,
                      llvm::ArrayRef<NamedLocation> Fields, bool Produced);
  void add(MessageFinding::KindTy Kind, const MessageLocation &Loc,
           const std::string &Key, const std::string &Type, std::string Message,
           std::string Field = "") {
    MessageFinding F;
    F.Kind = Kind;
    F.Loc = Loc;
    F.Key = Key;
    F.Type = Type;
    F.Field = std::move(Field);
    F.Message = std::move(Message);
    Out.push_back(std::move(F));
  }

  const MessageIndex &Code;
  llvm::StringRef DocName;
  const AsyncApiScope &Scope;
  std::vector<const AsyncApiMessage *> Spec;
};

} // namespace

static std::string quoted(llvm::StringRef S) { return "'" + S.str() + "'"; }

static std::string didYouMean(const std::optional<std::string> &Nearest) {
  return Nearest ? "; did you mean " + quoted(*Nearest) + "?" : "";
}

std::vector<const AsyncApiMessage *>
Comparison::specWithKey(llvm::StringRef Key, bool &Complete) const {
  std::vector<const AsyncApiMessage *> Found;
  Complete = true;
  for (const AsyncApiMessage *M : Spec) {
    if (M->Key != Key)
      continue;
    Found.push_back(M);
    Complete &= M->Type.has_value();
  }
  return Found;
}

void Comparison::checkCodeType(const std::string &Key, const std::string &Type,
                               const MessageLocation &Loc,
                               llvm::StringRef Verb) {
  bool Complete = true;
  std::vector<const AsyncApiMessage *> Same = specWithKey(Key, Complete);
  if (Same.empty() || !Complete || excludedType(Type) ||
      llvm::any_of(Same, [&](const auto *M) { return M->Type == Type; }))
    return;
  std::vector<std::string> Types;
  Types.reserve(Same.size());
  for (const AsyncApiMessage *M : Same)
    if (M->Type)
      Types.push_back(*M->Type);
  add(MessageFinding::UnknownType, Loc, Key, Type,
      "message type " + quoted(Type) + " is " + Verb.str() +
          " but the AsyncAPI document " + quoted(DocName) +
          " does not declare it" + didYouMean(nearestName(Type, Types)));
}

void Comparison::checkCodeFields(const std::string &Key,
                                 const std::string &Type,
                                 llvm::ArrayRef<NamedLocation> Fields,
                                 llvm::StringRef Verb) {
  std::vector<std::string> Declared;
  bool Any = false;
  for (const AsyncApiMessage *M : Spec) {
    if (M->Key != Key || M->Type != Type)
      continue;
    if (M->OpenFields)
      return;
    Any = true;
    Declared.insert(Declared.end(), M->Fields.begin(), M->Fields.end());
  }
  if (!Any)
    return;
  for (const auto &[Name, Loc] : Fields)
    if (Name != Key && !llvm::is_contained(Declared, Name))
      add(MessageFinding::UnknownField, Loc, Key, Type,
          "field " + quoted(Name) + " of message " + quoted(Type) + " is " +
              Verb.str() + " but the AsyncAPI document " + quoted(DocName) +
              " does not declare it" + didYouMean(nearestName(Name, Declared)),
          Name);
}

void Comparison::checkCodeEntry(const std::string &Key,
                                const std::optional<std::string> &Type,
                                const MessageLocation &Loc,
                                llvm::ArrayRef<NamedLocation> Fields,
                                bool Produced) {
  if (Key.empty() || !Type)
    return;
  const std::string &Known = *Type;
  checkCodeType(Key, Known, Loc, Produced ? "produced" : "handled");
  checkCodeFields(Key, Known, Fields, Produced ? "written" : "read");
}

void Comparison::codeToSpec() {
  for (const ProducedMessage &P : Code.produced()) {
    std::vector<NamedLocation> Fields;
    Fields.reserve(P.Fields.size());
    for (const std::string &F : P.Fields)
      Fields.push_back({F, P.Loc});
    checkCodeEntry(P.Key, P.Type, P.Loc, Fields, /*Produced=*/true);
  }
  for (const ConsumedMessage &C : Code.consumed()) {
    std::vector<NamedLocation> Fields;
    Fields.reserve(C.Fields.size());
    for (const FieldRead &F : C.Fields)
      Fields.push_back({F.Name, F.Loc});
    checkCodeEntry(C.Key, C.Type, C.Loc, Fields, /*Produced=*/false);
  }
}

/// Do the code's entries with \p Key name all their types (so that a
/// missing one is missing)? \p Any is set when there is one.
template <typename EntryT>
static bool allTypesKnown(llvm::ArrayRef<EntryT> Entries, llvm::StringRef Key,
                          bool &Any) {
  Any = false;
  for (const EntryT &E : Entries) {
    if (E.Key != Key)
      continue;
    Any = true;
    if (!E.Type)
      return false;
  }
  return true;
}

void Comparison::specToCode() {
  for (const AsyncApiMessage *M : Spec) {
    if (!M->Type)
      continue;
    const std::string &Type = *M->Type;
    bool AnyProducer = false, AnyConsumer = false;
    bool ProducersKnown =
        allTypesKnown(Code.produced(), M->Key, AnyProducer) && AnyProducer;
    bool ConsumersKnown =
        allTypesKnown(Code.consumed(), M->Key, AnyConsumer) && AnyConsumer;
    std::vector<const ProducedMessage *> Producers;
    for (const ProducedMessage &P : Code.produced())
      if (P.Key == M->Key && P.Type == M->Type)
        Producers.push_back(&P);
    if (M->Sent && ProducersKnown && Producers.empty())
      add(MessageFinding::UnknownType, M->Loc, M->Key, Type,
          "message type " + quoted(Type) +
              " is sent according to the AsyncAPI document but no producer "
              "in the code emits it");
    if (M->Received && ConsumersKnown &&
        llvm::none_of(Code.consumed(), [&](const ConsumedMessage &C) {
          return C.Key == M->Key && C.Type == M->Type;
        }))
      add(MessageFinding::UnknownType, M->Loc, M->Key, Type,
          "message type " + quoted(Type) +
              " is received according to the AsyncAPI document but no "
              "consumer in the code handles it");
    if (!M->Sent || Producers.empty() ||
        llvm::any_of(Producers, [](const auto *P) { return P->OpenFields; }))
      continue;
    for (const std::string &R : M->Required)
      if (R != M->Key && llvm::none_of(Producers, [&](const auto *P) {
            return llvm::is_contained(P->Fields, R);
          }))
        add(MessageFinding::UnknownField, M->Loc, M->Key, Type,
            "required field " + quoted(R) + " of message " + quoted(Type) +
                " is not written by any producer in the "
                "code",
            R);
  }
}

std::vector<MessageFinding> compareWithAsyncApi(const MessageIndex &Code,
                                                const AsyncApiDocument &Doc,
                                                llvm::StringRef DocName,
                                                const AsyncApiScope &Scope) {
  Comparison C(Code, Doc, DocName, Scope);
  if (Scope.CodeToSpec)
    C.codeToSpec();
  if (Scope.SpecToCode)
    C.specToCode();
  llvm::stable_sort(C.Out,
                    [](const MessageFinding &A, const MessageFinding &B) {
                      return A.Loc < B.Loc;
                    });
  return std::move(C.Out);
}

} // namespace wirecheck
