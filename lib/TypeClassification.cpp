//===--- TypeClassification.cpp - What a type turns into on the wire ------===//

#include "lib/TypeClassification.h"
#include "lib/Compat.h"
#include "lib/DeclNames.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

static bool isStandardWrapperName(StringRef Name) {
  static constexpr StringRef Wrappers[] = {
      "vector",        "list",           "deque",
      "array",         "forward_list",   "set",
      "multiset",      "unordered_set",  "unordered_multiset",
      "map",           "multimap",       "unordered_map",
      "unordered_multimap", "optional",  "pair",
      "tuple",         "variant",        "span",
      "initializer_list"};
  return llvm::is_contained(Wrappers, Name);
}

static const ClassTemplateSpecializationDecl *
asStandardWrapper(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || !Spec->getIdentifier() ||
      !isStandardWrapperName(Spec->getName()) || !isInNamespace(*Spec, "std"))
    return nullptr;
  return Spec;
}

bool isStandardContainer(QualType T) {
  return asStandardWrapper(T.getNonReferenceType()) != nullptr;
}

static bool isStdByte(const EnumDecl &ED) {
  return ED.getIdentifier() && ED.getName() == "byte" &&
         isInNamespace(ED, "std");
}

static const EnumDecl *findCarriedEnumImpl(QualType T, bool &InContainer,
                                           unsigned Depth) {
  if (T.isNull() || Depth > 4)
    return nullptr;
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *ET = T->getAs<EnumType>()) {
    const EnumDecl *ED = ET->getDecl();
    return isStdByte(*ED) ? nullptr : ED;
  }
  const ClassTemplateSpecializationDecl *Spec = asStandardWrapper(T);
  if (!Spec)
    return nullptr;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    llvm::SmallVector<QualType, 2> Types;
    if (Arg.getKind() == TemplateArgument::Type)
      Types.push_back(Arg.getAsType());
    else if (Arg.getKind() == TemplateArgument::Pack)
      for (const TemplateArgument &P : Arg.pack_elements())
        if (P.getKind() == TemplateArgument::Type)
          Types.push_back(P.getAsType());
    for (QualType Inner : Types) {
      if (const EnumDecl *ED = findCarriedEnumImpl(Inner, InContainer,
                                                   Depth + 1)) {
        InContainer = true;
        return ED;
      }
    }
  }
  return nullptr;
}

const EnumDecl *findCarriedEnum(QualType T, bool &InContainer) {
  InContainer = false;
  return findCarriedEnumImpl(T, InContainer, 0);
}

bool hasAnnotation(const Decl &D, StringRef Annotation) {
  for (const auto *A : D.specific_attrs<AnnotateAttr>())
    if (A->getAnnotation() == Annotation)
      return true;
  return false;
}

bool SerializerLookup::hasSerializer(const TagDecl &D, SerializerProtocol P) {
  if (P == SerializerProtocol::None)
    return false;
  const TagDecl *Def = D.getDefinition() ? D.getDefinition() : &D;
  auto Key = std::make_pair(Def, static_cast<unsigned>(P));
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  bool Result = compute(*Def, P);
  Cache[Key] = Result;
  return Result;
}

bool SerializerLookup::compute(const TagDecl &D, SerializerProtocol P) {
  switch (P) {
  case SerializerProtocol::None:
    return false;
  case SerializerProtocol::NlohmannToJson:
    return hasAdlFunction(D, "to_json", 1) ||
           hasUserSpecialization({"nlohmann", "adl_serializer"}, D);
  case SerializerProtocol::FmtFormatter:
    return hasAdlFunction(D, "format_as", 0) ||
           hasUserSpecialization({"fmt", "formatter"}, D);
  case SerializerProtocol::StdFormatter:
    return hasUserSpecialization({"std", "formatter"}, D);
  case SerializerProtocol::Ostream:
    return hasAdlFunction(D, "operator<<", 1);
  case SerializerProtocol::AbslStringify:
    return hasAdlFunction(D, "AbslStringify", 1);
  case SerializerProtocol::AnyText:
    return compute(D, SerializerProtocol::FmtFormatter) ||
           compute(D, SerializerProtocol::StdFormatter) ||
           compute(D, SerializerProtocol::Ostream) ||
           compute(D, SerializerProtocol::AbslStringify);
  }
  llvm_unreachable("unknown protocol");
}

/// Returns true if parameter \p Index of \p FD has type \p D (by value or
/// reference, any cv), or is a bare template parameter (a serializer written
/// for many types at once).
static bool paramTakes(const FunctionDecl &FD, unsigned Index,
                       const TagDecl &D) {
  if (Index >= FD.getNumParams())
    return false;
  QualType T = FD.getParamDecl(Index)->getType().getNonReferenceType();
  if (T->getAs<TemplateTypeParmType>())
    return true;
  const TagDecl *Tag = T->getAsTagDecl();
  return Tag && Tag->getCanonicalDecl() == D.getCanonicalDecl();
}

static bool declTakes(const NamedDecl *ND, unsigned Index, const TagDecl &D) {
  if (const auto *Friend = dyn_cast<FriendDecl>(ND))
    ND = Friend->getFriendDecl();
  if (!ND)
    return false;
  if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(ND))
    ND = FTD->getTemplatedDecl();
  const auto *FD = dyn_cast<FunctionDecl>(ND);
  return FD && paramTakes(*FD, Index, D);
}

bool SerializerLookup::hasAdlFunction(const TagDecl &D, StringRef Name,
                                      unsigned ParamIndex) {
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
        if (ND->getDeclName() == DN && declTakes(ND, ParamIndex, D))
          return true;
    for (const NamedDecl *ND : RD->lookup(DN))
      if (declTakes(ND, ParamIndex, D))
        return true;
  }
  // The innermost enclosing namespace (ADL's associated namespace).
  const DeclContext *NS = D.getDeclContext();
  while (NS && !NS->isFileContext())
    NS = NS->getParent();
  if (!NS)
    return false;
  for (const NamedDecl *ND : NS->getPrimaryContext()->lookup(DN))
    if (declTakes(ND, ParamIndex, D))
      return true;
  return false;
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
