//===--- SerializerLookup.cpp - Does a type write itself to a sink --------===//

#include "lib/sinks/SerializerLookup.h"
#include "lib/support/Compat.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

bool SerializerLookup::hasSerializer(const TagDecl &D, SerializerProtocol P) {
  const Result &R = find(D, P);
  return R.Own || R.CatchAll;
}

const FunctionDecl *SerializerLookup::catchAllSerializer(const TagDecl &D,
                                                         SerializerProtocol P) {
  const Result &R = find(D, P);
  return R.Own ? nullptr : R.CatchAll;
}

const SerializerLookup::Result &SerializerLookup::find(const TagDecl &D,
                                                       SerializerProtocol P) {
  const TagDecl *Def = D.getDefinition() ? D.getDefinition() : &D;
  auto Key = std::make_pair(Def, static_cast<unsigned>(P));
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  Result R = P == SerializerProtocol::None ? Result() : compute(*Def, P);
  return Cache[Key] = R;
}

/// Merges what two lookups found.
static void merge(SerializerLookup::Result &Into,
                  const SerializerLookup::Result &From) {
  Into.Own |= From.Own;
  if (!Into.CatchAll)
    Into.CatchAll = From.CatchAll;
}

SerializerLookup::Result SerializerLookup::compute(const TagDecl &D,
                                                   SerializerProtocol P) {
  Result R;
  switch (P) {
  case SerializerProtocol::None:
    return R;
  case SerializerProtocol::NlohmannToJson:
    R = adlFunction(D, "to_json", 1);
    R.Own |= hasUserSpecialization({"nlohmann", "adl_serializer"}, D);
    return R;
  case SerializerProtocol::FmtFormatter:
    R = adlFunction(D, "format_as", 0);
    R.Own |= hasUserSpecialization({"fmt", "formatter"}, D);
    return R;
  case SerializerProtocol::StdFormatter:
    R.Own = hasUserSpecialization({"std", "formatter"}, D);
    return R;
  case SerializerProtocol::Ostream:
    return adlFunction(D, "operator<<", 1);
  case SerializerProtocol::AbslStringify:
    return adlFunction(D, "AbslStringify", 1);
  case SerializerProtocol::AnyText:
    for (SerializerProtocol Text :
         {SerializerProtocol::FmtFormatter, SerializerProtocol::StdFormatter,
          SerializerProtocol::Ostream, SerializerProtocol::AbslStringify})
      merge(R, compute(D, Text));
    return R;
  }
  llvm_unreachable("unknown protocol");
}

/// The function a found declaration stands for (through friends and
/// function templates).
static const FunctionDecl *asFunction(const NamedDecl *ND) {
  if (const auto *Friend = dyn_cast_or_null<FriendDecl>(ND))
    ND = Friend->getFriendDecl();
  if (const auto *FTD = dyn_cast_or_null<FunctionTemplateDecl>(ND))
    ND = FTD->getTemplatedDecl();
  return dyn_cast_or_null<FunctionDecl>(ND);
}

/// Returns true if parameter \p Index of \p FD is a bare template parameter
/// (`T`, `const T &`, `T &&`).
static bool isBareTemplateParam(const FunctionDecl &FD, unsigned Index) {
  if (Index >= FD.getNumParams())
    return false;
  QualType T = FD.getParamDecl(Index)->getType().getNonReferenceType();
  return T->getAs<TemplateTypeParmType>() != nullptr;
}

/// Records in \p R whether \p ND serializes \p D at parameter \p Index:
/// by taking the type itself (by value or reference, any cv), or as a
/// catch-all.
static void noteCandidate(const NamedDecl *ND, unsigned Index, const TagDecl &D,
                          SerializerLookup::Result &R) {
  const FunctionDecl *FD = asFunction(ND);
  if (!FD || Index >= FD->getNumParams())
    return;
  if (isBareTemplateParam(*FD, Index)) {
    if (!R.CatchAll && isCatchAllSerializer(*FD, Index))
      R.CatchAll = FD;
    else if (!isCatchAllSerializer(*FD, Index))
      R.Own = true; // A library's generic serializer: trust it.
    return;
  }
  QualType T = FD->getParamDecl(Index)->getType().getNonReferenceType();
  const TagDecl *Tag = T->getAsTagDecl();
  if (Tag && Tag->getCanonicalDecl() == D.getCanonicalDecl())
    R.Own = true;
}

SerializerLookup::Result SerializerLookup::adlFunction(const TagDecl &D,
                                                       StringRef Name,
                                                       unsigned ParamIndex) {
  Result R;
  DeclarationName DN;
  if (Name == "operator<<")
    DN = Ctx.DeclarationNames.getCXXOperatorName(OO_LessLess);
  else
    DN = DeclarationName(&Ctx.Idents.get(Name));

  // Hidden friends of the type itself and of the classes it is nested in.
  for (const DeclContext *DC = &D; DC; DC = DC->getParent()) {
    const auto *RD = dyn_cast<CXXRecordDecl>(DC);
    if (!RD)
      break;
    if (!RD->hasDefinition())
      continue;
    for (const FriendDecl *F : RD->getDefinition()->friends())
      if (const NamedDecl *ND = F->getFriendDecl())
        if (ND->getDeclName() == DN)
          noteCandidate(ND, ParamIndex, D, R);
    for (const NamedDecl *ND : RD->lookup(DN))
      noteCandidate(ND, ParamIndex, D, R);
  }
  // The innermost enclosing namespace (ADL's associated namespace).
  const DeclContext *NS = D.getDeclContext();
  while (NS && !NS->isFileContext())
    NS = NS->getParent();
  if (NS)
    for (const NamedDecl *ND : NS->getPrimaryContext()->lookup(DN))
      noteCandidate(ND, ParamIndex, D, R);
  return R;
}

bool isCatchAllSerializer(const FunctionDecl &FD, unsigned ParamIndex) {
  const FunctionDecl *Pattern = &FD;
  if (const FunctionDecl *From = FD.getTemplateInstantiationPattern())
    Pattern = From;
  if (!Pattern->getDescribedFunctionTemplate() &&
      !Pattern->getPrimaryTemplate())
    return false;
  if (!isBareTemplateParam(*Pattern, ParamIndex))
    return false;
  const SourceManager &SM = FD.getASTContext().getSourceManager();
  return !SM.isInSystemHeader(Pattern->getLocation());
}

static const NamedDecl *lookupPath(ASTContext &Ctx,
                                   llvm::ArrayRef<StringRef> Path) {
  const DeclContext *DC = Ctx.getTranslationUnitDecl();
  const NamedDecl *Found = nullptr;
  for (StringRef Component : Path) {
    if (!DC)
      return nullptr;
    Found = nullptr;
    for (const NamedDecl *ND :
         DC->lookup(DeclarationName(&Ctx.Idents.get(Component)))) {
      Found = ND;
      break;
    }
    if (!Found)
      return nullptr;
    DC = dyn_cast<DeclContext>(Found);
  }
  return Found;
}

bool SerializerLookup::acceptsAsArgument(const TagDecl &D,
                                         const QualifiedName &Fn) {
  if (Fn.Components.empty())
    return false;
  const Result ByAdl = adlFunction(D, Fn.Components.back(), 0);
  if (ByAdl.Own || ByAdl.CatchAll)
    return true;
  llvm::SmallVector<StringRef, 4> Path(Fn.Components.begin(),
                                       Fn.Components.end() - 1);
  const DeclContext *DC =
      Path.empty() ? Ctx.getTranslationUnitDecl()
                   : dyn_cast_or_null<DeclContext>(lookupPath(Ctx, Path));
  if (!DC)
    return false;
  for (const NamedDecl *ND :
       DC->lookup(DeclarationName(&Ctx.Idents.get(Fn.Components.back())))) {
    Result Named;
    noteCandidate(ND, 0, D, Named);
    if (Named.Own || Named.CatchAll)
      return true;
  }
  return false;
}

bool SerializerLookup::hasUserSpecialization(
    llvm::ArrayRef<StringRef> TemplatePath, const TagDecl &D) {
  const auto *CTD =
      dyn_cast_or_null<ClassTemplateDecl>(lookupPath(Ctx, TemplatePath));
  if (!CTD)
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  QualType Wanted = canonicalTagType(Ctx, D);
  for (const ClassTemplateSpecializationDecl *Spec :
       CTD->getMostRecentDecl()->specializations()) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type ||
        Ctx.getCanonicalType(Args[0].getAsType()) != Wanted)
      continue;
    if (Spec->isExplicitSpecialization())
      return true;
    // Instantiated from a partial specialization the project wrote.
    auto From = Spec->getSpecializedTemplateOrPartial();
    if (const auto *Partial =
            From.dyn_cast<ClassTemplatePartialSpecializationDecl *>())
      if (!SM.isInSystemHeader(Partial->getLocation()))
        return true;
  }
  return false;
}

} // namespace wirecheck
