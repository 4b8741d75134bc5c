//===--- ObjectRendering.cpp - What an object turns into when written -----===//

#include "lib/sinks/ObjectRendering.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace wirecheck {

bool isIntendedAddress(const Expr &Written) {
  const Expr *E = Written.IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(E))
    return true;
  if (const auto *Op = dyn_cast<UnaryOperator>(E))
    return Op->getOpcode() == UO_AddrOf;
  const auto *Call = dyn_cast<CallExpr>(E);
  return Call && isStdName(Call->getDirectCallee(), {"addressof"});
}

SerializerProtocol pointeeProtocol(SinkFamily F) {
  switch (F) {
  case SinkFamily::Ostream:
    return SerializerProtocol::Ostream;
  case SinkFamily::Printf:
  case SinkFamily::ProjectLog:
    return SerializerProtocol::AnyText;
  default:
    return serializerProtocol(F);
  }
}

bool pointeeWasMeant(QualType T, SinkFamily F, SerializerLookup &Serializers) {
  QualType Pointee = addressPointee(T);
  if (Pointee.isNull())
    return false;
  const TagDecl *Tag = Pointee->getAsTagDecl();
  if (!Tag || !Tag->getDefinition())
    return false;
  SerializerProtocol P = pointeeProtocol(F);
  return P != SerializerProtocol::None && Serializers.hasSerializer(*Tag, P);
}

bool writesTextAsAddress(const FunctionDecl &Sink, QualType T) {
  const auto *M = dyn_cast<CXXMethodDecl>(&Sink);
  if (!M || M->getOverloadedOperator() != OO_LessLess ||
      M->getNumParams() != 1 || !isStdName(M->getParent(), {"basic_ostream"}))
    return false;
  const auto *Param = M->getParamDecl(0)->getType()->getAs<PointerType>();
  const auto *Arg = T.getNonReferenceType()->getAs<PointerType>();
  return Param && Param->getPointeeType()->isVoidType() && Arg &&
         isCharacterType(Arg->getPointeeType());
}

static bool hasMethodNamed(const CXXRecordDecl &RD, StringRef Name) {
  return llvm::any_of(RD.methods(), [&](const CXXMethodDecl *M) {
    return M->getIdentifier() && M->getName() == Name;
  });
}

static bool isStdString(const CXXRecordDecl &RD) {
  return isStdName(&RD, {"basic_string"});
}

bool isStringClass(const CXXRecordDecl &RD) {
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def)
    return false;
  auto LooksLikeString = [](const CXXRecordDecl &C) {
    return isStdString(C) || hasMethodNamed(C, "c_str") ||
           (hasMethodNamed(C, "data") &&
            (hasMethodNamed(C, "size") || hasMethodNamed(C, "length")));
  };
  if (LooksLikeString(*Def))
    return true;
  // A class deriving from a string class (or std::string) is one too.
  return !Def->forallBases(
      [&](const CXXRecordDecl *Base) { return !LooksLikeString(*Base); });
}

/// `std::basic_string_view` or `fmt::basic_string_view`.
static bool isStringView(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->getIdentifier() && RD->getName() == "basic_string_view" &&
         (isInNamespace(*RD, "std") || isInNamespace(*RD, "fmt"));
}

bool convertsToOwnText(const CXXConversionDecl &Conversion) {
  QualType To = Conversion.getConversionType().getNonReferenceType();
  bool ToText = false;
  if (const auto *PT = To->getAs<PointerType>())
    ToText = isCharacterType(PT->getPointeeType());
  else if (const CXXRecordDecl *RD = To->getAsCXXRecordDecl())
    ToText = isStdString(*RD) || isStringView(To);
  return ToText && isStringClass(*Conversion.getParent());
}

bool convertsToWrappedNumber(const CXXConversionDecl &Conversion) {
  ASTContext &Ctx = Conversion.getASTContext();
  QualType To =
      Conversion.getConversionType().getNonReferenceType().getUnqualifiedType();
  if (!To->isArithmeticType())
    return false;
  // A constructor `C(T)` or `C(const T &)`, further parameters defaulted,
  // that is not explicit: T converts to the class as the class to T.
  return llvm::any_of(Conversion.getParent()->ctors(), [&](const auto *Ctor) {
    if (Ctor->isExplicit() || Ctor->getNumParams() == 0 ||
        Ctor->getMinRequiredArguments() > 1 || Ctor->isCopyOrMoveConstructor())
      return false;
    QualType From = Ctor->getParamDecl(0)
                        ->getType()
                        .getNonReferenceType()
                        .getUnqualifiedType();
    return Ctx.hasSameType(From, To);
  });
}

const CXXConversionDecl *stringViewConversion(const CXXRecordDecl &RD) {
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def)
    return nullptr;
  const SourceManager &SM = Def->getASTContext().getSourceManager();
  for (const NamedDecl *ND : Def->getVisibleConversionFunctions()) {
    const auto *Conversion =
        dyn_cast<CXXConversionDecl>(ND->getUnderlyingDecl());
    if (Conversion && !Conversion->isExplicit() &&
        isStringView(Conversion->getConversionType()) &&
        !SM.isInSystemHeader(Conversion->getLocation()))
      return Conversion;
  }
  return nullptr;
}

} // namespace wirecheck
