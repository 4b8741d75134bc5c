//===--- TypeClassification.cpp - What a type turns into on the wire ------===//

#include "lib/sinks/TypeClassification.h"
#include "lib/support/Compat.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

static bool isStandardWrapperName(StringRef Name) {
  static constexpr StringRef Wrappers[] = {"vector",
                                           "list",
                                           "deque",
                                           "array",
                                           "forward_list",
                                           "set",
                                           "multiset",
                                           "unordered_set",
                                           "unordered_multiset",
                                           "map",
                                           "multimap",
                                           "unordered_map",
                                           "unordered_multimap",
                                           "optional",
                                           "pair",
                                           "tuple",
                                           "variant",
                                           "span",
                                           "initializer_list"};
  return llvm::is_contained(Wrappers, Name);
}

static const ClassTemplateSpecializationDecl *asStandardWrapper(QualType T) {
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

/// The type arguments of \p Spec, packs expanded.
static void typeArguments(const ClassTemplateSpecializationDecl &Spec,
                          llvm::SmallVectorImpl<QualType> &Types) {
  for (const TemplateArgument &Arg : Spec.getTemplateArgs().asArray()) {
    if (Arg.getKind() == TemplateArgument::Type)
      Types.push_back(Arg.getAsType());
    else if (Arg.getKind() == TemplateArgument::Pack)
      for (const TemplateArgument &P : Arg.pack_elements())
        if (P.getKind() == TemplateArgument::Type)
          Types.push_back(P.getAsType());
  }
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
  llvm::SmallVector<QualType, 4> Types;
  typeArguments(*Spec, Types);
  for (QualType Inner : Types) {
    if (const EnumDecl *ED =
            findCarriedEnumImpl(Inner, InContainer, Depth + 1)) {
      InContainer = true;
      return ED;
    }
  }
  return nullptr;
}

const EnumDecl *findCarriedEnum(QualType T, bool &InContainer) {
  InContainer = false;
  return findCarriedEnumImpl(T, InContainer, 0);
}

AddressKind addressKind(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *PT = T->getAs<PointerType>()) {
    QualType Pointee = PT->getPointeeType();
    if (Pointee->isVoidType() || Pointee->isFunctionType() ||
        isCharacterType(Pointee))
      return AddressKind::None;
    return AddressKind::RawPointer;
  }
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (Spec && Spec->getIdentifier() && isInNamespace(*Spec, "std") &&
      (Spec->getName() == "shared_ptr" || Spec->getName() == "unique_ptr" ||
       Spec->getName() == "weak_ptr"))
    return AddressKind::SmartPointer;
  return AddressKind::None;
}

bool isCharacterType(QualType T) {
  T = T.getCanonicalType().getUnqualifiedType();
  return T->isAnyCharacterType() ||
         T->isSpecificBuiltinType(BuiltinType::SChar) ||
         T->isSpecificBuiltinType(BuiltinType::UChar);
}

QualType addressPointee(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  switch (addressKind(T)) {
  case AddressKind::None:
    return QualType();
  case AddressKind::RawPointer:
    return T->getPointeeType();
  case AddressKind::SmartPointer:
    break;
  }
  const auto *Spec =
      cast<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return QualType();
  return Args[0].getAsType();
}

static const CXXRecordDecl *
findCarriedClassImpl(QualType T,
                     llvm::function_ref<bool(const CXXRecordDecl &)> Pred,
                     bool &InContainer, unsigned Depth) {
  if (T.isNull() || Depth > 4)
    return nullptr;
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isDependentType())
    return nullptr;
  if (const auto *PT = T->getAs<PointerType>())
    return findCarriedClassImpl(PT->getPointeeType(), Pred, InContainer,
                                Depth + 1);
  if (QualType Pointee = addressPointee(T); !Pointee.isNull())
    return findCarriedClassImpl(Pointee, Pred, InContainer, Depth + 1);
  if (const ClassTemplateSpecializationDecl *Spec = asStandardWrapper(T)) {
    llvm::SmallVector<QualType, 4> Types;
    typeArguments(*Spec, Types);
    for (QualType Inner : Types) {
      // Allocators, comparators and hashers are not written.
      const CXXRecordDecl *InnerRD = Inner->getAsCXXRecordDecl();
      if (InnerRD && InnerRD->getIdentifier() &&
          isInNamespace(*InnerRD, "std") &&
          llvm::is_contained({"allocator", "less", "hash", "equal_to"},
                             InnerRD->getName()))
        continue;
      if (const CXXRecordDecl *RD =
              findCarriedClassImpl(Inner, Pred, InContainer, Depth + 1)) {
        InContainer = true;
        return RD;
      }
    }
    return nullptr;
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (RD && RD->hasDefinition() && Pred(*RD))
    return RD;
  return nullptr;
}

const CXXRecordDecl *
findCarriedClass(QualType T,
                 llvm::function_ref<bool(const CXXRecordDecl &)> Pred,
                 bool &InContainer) {
  InContainer = false;
  return findCarriedClassImpl(T, Pred, InContainer, 0);
}

const CXXConversionDecl *implicitConversionOperator(const Expr &Written) {
  const Expr *E = &Written;
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E)) {
      if (Cast->getCastKind() == CK_UserDefinedConversion) {
        const auto *Conversion =
            dyn_cast_or_null<CXXConversionDecl>(Cast->getConversionFunction());
        // A library's own conversion (std::string to std::string_view)
        // keeps the value.
        if (!Conversion ||
            Conversion->getASTContext().getSourceManager().isInSystemHeader(
                Conversion->getLocation()))
          return nullptr;
        return Conversion;
      }
      E = Cast->getSubExpr();
    } else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = M->getSubExpr();
    } else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = B->getSubExpr();
    } else if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      // A copy or move of the converted temporary, or an implicit
      // converting constructor taking the converted value.
      if (isa<CXXTemporaryObjectExpr>(C) || C->getNumArgs() == 0)
        return nullptr;
      E = C->getArg(0);
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

bool hasAnnotation(const Decl &D, StringRef Annotation) {
  for (const auto *A : D.specific_attrs<AnnotateAttr>())
    if (A->getAnnotation() == Annotation)
      return true;
  return false;
}

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
