//===--- TypeClassification.h - What a type turns into on the wire -*- C++ -*-===//
//
// Questions the wire checks ask about the type of a value that reaches a
// sink: which enum it carries (directly or inside standard containers), and
// whether the type has a serializer for a given sink family.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_TYPECLASSIFICATION_H
#define WIRECHECK_LIB_TYPECLASSIFICATION_H

#include "lib/SinkCatalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace wirecheck {

/// The enum a value of type \p T writes out: T itself, or the element, key,
/// value or alternative of a standard container, optional, pair, tuple or
/// variant (recursively). Sets \p InContainer when it was found inside one.
/// `std::byte` is not an enum for this purpose.
const clang::EnumDecl *findCarriedEnum(clang::QualType T, bool &InContainer);

/// Returns true if \p T is one of the standard wrappers findCarriedEnum
/// looks through.
bool isStandardContainer(clang::QualType T);

/// Returns true if the declaration has `[[clang::annotate(Annotation)]]`.
bool hasAnnotation(const clang::Decl &D, llvm::StringRef Annotation);

/// Answers "is there a serializer for this type and protocol" once per
/// (type, protocol) and translation unit.
class SerializerLookup {
public:
  explicit SerializerLookup(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// Returns true if \p D has a serializer for protocol \p P visible in the
  /// translation unit.
  bool hasSerializer(const clang::TagDecl &D, SerializerProtocol P);

private:
  bool compute(const clang::TagDecl &D, SerializerProtocol P);
  bool hasAdlFunction(const clang::TagDecl &D, llvm::StringRef Name,
                      unsigned ParamIndex);
  bool hasUserSpecialization(llvm::ArrayRef<llvm::StringRef> TemplatePath,
                             const clang::TagDecl &D);

  clang::ASTContext &Ctx;
  llvm::DenseMap<std::pair<const clang::TagDecl *, unsigned>, bool> Cache;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_TYPECLASSIFICATION_H
