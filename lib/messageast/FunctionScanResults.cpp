//===--- FunctionScanResults.cpp - Producers and consumers of a body ------===//
//
// At the end of a function body: a built object that is handed on is a
// producer; each dispatch is a consumer whose fields are the reads in its
// region; reads outside any dispatch on an object whose discriminator was
// read are one consumer of unknown type; and the reads of each JSON
// parameter are kept for the callers that hand it their message.
//
//===----------------------------------------------------------------------===//

#include "lib/messageast/FunctionScan.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {
namespace scan {

void FunctionScan::finishHelpers() {
  for (const HelperCall &H : Helpers) {
    const CallExpr &Call = *H.Call;
    unsigned TypeArg = H.Spec->Index.value_or(0);
    if (TypeArg >= Call.getNumArgs())
      continue;
    // The payload: the argument named, else the first JSON one.
    const Expr *Payload = nullptr;
    const bool Named = H.Spec->SecondIndex.has_value();
    const unsigned PayloadArg = H.Spec->SecondIndex.value_or(0);
    for (unsigned I = 0; I < Call.getNumArgs() && !Payload; ++I)
      if (Named ? I == PayloadArg
                : I != TypeArg &&
                      jsonLibOf(Call.getArg(I)->getType()) != JsonLib::None)
        Payload = Call.getArg(I);
    ObjectBuild Build;
    Build.Open = true;
    if (auto Pairs = Payload ? objectLiteralPairs(Payload) : std::nullopt) {
      S.addPairs(*Pairs, Build);
      Build.Open = false;
    } else if (const VarDecl *V = jsonVar(Payload)) {
      if (auto *It = Objects.find(V); It != Objects.end() && It->second.Built)
        Build = It->second.Build;
    }
    // The helper writes the type under the first discriminator key.
    Build.Writes.insert(Build.Writes.begin(), {S.Opts.DiscriminatorKeys.front(),
                                               Call.getArg(TypeArg)});
    S.produce(Build, Call.getBeginLoc(), "helper");
  }
}

/// Whether \p Loc lies in \p R.
static bool within(const SourceManager &SM, SourceLocation Loc, SourceRange R) {
  if (R.isInvalid())
    return false;
  Loc = SM.getExpansionLoc(Loc);
  return SM.isPointWithin(Loc, SM.getExpansionLoc(R.getBegin()),
                          SM.getExpansionLoc(R.getEnd()));
}

void FunctionScan::finishConsumers() {
  // The innermost region of a dispatch on Obj that holds Loc, or -1.
  auto RegionOf = [&](const VarDecl *Obj, SourceLocation Loc) {
    int Best = -1;
    for (size_t I = 0; I < Dispatches.size(); ++I)
      if (Dispatches[I].Obj == Obj && within(S.SM, Loc, Dispatches[I].Region) &&
          (Best < 0 || within(S.SM, Dispatches[I].Region.getBegin(),
                              Dispatches[Best].Region)))
        Best = static_cast<int>(I);
    return Best;
  };
  std::vector<ConsumerDraft> Drafts(Dispatches.size());
  // Reads and open uses outside any dispatch, per object.
  llvm::MapVector<const VarDecl *, ConsumerDraft> Outside;
  for (const ReadEvent &R : Reads) {
    int I = RegionOf(R.Obj, R.Loc);
    (I >= 0 ? Drafts[I] : Outside[R.Obj]).Message.Fields.push_back(R.Field);
  }
  for (const OpenEvent &E : Opens) {
    int I = RegionOf(E.Obj, E.Loc);
    ConsumerDraft &C = I >= 0 ? Drafts[I] : Outside[E.Obj];
    if (E.To)
      C.PassedTo.push_back(E.To);
    else
      C.Message.OpenFields = true;
  }
  // A dispatch on a nested value (`json &db = conf["db"]; if (db["type"] ==
  // "lf")`) reads a configuration block or a payload, not a message.
  auto IsNested = [&](const VarDecl *Obj) {
    auto *It = Objects.find(Obj);
    return It != Objects.end() && It->second.Nested;
  };
  for (size_t I = 0; I < Dispatches.size(); ++I) {
    const Dispatch &D = Dispatches[I];
    if (IsNested(D.Obj))
      continue;
    ConsumedMessage &M = Drafts[I].Message;
    M.Key = D.Key;
    M.Type = S.resolve(D.Value);
    M.Loc = S.locate(D.Value);
    M.Kind = jsonLibName(jsonLibOf(D.Obj->getType())).str();
    S.Consumers.push_back(std::move(Drafts[I]));
  }
  for (auto &[Obj, C] : Outside) {
    if (const auto *P = dyn_cast<ParmVarDecl>(Obj)) {
      ParamUse &U = S.Params[P];
      U.Reads = C.Message.Fields;
      U.Open = C.Message.OpenFields || !C.PassedTo.empty();
    }
    auto *It = Objects.find(Obj);
    if (It == Objects.end() || !It->second.DiscKey || It->second.Nested)
      continue;
    C.Message.Key = *It->second.DiscKey;
    C.Message.Loc = S.locate(It->second.DiscExpr);
    C.Message.Kind = jsonLibName(jsonLibOf(Obj->getType())).str();
    S.Consumers.push_back(std::move(C));
  }
}

void FunctionScan::finish() {
  bool ToJson = false;
  const Type *Serialized = nullptr;
  bool Serializer = isSerializerFunction(FD, ToJson, Serialized);
  for (auto &[V, O] : Objects) {
    // `to_json(json &j, const T &)` hands j back to its caller.
    bool Out = Serializer && ToJson && V == FD.getParamDecl(0);
    if (Out)
      S.ToJson[Serialized] = O.Build;
    if (O.Built && (O.HandedOn || Out) && !O.HelperPayload)
      S.produce(O.Build, V->getLocation(),
                jsonLibName(jsonLibOf(V->getType())));
  }
  finishHelpers();
  finishConsumers();
  if (Serializer && !ToJson) {
    const ParmVarDecl *P = FD.getParamDecl(0);
    S.FromJson[Serialized] = S.Params.lookup(P);
  }
}

} // namespace scan

void scanFunction(MessageScan &Scan, const FunctionDecl &FD) {
  if (FD.getBody() && Scan.Scanned.insert(&FD).second)
    scan::FunctionScan(Scan, FD).run();
}

} // namespace wirecheck
