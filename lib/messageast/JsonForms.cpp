//===--- JsonForms.cpp - JSON library types and expression forms ----------===//

#include "lib/messageast/JsonForms.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace wirecheck {

static JsonLib jsonLibOfRecord(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return JsonLib::None;
  StringRef Name = RD->getName();
  if (Name == "basic_json" && isInNamespace(*RD, "nlohmann"))
    return JsonLib::Nlohmann;
  if (Name == "Value" && isInNamespace(*RD, "Json"))
    return JsonLib::JsonCpp;
  if ((Name == "GenericValue" || Name == "GenericDocument") &&
      isInNamespace(*RD, "rapidjson"))
    return JsonLib::RapidJson;
  return JsonLib::None;
}

JsonLib jsonLibOf(QualType T) {
  if (T.isNull())
    return JsonLib::None;
  return jsonLibOfRecord(T.getNonReferenceType()->getAsCXXRecordDecl());
}

JsonLib jsonLibOfMember(const Decl *D) {
  return D ? jsonLibOfRecord(dyn_cast<CXXRecordDecl>(D->getDeclContext()))
           : JsonLib::None;
}

StringRef jsonLibName(JsonLib L) {
  switch (L) {
  case JsonLib::Nlohmann:
    return "nlohmann";
  case JsonLib::JsonCpp:
    return "jsoncpp";
  case JsonLib::RapidJson:
    return "rapidjson";
  case JsonLib::None:
    break;
  }
  return "";
}

/// Classes whose construction from one value keeps that value: JSON values,
/// nlohmann's json_ref, strings and RapidJSON's string references.
static bool isTransparentClass(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  if (jsonLibOfRecord(RD) != JsonLib::None)
    return true;
  StringRef Name = RD->getName();
  if (Name == "json_ref")
    return isInNamespace(*RD, "nlohmann");
  if (Name == "GenericStringRef")
    return isInNamespace(*RD, "rapidjson");
  return isStdName(RD, {"basic_string", "basic_string_view"});
}

/// The value \p CE is built from when it only carries it, or null.
static const Expr *carriedValue(const CXXConstructExpr &CE) {
  if (CE.getNumArgs() == 0 ||
      isa<CXXStdInitializerListExpr>(CE.getArg(0)->IgnoreImplicit()) ||
      !isTransparentClass(CE.getType()->getAsCXXRecordDecl()))
    return nullptr;
  for (unsigned I = 1; I < CE.getNumArgs(); ++I) {
    if (isa<CXXDefaultArgExpr>(CE.getArg(I)))
      continue;
    // RapidJSON's `Value("type", allocator)` copies the string.
    QualType T0 = CE.getArg(0)->IgnoreImpCasts()->getType();
    if (I == 1 && CE.getNumArgs() == 2 && T0->isPointerType() &&
        jsonLibOf(CE.getType()) == JsonLib::RapidJson)
      continue;
    return nullptr;
  }
  return CE.getArg(0);
}

/// The operand of a node that only wraps a value (a bound temporary, a
/// value-preserving cast), or null. Called after IgnoreParenImpCasts(),
/// which already strips ConstantExpr, ExprWithCleanups and
/// MaterializeTemporaryExpr.
static const Expr *wrappedOperand(const Expr *E) {
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return B->getSubExpr();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    return Cast->getSubExpr();
  if (const auto *SCast = dyn_cast<CXXStaticCastExpr>(E))
    return SCast->getSubExpr();
  return nullptr;
}

/// \p E without wrapping nodes.
static const Expr *unwrapNodes(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreParenImpCasts();
    const Expr *Next = wrappedOperand(E);
    if (!Next)
      return E;
    E = Next;
  }
  return E;
}

const Expr *unwrapValue(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 24; ++Depth) {
    E = unwrapNodes(E);
    const Expr *Next = nullptr;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
      Next = carriedValue(*CE);
    else if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = Call->getDirectCallee();
      if (FD && Call->getNumArgs() >= 1 &&
          (isStdName(FD, {"move", "forward"}) ||
           (FD->getIdentifier() && FD->getName() == "StringRef" &&
            isInNamespace(*FD, "rapidjson"))))
        Next = Call->getArg(0);
    }
    if (!Next)
      return E;
    E = Next;
  }
  return E;
}

/// Whether \p Key can name an object member (not an array index).
static bool isKeyArgument(const Expr *Key) {
  QualType T = Key->IgnoreParenImpCasts()->getType().getNonReferenceType();
  return !T->isIntegralOrEnumerationType() && !T->isDependentType();
}

namespace {
/// A member function that names a key in its first argument.
struct KeyMember {
  JsonLib Lib;
  StringRef Name;
  KeyAccess::KindTy Kind;
  /// The number of arguments it must have; 0 for any.
  unsigned Args;
};
} // namespace

static const KeyMember KeyMembers[] = {
    {JsonLib::Nlohmann, "at", KeyAccess::Read, 1},
    {JsonLib::Nlohmann, "value", KeyAccess::Read, 2},
    {JsonLib::Nlohmann, "contains", KeyAccess::Test, 1},
    {JsonLib::Nlohmann, "find", KeyAccess::Test, 1},
    {JsonLib::Nlohmann, "count", KeyAccess::Test, 1},
    {JsonLib::Nlohmann, "emplace", KeyAccess::Write, 2},
    {JsonLib::JsonCpp, "get", KeyAccess::Read, 2},
    {JsonLib::JsonCpp, "isMember", KeyAccess::Test, 0},
    {JsonLib::RapidJson, "HasMember", KeyAccess::Test, 0},
    {JsonLib::RapidJson, "FindMember", KeyAccess::Test, 0},
    {JsonLib::RapidJson, "AddMember", KeyAccess::Write, 3},
};

static std::optional<KeyAccess> memberKeyAccess(const CXXMemberCallExpr &MC) {
  const CXXMethodDecl *MD = MC.getMethodDecl();
  JsonLib Lib = jsonLibOfMember(MD);
  if (Lib == JsonLib::None || !MD->getIdentifier() || MC.getNumArgs() == 0 ||
      !isKeyArgument(MC.getArg(0)))
    return std::nullopt;
  for (const KeyMember &K : KeyMembers)
    if (K.Lib == Lib && K.Name == MD->getName() &&
        (K.Args == 0 || K.Args == MC.getNumArgs()))
      return KeyAccess{K.Kind, MC.getImplicitObjectArgument(), MC.getArg(0),
                       Lib};
  return std::nullopt;
}

std::optional<KeyAccess> keyAccess(const Expr *E) {
  if (!E)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() != OO_Subscript || Op->getNumArgs() != 2)
      return std::nullopt;
    JsonLib Lib = jsonLibOfMember(Op->getDirectCallee());
    if (Lib == JsonLib::None || !isKeyArgument(Op->getArg(1)))
      return std::nullopt;
    return KeyAccess{KeyAccess::Read, Op->getArg(0), Op->getArg(1), Lib};
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    return memberKeyAccess(*MC);
  return std::nullopt;
}

static bool hasName(const CXXMethodDecl &MD,
                    std::initializer_list<StringRef> Names) {
  return MD.getIdentifier() && llvm::is_contained(Names, MD.getName());
}

/// Members of a JSON class that convert the value without changing it.
static bool isConvertingMember(const CXXMethodDecl &MD) {
  if (isa<CXXConversionDecl>(MD))
    return true;
  return MD.getNumParams() == 0 &&
         hasName(MD, {"get", "get_ref", "asString", "asCString", "GetString"});
}

const Expr *convertedJson(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = unwrapValue(E);
    if (jsonLibOf(E->getType()) != JsonLib::None)
      return E;
    const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
    const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
    if (!MD || jsonLibOfMember(MD) == JsonLib::None || !isConvertingMember(*MD))
      return nullptr;
    E = MC->getImplicitObjectArgument();
  }
  return nullptr;
}

const InitListExpr *initializerList(const Expr *E) {
  const auto *IL = dyn_cast<CXXStdInitializerListExpr>(E->IgnoreImplicit());
  return IL ? dyn_cast_or_null<InitListExpr>(unwrapNodes(IL->getSubExpr()))
            : nullptr;
}

/// The initializer list argument of nlohmann's `json{...}`,
/// `json::object({...})`.
static const InitListExpr *jsonInitList(const Expr *E) {
  E = unwrapNodes(E);
  if (!E || jsonLibOf(E->getType()) != JsonLib::Nlohmann)
    return nullptr;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return CE->getNumArgs() >= 1 ? initializerList(CE->getArg(0)) : nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (FD && FD->getIdentifier() && FD->getName() == "object" &&
        jsonLibOfMember(FD) == JsonLib::Nlohmann && Call->getNumArgs() >= 1)
      return initializerList(Call->getArg(0));
  }
  return nullptr;
}

std::optional<std::vector<std::pair<const Expr *, const Expr *>>>
objectLiteralPairs(const Expr *E) {
  const InitListExpr *List = E ? jsonInitList(E) : nullptr;
  if (!List || List->getNumInits() == 0)
    return std::nullopt;
  std::vector<std::pair<const Expr *, const Expr *>> Pairs;
  for (const Expr *Element : List->inits()) {
    const Expr *Inner = Element->IgnoreImplicit();
    const auto *CE = dyn_cast<CXXConstructExpr>(Inner);
    const InitListExpr *Pair =
        CE && CE->getNumArgs() >= 1 ? initializerList(CE->getArg(0)) : nullptr;
    if (!Pair || Pair->getNumInits() != 2)
      return std::nullopt;
    const Expr *Key = unwrapValue(Pair->getInit(0));
    QualType KT = Key->getType().getNonReferenceType();
    bool Stringy = KT->isArrayType() || KT->isPointerType() ||
                   isStdName(KT->getAsCXXRecordDecl(),
                             {"basic_string", "basic_string_view"});
    if (!Stringy)
      return std::nullopt;
    Pairs.emplace_back(Pair->getInit(0), Pair->getInit(1));
  }
  return Pairs;
}

const VarDecl *jsonVar(const Expr *E) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E ? unwrapValue(E) : nullptr);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->isLocalVarDeclOrParm() ||
      jsonLibOf(VD->getType()) == JsonLib::None)
    return nullptr;
  return VD;
}

bool isSerializingMember(const CXXMethodDecl &MD) {
  return hasName(MD, {"dump", "toStyledString", "Accept"});
}

bool isMergingMember(const CXXMethodDecl &MD) {
  return hasName(MD, {"update", "merge_patch", "insert", "patch", "swap",
                      "CopyFrom", "Swap", "copy"});
}

bool isIteratingMember(const CXXMethodDecl &MD) {
  return hasName(MD, {"items", "begin", "cbegin", "getMemberNames",
                      "MemberBegin", "GetObject", "flatten"});
}

} // namespace wirecheck
