//===--- TypeClassification.cpp - What a type becomes on the wire ---------===//

#include "lib/sinks/TypeClassification.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

/// The standard class templates whose type arguments are written out.
static constexpr StringRef StandardWrappers[] = {"vector",
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

static const ClassTemplateSpecializationDecl *asStandardWrapper(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  return isStdName(Spec, StandardWrappers) ? Spec : nullptr;
}

bool isStandardContainer(QualType T) {
  return asStandardWrapper(T.getNonReferenceType()) != nullptr;
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
    // `std::byte` is raw storage, not an enumeration of states.
    return isStdName(ED, {"byte"}) ? nullptr : ED;
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
  if (isStdName(Spec, {"shared_ptr", "unique_ptr", "weak_ptr"}))
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

/// The value `fmt::streamed(v)` views (written through its operator<<), or
/// a null type.
static QualType streamedValue(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || !Spec->getIdentifier() || Spec->getName() != "streamed_view" ||
      !isInNamespace(*Spec, "fmt"))
    return QualType();
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
  if (QualType Viewed = streamedValue(T); !Viewed.isNull())
    return findCarriedClassImpl(Viewed, Pred, InContainer, Depth + 1);
  if (const ClassTemplateSpecializationDecl *Spec = asStandardWrapper(T)) {
    llvm::SmallVector<QualType, 4> Types;
    typeArguments(*Spec, Types);
    for (QualType Inner : Types) {
      // Allocators, comparators and hashers are not written.
      if (isStdName(Inner->getAsCXXRecordDecl(),
                    {"allocator", "less", "hash", "equal_to"}))
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

} // namespace wirecheck
