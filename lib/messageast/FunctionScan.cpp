//===--- FunctionScan.cpp - The messages of one function body -------------===//
//
// The visit of a function body: what each statement and call tells about
// the JSON objects in it (see FunctionScan.h).
//
//===----------------------------------------------------------------------===//

#include "lib/messageast/FunctionScan.h"
#include "lib/support/DeclNames.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {
namespace scan {

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

void FunctionScan::noteNestedValues(
    llvm::ArrayRef<std::pair<const Expr *, const Expr *>> Pairs,
    unsigned Depth) {
  for (const auto &Pair : Pairs) {
    const Expr *Value = unwrapValue(Pair.second);
    NestedValues.insert(Value);
    if (auto Inner = objectLiteralPairs(Value); Inner && Depth < 8)
      noteNestedValues(*Inner, Depth + 1);
  }
}

void FunctionScan::produceLiteral(const Expr *E) {
  auto Pairs = objectLiteralPairs(E);
  if (!Pairs)
    return;
  noteNestedValues(*Pairs);
  // A value of another object (`{"schema", json{...}.dump()}`) is not a
  // message.
  if (NestedValues.contains(unwrapValue(E)))
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
    noteNestedValues(*Pairs);
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
  if (jsonLibOf(VD->getType()) != JsonLib::None) {
    // `json &db = conf["db"]`, `auto data = msg.at("data")`: a nested value.
    if (std::optional<KeyAccess> KA = keyAccess(unwrapValue(Init));
        KA && KA->Kind == KeyAccess::Read)
      Objects[VD].Nested = true;
    if (!VD->getType()->isReferenceType())
      assignTo(*VD, Init);
  }
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
  // A value stored into an object is nested in it.
  if (Value)
    NestedValues.insert(unwrapValue(Value));
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
  // `outer["k"] = inner.dump()`, `{"k", json{...}.dump()}` store a nested
  // value.
  if (isSerializingMember(*MD) && NestedValues.contains(&MC))
    return;
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
  else
    readStruct(MC, *V);
}

/// `msg.get<T>()`, `msg.get_to(t)`, `T t = msg`: the reads of T's
/// `from_json`, or fields that cannot be named when it is not in view.
void FunctionScan::readStruct(const CXXMemberCallExpr &MC, const VarDecl &V) {
  const CXXMethodDecl *MD = MC.getMethodDecl();
  QualType Target;
  if (isa<CXXConversionDecl>(MD) ||
      (MD->getIdentifier() && MD->getName() == "get" && MC.getNumArgs() == 0))
    Target = MC.getType();
  else if (MD->getIdentifier() && MD->getName() == "get_to" &&
           MC.getNumArgs() == 1)
    Target = MC.getArg(0)->getType();
  const CXXRecordDecl *RD =
      Target.isNull() ? nullptr : Target->getAsCXXRecordDecl();
  if (!RD || jsonLibOf(Target) != JsonLib::None ||
      isStdName(RD, {"basic_string", "basic_string_view"}))
    return;
  auto It = S.FromJson.find(
      Target.getCanonicalType().getUnqualifiedType().getTypePtr());
  if (It == S.FromJson.end() || It->second.Open) {
    Opens.push_back({&V, MC.getBeginLoc()});
    if (It == S.FromJson.end())
      return;
  }
  for (const FieldRead &R : It->second.Reads)
    Reads.push_back({&V, R, MC.getBeginLoc()});
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
    if (!writesThrough(Call->getArg(I), Callee, I))
      handOn(Call->getArg(I), Callee, I);
  return true;
}

/// `to_json(j["value"], v)`: a member given by non-const reference is
/// written, with a value that is not known.
bool FunctionScan::writesThrough(const Expr *Arg, const FunctionDecl *Callee,
                                 unsigned I) {
  if (!Callee || I >= Callee->getNumParams())
    return false;
  QualType T = Callee->getParamDecl(I)->getType();
  if (!T->isLValueReferenceType() ||
      T.getNonReferenceType().isConstQualified() ||
      jsonLibOf(T) == JsonLib::None)
    return false;
  std::optional<KeyAccess> KA = keyAccess(Arg);
  if (!KA || KA->Kind != KeyAccess::Read)
    return false;
  WriteTargets.insert(Arg->IgnoreParenImpCasts());
  recordWrite(KA->Object, KA->Key, nullptr);
  return true;
}

} // namespace scan
} // namespace wirecheck
