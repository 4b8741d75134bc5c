//===--- MessageModel.cpp - Produced and consumed messages ----------------===//

#include "lib/messages/MessageModel.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <map>

namespace wirecheck {

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

std::string foldName(llvm::StringRef Name) {
  std::string Out;
  for (char C : Name)
    if (C != '_' && C != '-')
      Out += llvm::toLower(C);
  return Out;
}

/// The largest edit distance at which \p Folded still looks like a typo of
/// another name rather than a different name.
static unsigned typoBound(llvm::StringRef Folded) {
  if (Folded.size() < 3)
    return 0;
  if (Folded.size() <= 4)
    return 1;
  return Folded.size() <= 11 ? 2 : 3;
}

std::optional<std::string> nearestName(llvm::StringRef Name,
                                       llvm::ArrayRef<std::string> Candidates) {
  std::string Folded = foldName(Name);
  unsigned Bound = typoBound(Folded);
  std::optional<std::string> Best;
  unsigned BestDistance = Bound + 1;
  bool Tied = false;
  for (const std::string &C : Candidates) {
    if (C == Name || (Best && *Best == C))
      continue;
    unsigned D = llvm::StringRef(Folded).edit_distance(
        foldName(C), /*AllowReplacements=*/true, Bound);
    if (D < BestDistance) {
      BestDistance = D;
      Best = C;
      Tied = false;
    } else if (D == BestDistance && D <= Bound) {
      Tied = true;
    }
  }
  if (!Best || Tied)
    return std::nullopt;
  return Best;
}

//===----------------------------------------------------------------------===//
// Building the index
//===----------------------------------------------------------------------===//

/// The identity of an entry: a header's message seen by two translation
/// units is one message. An unknown type differs from every known one.
static std::string identity(const MessageLocation &Loc, llvm::StringRef Key,
                            const std::optional<std::string> &Type) {
  std::string Id = Loc.File;
  Id += '\0' + std::to_string(Loc.Line) + ':' + std::to_string(Loc.Column);
  Id += '\0' + Key.str() + '\0';
  Id += Type ? "=" + *Type : std::string("?");
  return Id;
}

static void addUnique(std::vector<std::string> &To,
                      llvm::ArrayRef<std::string> From) {
  for (const std::string &S : From)
    if (!llvm::is_contained(To, S))
      To.push_back(S);
}

void MessageIndex::addProduced(ProducedMessage M) {
  auto [It, New] = ProducedSlots.try_emplace(identity(M.Loc, M.Key, M.Type),
                                             Produced.size());
  if (New) {
    Produced.push_back(std::move(M));
    return;
  }
  ProducedMessage &Old = Produced[It->second];
  addUnique(Old.Fields, M.Fields);
  Old.OpenFields |= M.OpenFields;
}

void MessageIndex::addConsumed(ConsumedMessage M) {
  auto [It, New] = ConsumedSlots.try_emplace(identity(M.Loc, M.Key, M.Type),
                                             Consumed.size());
  if (New) {
    Consumed.push_back(std::move(M));
    return;
  }
  ConsumedMessage &Old = Consumed[It->second];
  for (FieldRead &F : M.Fields)
    if (llvm::none_of(Old.Fields, [&](const FieldRead &O) {
          return O.Name == F.Name && O.Loc == F.Loc;
        }))
      Old.Fields.push_back(std::move(F));
  Old.OpenFields |= M.OpenFields;
}

void MessageIndex::addSetting(SettingRead S) {
  if (SettingSlots.insert(identity(S.Loc, S.Key, std::nullopt)).second)
    Settings.push_back(std::move(S));
}

void MessageIndex::merge(const MessageIndex &Other) {
  for (const ProducedMessage &M : Other.Produced)
    addProduced(M);
  for (const ConsumedMessage &M : Other.Consumed)
    addConsumed(M);
  for (const SettingRead &S : Other.Settings)
    addSetting(S);
}

//===----------------------------------------------------------------------===//
// Findings
//===----------------------------------------------------------------------===//

namespace {

/// What the producers of one discriminator key emit.
struct KeyProducers {
  /// Some producer's type is unknown: it may emit any type, so no type
  /// under this key is reported as never produced.
  bool UnknownType = false;
  /// The producers of each known type, in the order met.
  std::map<std::string, std::vector<const ProducedMessage *>> ByType;
  /// Every producer of the key.
  std::vector<const ProducedMessage *> All;
};

/// What the consumers of one discriminator key handle.
struct KeyConsumers {
  bool UnknownType = false;
  std::map<std::string, std::vector<const ConsumedMessage *>> ByType;
  /// Consumers of the key whose type is unknown: they read fields of every
  /// type.
  std::vector<const ConsumedMessage *> Untyped;
};

/// Computes the findings of one index.
class FindingBuilder {
public:
  explicit FindingBuilder(const MessageIndex &Index);
  void consumerFindings();
  void unusedFindings();
  std::vector<MessageFinding> take();

private:
  void unknownType(const ConsumedMessage &C, llvm::StringRef Type,
                   const KeyProducers &P);
  void unknownFields(const ConsumedMessage &C,
                     llvm::ArrayRef<const ProducedMessage *> Writers);
  void unusedFields(llvm::StringRef Key, llvm::StringRef Type,
                    llvm::ArrayRef<const ProducedMessage *> Writers,
                    const KeyConsumers &C);

  const MessageIndex &Index;
  std::map<std::string, KeyProducers> Producers;
  std::map<std::string, KeyConsumers> Consumers;
  std::vector<MessageFinding> Out;
};

} // namespace

FindingBuilder::FindingBuilder(const MessageIndex &Index) : Index(Index) {
  for (const ProducedMessage &M : Index.produced()) {
    if (M.Key.empty())
      continue;
    KeyProducers &P = Producers[M.Key];
    P.All.push_back(&M);
    if (M.Type)
      P.ByType[*M.Type].push_back(&M);
    else
      P.UnknownType = true;
  }
  for (const ConsumedMessage &M : Index.consumed()) {
    if (M.Key.empty())
      continue;
    KeyConsumers &C = Consumers[M.Key];
    if (M.Type)
      C.ByType[*M.Type].push_back(&M);
    else {
      C.UnknownType = true;
      C.Untyped.push_back(&M);
    }
  }
}

/// "'agent_started' is produced here" notes at up to three producers.
static void noteProducers(MessageFinding &F,
                          llvm::ArrayRef<const ProducedMessage *> Producers) {
  for (const ProducedMessage *P : Producers.take_front(3))
    F.Notes.push_back(
        {P->Loc, P->Type ? "message '" + *P->Type + "' is produced here"
                         : std::string("a message is produced here")});
}

static std::string quoted(llvm::StringRef S) { return "'" + S.str() + "'"; }

void FindingBuilder::consumerFindings() {
  for (const ConsumedMessage &C : Index.consumed()) {
    auto It = Producers.find(C.Key);
    // No producer under this key is in the index: the other side is not
    // part of the project, so there is nothing to compare with.
    if (C.Key.empty() || It == Producers.end())
      continue;
    const KeyProducers &P = It->second;
    if (!C.Type) {
      unknownFields(C, P.All);
      continue;
    }
    auto Writers = P.ByType.find(*C.Type);
    if (Writers == P.ByType.end()) {
      if (!P.UnknownType)
        unknownType(C, *C.Type, P);
      continue;
    }
    // A producer of unknown type may write the type's other fields.
    if (!P.UnknownType)
      unknownFields(C, Writers->second);
  }
}

void FindingBuilder::unknownType(const ConsumedMessage &C, llvm::StringRef Type,
                                 const KeyProducers &P) {
  MessageFinding F;
  F.Kind = MessageFinding::UnknownType;
  F.Loc = C.Loc;
  F.Key = C.Key;
  F.Type = Type.str();
  F.Message = "message " + C.Key + " " + quoted(Type) +
              " is handled but no producer emits it";
  std::vector<std::string> Types;
  Types.reserve(P.ByType.size());
  for (const auto &KV : P.ByType)
    Types.push_back(KV.first);
  std::optional<std::string> Nearest = nearestName(Type, Types);
  if (Nearest) {
    F.Message += "; did you mean " + quoted(*Nearest) + "?";
    noteProducers(F, P.ByType.at(*Nearest));
  }
  F.Replacement = std::move(Nearest);
  Out.push_back(std::move(F));
}

void FindingBuilder::unknownFields(
    const ConsumedMessage &C, llvm::ArrayRef<const ProducedMessage *> Writers) {
  if (Writers.empty() || llvm::any_of(Writers, [](const ProducedMessage *P) {
        return P->OpenFields;
      }))
    return;
  std::vector<std::string> Written;
  for (const ProducedMessage *P : Writers)
    addUnique(Written, P->Fields);
  for (const FieldRead &R : C.Fields) {
    if (R.Name == C.Key || llvm::is_contained(Written, R.Name))
      continue;
    MessageFinding F;
    F.Kind = MessageFinding::UnknownField;
    F.Loc = R.Loc;
    F.Key = C.Key;
    F.Type = C.Type;
    F.Field = R.Name;
    F.Message = "field " + quoted(R.Name) + " is read from ";
    F.Message += C.Type ? "message " + quoted(*C.Type) +
                              " but no producer "
                              "of it writes it"
                        : "messages with a " + quoted(C.Key) +
                              " but no producer writes it";
    F.Replacement = nearestName(R.Name, Written);
    if (F.Replacement)
      F.Message += "; did you mean " + quoted(*F.Replacement) + "?";
    noteProducers(F, Writers);
    Out.push_back(std::move(F));
  }
}

void FindingBuilder::unusedFindings() {
  for (const auto &[Key, P] : Producers) {
    auto It = Consumers.find(Key);
    // Nobody in the index consumes this key: the consumer is elsewhere.
    if (It == Consumers.end())
      continue;
    const KeyConsumers &C = It->second;
    for (const auto &[Type, Writers] : P.ByType) {
      if (C.ByType.count(Type)) {
        unusedFields(Key, Type, Writers, C);
        continue;
      }
      // A handler of an unknown type may handle this one.
      if (C.UnknownType)
        continue;
      MessageFinding F;
      F.Kind = MessageFinding::UnusedType;
      F.Loc = Writers.front()->Loc;
      F.Key = Key;
      F.Type = Type;
      F.Message = "message " + Key + " " + quoted(Type) +
                  " is produced but no consumer handles it";
      noteProducers(F, llvm::ArrayRef(Writers).drop_front());
      Out.push_back(std::move(F));
    }
  }
}

void FindingBuilder::unusedFields(
    llvm::StringRef Key, llvm::StringRef Type,
    llvm::ArrayRef<const ProducedMessage *> Writers, const KeyConsumers &C) {
  std::vector<const ConsumedMessage *> Readers = C.ByType.at(Type.str());
  llvm::append_range(Readers, C.Untyped);
  if (llvm::any_of(Readers,
                   [](const ConsumedMessage *R) { return R->OpenFields; }))
    return;
  llvm::StringSet<> Read, Reported;
  for (const ConsumedMessage *R : Readers)
    for (const FieldRead &FR : R->Fields)
      Read.insert(FR.Name);
  for (const ProducedMessage *W : Writers)
    for (const std::string &Field : W->Fields) {
      if (Field == Key || Read.count(Field) || !Reported.insert(Field).second)
        continue;
      MessageFinding F;
      F.Kind = MessageFinding::UnusedField;
      F.Loc = W->Loc;
      F.Key = Key.str();
      F.Type = Type.str();
      F.Field = Field;
      F.Message = "field " + quoted(Field) + " of message " + quoted(Type) +
                  " is produced but no consumer reads it";
      Out.push_back(std::move(F));
    }
}

std::vector<MessageFinding> FindingBuilder::take() {
  llvm::stable_sort(Out, [](const MessageFinding &A, const MessageFinding &B) {
    return A.Loc < B.Loc;
  });
  return std::move(Out);
}

std::vector<MessageFinding>
MessageIndex::findings(const MessageFindingOptions &Opts) const {
  FindingBuilder B(*this);
  B.consumerFindings();
  if (Opts.ReportUnused)
    B.unusedFindings();
  return B.take();
}

} // namespace wirecheck
