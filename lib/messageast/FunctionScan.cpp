//===--- FunctionScan.cpp - The messages of one function body -------------===//
//
// Walks one function body (a lambda's is walked on its own) and records,
// per JSON variable, the keys written, whether the object is handed on
// (returned, passed to a call, serialised) and the keys read; the
// comparisons of a discriminator with a value, and the region of the `if`
// they guard. At the end, a built object that is handed on is a producer;
// each dispatch is a consumer whose fields are the reads in its region;
// reads outside any dispatch on an object whose discriminator was read are
// one consumer of unknown type; and the reads of each JSON parameter are
// kept for the callers that hand it their message.
//
//===----------------------------------------------------------------------===//

#include "lib/messageast/MessageScan.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {
namespace {

/// A key read on a JSON variable.
struct ReadEvent {
  const VarDecl *Obj;
  FieldRead Field;
  SourceLocation Loc;
};

/// The object handed on or iterated at Loc: its fields are open there.
struct OpenEvent {
  const VarDecl *Obj;
  SourceLocation Loc;
  /// The parameter it is handed to, when that function is in view.
  const ParmVarDecl *To = nullptr;
};

/// A comparison of a discriminator with a value.
struct Dispatch {
  const VarDecl *Obj;
  std::string Key;
  const Expr *Value;
  /// The `then` branch of the `if` it is the condition of, for `==`.
  SourceRange Region;
};

/// What is known of one JSON variable.
struct ObjState {
  ObjectBuild Build;
  /// Keys were written, or it was initialised with an object.
  bool Built = false;
  bool HandedOn = false;
  /// Given to a MessageProducers helper as its payload.
  bool HelperPayload = false;
  /// The first discriminator read on it.
  std::optional<std::string> DiscKey;
  const Expr *DiscExpr = nullptr;
};

/// A call of a MessageProducers helper.
struct HelperCall {
  const FunctionSpec *Spec;
  const CallExpr *Call;
};

class FunctionScan : public RecursiveASTVisitor<FunctionScan> {
public:
  FunctionScan(MessageScan &S, const FunctionDecl &FD) : S(S), FD(FD) {}

  void run() {
    TraverseStmt(FD.getBody());
    finish();
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    // A lambda is a function of its own (a handler, most often).
    if (const CXXMethodDecl *Op = L->getCallOperator())
      if (Op->hasBody())
        scanFunction(S, *Op);
    return true;
  }
  bool VisitVarDecl(VarDecl *VD);
  bool VisitIfStmt(IfStmt *If);
  bool VisitCXXForRangeStmt(CXXForRangeStmt *For);
  bool VisitReturnStmt(ReturnStmt *R);
  bool VisitCallExpr(CallExpr *Call);

private:
  using Discriminator = std::pair<const VarDecl *, std::string>;
  std::optional<Discriminator> discriminatorOf(const Expr *E) const;
  void noteRegions(const Expr *Cond, SourceRange Then);
  void recordWrite(const Expr *Object, const Expr *Key, const Expr *Value);
  void recordRead(const KeyAccess &KA, const Expr *Access);
  void assignTo(const VarDecl &V, const Expr *Value);
  void handOn(const Expr *Arg, const FunctionDecl *Callee, unsigned I);
  bool visitOperator(const CXXOperatorCallExpr &Op);
  void visitJsonMember(const CXXMemberCallExpr &MC);
  bool visitMapCall(const CallExpr &Call);
  void visitHelperConsumer(const FunctionSpec &Spec, const CallExpr &Call);
  void produceLiteral(const Expr *E);
  void finish();
  void finishHelpers();
  void finishConsumers();

  MessageScan &S;
  const FunctionDecl &FD;
  llvm::MapVector<const VarDecl *, ObjState> Objects;
  /// `auto type = msg["type"]`: variables holding a discriminator.
  llvm::DenseMap<const VarDecl *, Discriminator> TypeVars;
  llvm::DenseMap<const Expr *, SourceRange> Regions;
  llvm::DenseSet<const Expr *> WriteTargets;
  std::vector<ReadEvent> Reads;
  std::vector<OpenEvent> Opens;
  std::vector<Dispatch> Dispatches;
  std::vector<HelperCall> Helpers;
};

} // namespace

std::optional<FunctionScan::Discriminator>
FunctionScan::discriminatorOf(const Expr *E) const {
  const Expr *J = convertedJson(E);
  for (const Expr *X : {unwrapValue(E), J})
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(X))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (auto It = TypeVars.find(VD); It != TypeVars.end())
          return It->second;
  std::optional<KeyAccess> KA = keyAccess(J);
  if (!KA || KA->Kind != KeyAccess::Read)
    return std::nullopt;
  const VarDecl *Obj = jsonVar(KA->Object);
  std::optional<std::string> Key = S.resolve(KA->Key);
  if (!Obj || !Key || !S.isDiscriminator(*Key))
    return std::nullopt;
  return Discriminator{Obj, *Key};
}

static const Expr *stripCondition(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *W = dyn_cast<ExprWithCleanups>(E))
    return W->getSubExpr()->IgnoreParenImpCasts();
  return E;
}

void FunctionScan::noteRegions(const Expr *Cond, SourceRange Then) {
  Cond = stripCondition(Cond);
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond);
      BO && BO->getOpcode() == BO_LAnd) {
    noteRegions(BO->getLHS(), Then);
    noteRegions(BO->getRHS(), Then);
    return;
  }
  Regions[Cond] = Then;
}

bool FunctionScan::VisitIfStmt(IfStmt *If) {
  if (If->getCond() && If->getThen())
    noteRegions(If->getCond(), If->getThen()->getSourceRange());
  return true;
}

bool FunctionScan::VisitCXXForRangeStmt(CXXForRangeStmt *For) {
  // `for (auto &[k, v] : j.items())` is an iterating member call.
  if (const VarDecl *V = jsonVar(For->getRangeInit()))
    Opens.push_back({V, For->getBeginLoc()});
  return true;
}

void FunctionScan::produceLiteral(const Expr *E) {
  auto Pairs = objectLiteralPairs(E);
  if (!Pairs)
    return;
  ObjectBuild Build;
  S.addPairs(*Pairs, Build);
  S.produce(Build, E->getBeginLoc(), "nlohmann");
}

bool FunctionScan::VisitReturnStmt(ReturnStmt *R) {
  const Expr *V = R->getRetValue();
  if (!V || V->containsErrors())
    return true;
  if (const VarDecl *Var = jsonVar(V))
    Objects[Var].HandedOn = true;
  else
    produceLiteral(V);
  return true;
}

/// `json j;`, `rapidjson::Document d;` (defaulted arguments),
/// `Json::Value v(Json::objectValue)`, `json j(nullptr)`.
static bool isEmptyConstruction(const Expr *E) {
  const auto *Ctor = dyn_cast<CXXConstructExpr>(E);
  if (!Ctor)
    return false;
  if (Ctor->getNumArgs() == 0 || isa<CXXDefaultArgExpr>(Ctor->getArg(0)))
    return true;
  QualType T = Ctor->getArg(0)->getType();
  return T->isEnumeralType() || T->isNullPtrType();
}

void FunctionScan::assignTo(const VarDecl &V, const Expr *Value) {
  ObjState &O = Objects[&V];
  if (auto Pairs = objectLiteralPairs(Value)) {
    S.addPairs(*Pairs, O.Build);
    O.Built = true;
    return;
  }
  if (isEmptyConstruction(stripCondition(Value)))
    return; // `json j;`, `Json::Value v(Json::objectValue)`
  const Expr *U = unwrapValue(Value);
  QualType T = U->getType();
  if (const auto *Call = dyn_cast<CallExpr>(U)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee && Callee->getIdentifier() && Call->getNumArgs() == 0 &&
        llvm::is_contained({StringRef("object"), StringRef("array")},
                           Callee->getName()))
      return; // `json::object()`
  }
  if (jsonLibOf(T) == JsonLib::None && T->isRecordType() &&
      !isStdName(T->getAsCXXRecordDecl(),
                 {"basic_string", "basic_string_view"})) {
    S.addToJson(T, O.Build); // `json j = event;`
    O.Built = true;
    return;
  }
  // A copy of another object, a parsed text, a call's result: its members
  // are not known.
  O.Build.Open = true;
}

bool FunctionScan::VisitVarDecl(VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init || Init->containsErrors() || Init->isValueDependent() ||
      isa<ParmVarDecl>(VD))
    return true;
  if (std::optional<Discriminator> D = discriminatorOf(Init))
    TypeVars[VD] = *D;
  if (jsonLibOf(VD->getType()) != JsonLib::None &&
      !VD->getType()->isReferenceType())
    assignTo(*VD, Init);
  bool JsonHandlers = false;
  if (MessageScan::isHandlerMapType(VD->getType(), JsonHandlers))
    if (const auto *Map = dyn_cast<ValueDecl>(VD)) {
      S.Maps[Map].JsonHandlers = JsonHandlers;
      S.addMapEntry(Map, Init, nullptr);
    }
  return true;
}

void FunctionScan::recordWrite(const Expr *Object, const Expr *Key,
                               const Expr *Value) {
  // `j["a"]["b"] = v` writes "a" on j.
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    if (const VarDecl *V = jsonVar(Object)) {
      ObjState &O = Objects[V];
      O.Built = true;
      O.Build.Writes.push_back({S.resolve(Key), Value});
      return;
    }
    std::optional<KeyAccess> Outer = keyAccess(Object);
    if (!Outer)
      return;
    WriteTargets.insert(Object->IgnoreParenImpCasts());
    Object = Outer->Object;
    Key = Outer->Key;
    Value = nullptr;
  }
}

void FunctionScan::recordRead(const KeyAccess &KA, const Expr *Access) {
  const VarDecl *V = jsonVar(KA.Object);
  if (!V)
    return;
  std::optional<std::string> Key = S.resolve(KA.Key);
  if (!Key) {
    Opens.push_back({V, Access->getBeginLoc()});
    return;
  }
  if (S.isDiscriminator(*Key)) {
    ObjState &O = Objects[V];
    if (!O.DiscKey) {
      O.DiscKey = *Key;
      O.DiscExpr = KA.Key;
    }
    return;
  }
  Reads.push_back({V, {*Key, S.locate(KA.Key)}, Access->getBeginLoc()});
}

void FunctionScan::handOn(const Expr *Arg, const FunctionDecl *Callee,
                          unsigned I) {
  const VarDecl *V = jsonVar(Arg);
  if (!V) {
    produceLiteral(Arg);
    return;
  }
  ObjState &O = Objects[V];
  O.HandedOn = true;
  const ParmVarDecl *P = nullptr;
  if (Callee && I < Callee->getNumParams()) {
    QualType T = Callee->getParamDecl(I)->getType();
    // The callee may add members it is given by reference.
    if ((T->isLValueReferenceType() &&
         !T.getNonReferenceType().isConstQualified()) ||
        T->isPointerType())
      O.Build.Open = true;
    const FunctionDecl *Def = Callee->getDefinition();
    if (Def && S.inScope(Def->getLocation()))
      P = Def->getParamDecl(I);
  }
  Opens.push_back({V, Arg->getBeginLoc(), P});
}

bool FunctionScan::visitOperator(const CXXOperatorCallExpr &Op) {
  OverloadedOperatorKind K = Op.getOperator();
  if (K == OO_Equal && Op.getNumArgs() == 2) {
    const Expr *LHS = Op.getArg(0);
    if (std::optional<KeyAccess> KA = keyAccess(LHS)) {
      WriteTargets.insert(LHS->IgnoreParenImpCasts());
      recordWrite(KA->Object, KA->Key, Op.getArg(1));
    } else if (const VarDecl *V = jsonVar(LHS)) {
      assignTo(*V, Op.getArg(1));
    } else if (const auto *Sub =
                   dyn_cast<CXXOperatorCallExpr>(LHS->IgnoreParenImpCasts());
               Sub && Sub->getOperator() == OO_Subscript) {
      bool JsonHandlers = false;
      const ValueDecl *Map = MessageScan::namedDecl(Sub->getArg(0));
      if (Map && MessageScan::isHandlerMapType(Sub->getArg(0)->getType(),
                                               JsonHandlers)) {
        S.Maps[Map].JsonHandlers = JsonHandlers;
        S.addMapEntry(Map, Sub->getArg(1), Op.getArg(1));
        WriteTargets.insert(Sub);
      }
    }
    return true;
  }
  if ((K == OO_EqualEqual || K == OO_ExclaimEqual) && Op.getNumArgs() == 2) {
    for (unsigned I = 0; I < 2; ++I)
      if (std::optional<Discriminator> D = discriminatorOf(Op.getArg(I))) {
        SourceRange Region;
        if (K == OO_EqualEqual)
          Region = Regions.lookup(&Op);
        Dispatches.push_back({D->first, D->second, Op.getArg(1 - I), Region});
        break;
      }
    return true;
  }
  if (K == OO_LessLess) { // `out << j`: serialised.
    for (const Expr *Arg : Op.arguments())
      if (const VarDecl *V = jsonVar(Arg))
        Objects[V].HandedOn = true;
    return true;
  }
  return false;
}

void FunctionScan::visitJsonMember(const CXXMemberCallExpr &MC) {
  const CXXMethodDecl *MD = MC.getMethodDecl();
  const Expr *Object = MC.getImplicitObjectArgument();
  const VarDecl *V = jsonVar(Object);
  if (!V) {
    if (isSerializingMember(*MD))
      produceLiteral(Object); // `json{...}.dump()`
    return;
  }
  if (isSerializingMember(*MD))
    Objects[V].HandedOn = true;
  else if (isMergingMember(*MD))
    Objects[V].Build.Open = true;
  else if (isIteratingMember(*MD))
    Opens.push_back({V, MC.getBeginLoc()});
}

/// `handlers.find(type)`, `handlers.at(msg["type"])`, `handlers[type]`: the
/// map is indexed with a discriminator.
bool FunctionScan::visitMapCall(const CallExpr &Call) {
  const Expr *Object = nullptr;
  const Expr *Arg = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call)) {
    Object = MC->getImplicitObjectArgument();
    Arg = MC->getNumArgs() >= 1 ? MC->getArg(0) : nullptr;
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
             Op && Op->getOperator() == OO_Subscript) {
    Object = Op->getArg(0);
    Arg = Op->getArg(1);
  }
  bool JsonHandlers = false;
  if (!Object || !Arg ||
      !MessageScan::isHandlerMapType(Object->getType(), JsonHandlers))
    return false;
  const ValueDecl *Map = MessageScan::namedDecl(Object);
  if (!Map)
    return true;
  HandlerMap &M = S.Maps[Map];
  M.JsonHandlers = JsonHandlers;
  if (std::optional<Discriminator> D = discriminatorOf(Arg))
    M.Key = D->second;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call);
      MC && MC->getNumArgs() == 2 && MC->getMethodDecl()->getIdentifier() &&
      MC->getMethodDecl()->getName().starts_with("emplace"))
    S.addMapEntry(Map, MC->getArg(0), MC->getArg(1));
  return true;
}

void FunctionScan::visitHelperConsumer(const FunctionSpec &Spec,
                                       const CallExpr &Call) {
  unsigned TypeArg = Spec.Index.value_or(0);
  if (TypeArg >= Call.getNumArgs())
    return;
  ConsumerDraft C;
  C.Message.Key = S.Opts.DiscriminatorKeys.front();
  C.Message.Type = S.resolve(Call.getArg(TypeArg));
  C.Message.Loc = S.locate(Call.getArg(TypeArg));
  C.Message.Kind = "helper";
  const ParmVarDecl *P = nullptr;
  if (Spec.SecondIndex) {
    if (*Spec.SecondIndex < Call.getNumArgs())
      P = handlerParam(Call.getArg(*Spec.SecondIndex));
  } else {
    for (unsigned I = 0; I < Call.getNumArgs() && !P; ++I)
      if (I != TypeArg)
        P = handlerParam(Call.getArg(I));
  }
  if (P)
    C.PassedTo.push_back(P);
  else
    C.Message.OpenFields = true;
  S.Consumers.push_back(std::move(C));
}

bool FunctionScan::VisitCallExpr(CallExpr *Call) {
  if (Call->isTypeDependent() || Call->containsErrors())
    return true;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (visitOperator(*Op))
      return true;
  if (std::optional<KeyAccess> KA = keyAccess(Call)) {
    if (KA->Kind == KeyAccess::Write)
      recordWrite(KA->Object, KA->Key, Call->getArg(1));
    else if (!WriteTargets.contains(Call))
      recordRead(*KA, Call);
    return true;
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (jsonLibOfMember(Callee) != JsonLib::None) {
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      visitJsonMember(*MC);
    return true;
  }
  if (visitMapCall(*Call) || isa<CXXOperatorCallExpr>(Call))
    return true;
  if (Callee) {
    if (const FunctionSpec *Spec = S.producerSpec(*Callee)) {
      Helpers.push_back({Spec, Call});
      for (const Expr *Arg : Call->arguments())
        if (const VarDecl *V = jsonVar(Arg))
          Objects[V].HelperPayload = true;
      return true;
    }
    if (const FunctionSpec *Spec = S.consumerSpec(*Callee)) {
      visitHelperConsumer(*Spec, *Call);
      return true;
    }
  }
  // Anything else that is given the object sends it, queues it or hands it
  // to a function that does.
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    handOn(Call->getArg(I), Callee, I);
  return true;
}

void FunctionScan::finishHelpers() {
  for (const HelperCall &H : Helpers) {
    const CallExpr &Call = *H.Call;
    unsigned TypeArg = H.Spec->Index.value_or(0);
    if (TypeArg >= Call.getNumArgs())
      continue;
    // The payload: the argument named, else the first JSON one.
    const Expr *Payload = nullptr;
    for (unsigned I = 0; I < Call.getNumArgs() && !Payload; ++I)
      if (H.Spec->SecondIndex
              ? I == *H.Spec->SecondIndex
              : I != TypeArg &&
                    jsonLibOf(Call.getArg(I)->getType()) != JsonLib::None)
        Payload = Call.getArg(I);
    ObjectBuild Build;
    Build.Open = true;
    if (auto Pairs = Payload ? objectLiteralPairs(Payload) : std::nullopt) {
      S.addPairs(*Pairs, Build);
      Build.Open = false;
    } else if (const VarDecl *V = jsonVar(Payload)) {
      if (auto It = Objects.find(V); It != Objects.end() && It->second.Built)
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
  for (size_t I = 0; I < Dispatches.size(); ++I) {
    const Dispatch &D = Dispatches[I];
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
    auto It = Objects.find(Obj);
    if (It == Objects.end() || !It->second.DiscKey)
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

void scanFunction(MessageScan &Scan, const FunctionDecl &FD) {
  if (FD.getBody() && Scan.Scanned.insert(&FD).second)
    FunctionScan(Scan, FD).run();
}

} // namespace wirecheck
