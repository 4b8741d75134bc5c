//===--- MessageScan.cpp - State of one message extraction ----------------===//

#include "lib/messageast/MessageScan.h"
#include "lib/routes/StringValues.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace wirecheck {

MessageScan::MessageScan(ASTContext &Ctx, const MessageExtractorOptions &Opts)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Opts(Opts) {
  assert(!Opts.DiscriminatorKeys.empty() && "the options give a default");
}

bool MessageScan::inScope(SourceLocation Loc) const {
  Loc = SM.getExpansionLoc(Loc);
  if (Loc.isInvalid())
    return false;
  return Opts.MainFileOnly ? SM.isInMainFile(Loc) : !SM.isInSystemHeader(Loc);
}

std::optional<std::string> MessageScan::resolve(const Expr *E) const {
  if (!E || E->isValueDependent() || E->containsErrors())
    return std::nullopt;
  return resolveStringValue(E, Ctx);
}

bool MessageScan::isDiscriminator(StringRef Key) const {
  return llvm::is_contained(Opts.DiscriminatorKeys, Key);
}

MessageLocation MessageScan::locate(SourceLocation Loc) {
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  MessageLocation ML;
  PresumedLoc P = SM.getPresumedLoc(FileLoc);
  if (P.isInvalid())
    return ML;
  ML.File = P.getFilename();
  ML.Line = P.getLine();
  ML.Column = P.getColumn();
  Out.Sites.emplace(ML, MessageSite{FileLoc, CharSourceRange()});
  return ML;
}

MessageLocation MessageScan::locate(const Expr *E) {
  const StringLiteral *SL = plainStringLiteral(E);
  MessageLocation ML = locate(SL ? SL->getBeginLoc() : E->getExprLoc());
  // A fix-it may replace a literal written in the file, not one a macro
  // produces.
  if (SL && !SL->getBeginLoc().isMacroID() && !ML.File.empty()) {
    CharSourceRange Range =
        CharSourceRange::getTokenRange(SL->getSourceRange());
    if (Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).starts_with("\""))
      Out.Sites[ML].LiteralRange = Range;
  }
  return ML;
}

void MessageScan::addPairs(
    llvm::ArrayRef<std::pair<const Expr *, const Expr *>> Pairs,
    ObjectBuild &Build) const {
  for (const auto &[Key, Value] : Pairs)
    Build.Writes.push_back({resolve(Key), Value});
}

void MessageScan::addToJson(QualType T, ObjectBuild &Build) const {
  auto It = ToJson.find(T.getCanonicalType().getUnqualifiedType().getTypePtr());
  if (It == ToJson.end()) {
    Build.Open = true; // Its serialisation is not in view.
    return;
  }
  Build.Writes.insert(Build.Writes.end(), It->second.Writes.begin(),
                      It->second.Writes.end());
  Build.Open |= It->second.Open;
}

/// Whether \p Build is a JSON Schema (`{"type": "object", "properties":
/// ...}`) rather than a message: its "type" is a schema type name and it
/// has a schema keyword.
bool MessageScan::isJsonSchema(const ObjectBuild &Build) const {
  static constexpr llvm::StringLiteral Types[] = {
      "object", "array", "string", "number", "integer", "boolean", "null"};
  static constexpr llvm::StringLiteral Keywords[] = {"properties",
                                                     "items",
                                                     "required",
                                                     "additionalProperties",
                                                     "patternProperties",
                                                     "$schema",
                                                     "enum",
                                                     "oneOf",
                                                     "anyOf",
                                                     "allOf"};
  bool SchemaType = false;
  bool Keyword = false;
  for (const KeyWrite &W : Build.Writes) {
    if (!W.Key)
      continue;
    if (*W.Key == "type") {
      std::optional<std::string> Type = resolve(W.Value);
      SchemaType |= Type && llvm::is_contained(Types, *Type);
    }
    Keyword |= llvm::is_contained(Keywords, *W.Key);
  }
  return SchemaType && Keyword;
}

void MessageScan::produce(const ObjectBuild &Build, SourceLocation Where,
                          StringRef Kind) {
  if (isJsonSchema(Build))
    return;
  ProducedMessage Base;
  Base.Kind = Kind.str();
  Base.OpenFields = Build.Open;
  // The first discriminator key written.
  std::optional<std::string> DiscKey;
  for (const KeyWrite &W : Build.Writes) {
    if (!W.Key) {
      Base.OpenFields = true;
      continue;
    }
    if (!llvm::is_contained(Base.Fields, *W.Key))
      Base.Fields.push_back(*W.Key);
    if (!DiscKey && isDiscriminator(*W.Key))
      DiscKey = *W.Key;
  }
  if (Base.Fields.empty() && !Base.OpenFields)
    return;
  if (!DiscKey) {
    Base.Loc = locate(Where);
    Out.Produced.push_back(std::move(Base));
    return;
  }
  // One message per value written under the discriminator.
  std::vector<std::optional<std::string>> Seen;
  for (const KeyWrite &W : Build.Writes) {
    if (W.Key != DiscKey)
      continue;
    std::optional<std::string> Type = resolve(W.Value);
    if (llvm::is_contained(Seen, Type))
      continue;
    Seen.push_back(Type);
    ProducedMessage M = Base;
    M.Key = *DiscKey;
    M.Type = std::move(Type);
    M.Loc = W.Value ? locate(W.Value) : locate(Where);
    Out.Produced.push_back(std::move(M));
  }
}

static const FunctionSpec *specFor(const FunctionDecl &FD,
                                   llvm::ArrayRef<FunctionSpec> Specs) {
  for (const FunctionSpec &S : Specs)
    if (matchesName(FD, S.Name))
      return &S;
  return nullptr;
}

const FunctionSpec *MessageScan::producerSpec(const FunctionDecl &FD) const {
  return Opts.Producers.empty() ? nullptr : specFor(FD, Opts.Producers);
}

const FunctionSpec *MessageScan::consumerSpec(const FunctionDecl &FD) const {
  return Opts.Consumers.empty() ? nullptr : specFor(FD, Opts.Consumers);
}

const ValueDecl *MessageScan::namedDecl(const Expr *E) {
  E = E ? unwrapValue(E) : nullptr;
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DRE->getDecl());
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(E))
    return ME->getMemberDecl();
  return nullptr;
}

static bool isStringType(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType();
  return isStdName(T->getAsCXXRecordDecl(),
                   {"basic_string", "basic_string_view"});
}

bool MessageScan::isHandlerMapType(QualType T, bool &JsonHandlers) {
  const auto *RD = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!RD || !isStdName(RD, {"map", "unordered_map"}) ||
      RD->getTemplateArgs().size() < 2 ||
      RD->getTemplateArgs()[0].getKind() != TemplateArgument::Type ||
      RD->getTemplateArgs()[1].getKind() != TemplateArgument::Type ||
      !isStringType(RD->getTemplateArgs()[0].getAsType()))
    return false;
  QualType Mapped = RD->getTemplateArgs()[1].getAsType();
  if (Mapped->isFunctionPointerType() || Mapped->isMemberFunctionPointerType())
    return true;
  const auto *Fn = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Mapped->getAsCXXRecordDecl());
  if (!Fn || !isStdName(Fn, {"function"}) || Fn->getTemplateArgs().size() < 1)
    return false;
  const auto *Sig =
      Fn->getTemplateArgs()[0].getAsType()->getAs<FunctionProtoType>();
  JsonHandlers = Sig && llvm::any_of(Sig->param_types(), [](QualType P) {
                   return jsonLibOf(P) != JsonLib::None;
                 });
  return true;
}

void MessageScan::addMapEntry(const ValueDecl *Map, const Expr *Key,
                              const Expr *Handler) {
  if (Handler) {
    Maps[Map].Entries.emplace_back(Key, Handler);
    return;
  }
  // Key is the map's initializer: `{{"a", onA}, {"b", onB}}`.
  const Expr *Init = Key->IgnoreImplicit();
  if (const auto *W = dyn_cast<ExprWithCleanups>(Init))
    Init = W->getSubExpr()->IgnoreImplicit();
  const auto *CE = dyn_cast<CXXConstructExpr>(Init);
  const InitListExpr *List =
      CE && CE->getNumArgs() >= 1 ? initializerList(CE->getArg(0)) : nullptr;
  if (!List)
    return;
  for (const Expr *Element : List->inits()) {
    const Expr *E = unwrapValue(Element);
    if (const auto *Pair = dyn_cast<CXXConstructExpr>(E);
        Pair && Pair->getNumArgs() >= 2)
      Maps[Map].Entries.emplace_back(Pair->getArg(0), Pair->getArg(1));
    else if (const auto *IL = dyn_cast<InitListExpr>(E);
             IL && IL->getNumInits() == 2)
      Maps[Map].Entries.emplace_back(IL->getInit(0), IL->getInit(1));
  }
}

const ParmVarDecl *handlerParam(const Expr *E) {
  const FunctionDecl *FD = nullptr;
  for (unsigned Depth = 0; E && !FD && Depth < 8; ++Depth) {
    E = unwrapValue(E);
    if (const auto *L = dyn_cast<LambdaExpr>(E))
      FD = L->getCallOperator();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      // `std::function` built from the handler, a lambda's copy.
      const CXXRecordDecl *RD = CE->getType()->getAsCXXRecordDecl();
      E = CE->getNumArgs() == 1 && RD &&
                  (RD->isLambda() || isStdName(RD, {"function"}))
              ? CE->getArg(0)
              : nullptr;
    } else if (const auto *UO = dyn_cast<UnaryOperator>(E))
      E = UO->getOpcode() == UO_AddrOf ? UO->getSubExpr() : nullptr;
    else if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      FD = dyn_cast<FunctionDecl>(DRE->getDecl());
    else
      E = nullptr;
  }
  if (FD)
    FD = FD->getDefinition();
  if (!FD)
    return nullptr;
  for (const ParmVarDecl *P : FD->parameters())
    if (jsonLibOf(P->getType()) != JsonLib::None)
      return P;
  return nullptr;
}

bool isSerializerFunction(const FunctionDecl &FD, bool &ToJson,
                          const Type *&T) {
  if (!FD.getIdentifier() || FD.getNumParams() != 2 ||
      jsonLibOf(FD.getParamDecl(0)->getType()) == JsonLib::None)
    return false;
  StringRef Name = FD.getName();
  if (Name != "to_json" && Name != "from_json")
    return false;
  ToJson = Name == "to_json";
  T = FD.getParamDecl(1)
          ->getType()
          .getNonReferenceType()
          .getCanonicalType()
          .getUnqualifiedType()
          .getTypePtr();
  return true;
}

void MessageScan::scanDecl(Decl *D, bool SerializersOnly) {
  if (!D || D->isImplicit() || !inScope(D->getLocation()))
    return;
  if (auto *FT = dyn_cast<FunctionTemplateDecl>(D))
    D = FT->getTemplatedDecl();
  else if (auto *CT = dyn_cast<ClassTemplateDecl>(D))
    D = CT->getTemplatedDecl();
  else if (auto *F = dyn_cast<FriendDecl>(D))
    D = F->getFriendDecl();
  if (!D)
    return;
  if (auto *FD = dyn_cast<FunctionDecl>(D)) {
    bool ToJson = false;
    const Type *T = nullptr;
    if (FD->doesThisDeclarationHaveABody() &&
        isSerializerFunction(*FD, ToJson, T) == SerializersOnly)
      scanFunction(*this, *FD);
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD);
        Ctor && !SerializersOnly)
      for (const CXXCtorInitializer *Init : Ctor->inits()) {
        bool JsonHandlers = false;
        const FieldDecl *Field = Init->getMember();
        if (Field && Init->isWritten() &&
            isHandlerMapType(Field->getType(), JsonHandlers)) {
          Maps[Field].JsonHandlers = JsonHandlers;
          addMapEntry(Field, Init->getInit(), nullptr);
        }
      }
    return;
  }
  if (auto *DD = dyn_cast<DeclaratorDecl>(D)) {
    bool JsonHandlers = false;
    const Expr *Init = nullptr;
    if (const auto *VD = dyn_cast<VarDecl>(DD))
      Init = VD->getInit();
    else if (const auto *FD = dyn_cast<FieldDecl>(DD))
      Init = FD->getInClassInitializer();
    if (!SerializersOnly && Init && !Init->containsErrors() &&
        isHandlerMapType(DD->getType(), JsonHandlers)) {
      Maps[DD].JsonHandlers = JsonHandlers;
      addMapEntry(DD, Init, nullptr);
    }
    return;
  }
  if (auto *DC = dyn_cast<DeclContext>(D))
    if (isa<NamespaceDecl, LinkageSpecDecl, CXXRecordDecl, ExportDecl>(D))
      for (Decl *Child : DC->decls())
        scanDecl(Child, SerializersOnly);
}

void MessageScan::finishHandlers() {
  // Lambdas in initializers outside any function body (a member's default,
  // a global map) have not been scanned yet.
  std::vector<const FunctionDecl *> Lambdas;
  for (auto &[Map, M] : Maps)
    for (const auto &Entry : M.Entries)
      if (const ParmVarDecl *P = handlerParam(Entry.second))
        if (const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext()))
          Lambdas.push_back(F);
  for (const FunctionDecl *F : Lambdas)
    if (inScope(F->getLocation()))
      scanFunction(*this, *F);
  for (auto &[Map, M] : Maps) {
    // A map from strings to handlers is a dispatch on messages when it is
    // indexed with a discriminator or its handlers take a JSON value.
    if (!M.Key && !M.JsonHandlers)
      continue;
    for (const auto &[Key, Handler] : M.Entries) {
      ConsumerDraft C;
      C.Message.Key = M.Key ? *M.Key : Opts.DiscriminatorKeys.front();
      C.Message.Type = resolve(Key);
      C.Message.Loc = locate(Key);
      C.Message.Kind = "map";
      if (const ParmVarDecl *P = handlerParam(Handler))
        C.PassedTo.push_back(P);
      else
        C.Message.OpenFields = true;
      Consumers.push_back(std::move(C));
    }
  }
}

void MessageScan::finishConsumers() {
  for (ConsumerDraft &C : Consumers) {
    for (const ParmVarDecl *P : C.PassedTo) {
      auto It = Params.find(P);
      if (It == Params.end()) {
        // A handler that reads nothing, or one not in view.
        const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext());
        C.Message.OpenFields |= !F || !F->doesThisDeclarationHaveABody() ||
                                !inScope(F->getLocation());
        continue;
      }
      for (const FieldRead &R : It->second.Reads)
        C.Message.Fields.push_back(R);
      C.Message.OpenFields |= It->second.Open;
    }
    Out.Consumed.push_back(std::move(C.Message));
  }
}

ExtractedMessages MessageScan::run() {
  // to_json and from_json first: the functions that build or read a struct
  // use what they write and read.
  for (bool SerializersOnly : {true, false})
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      scanDecl(D, SerializersOnly);
  finishHandlers();
  finishConsumers();
  return std::move(Out);
}

} // namespace wirecheck
