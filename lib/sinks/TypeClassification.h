//===--- TypeClassification.h - What a type becomes on the wire -*- C++ -*-===//
//
// What the type of a value that reaches a sink turns into on the wire: the
// enum or class it carries (directly, through pointers, or inside standard
// containers), whether it is written as an address, and whether an implicit
// conversion operator replaces it on the way. Whether the type has a
// serializer is SerializerLookup's question.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_TYPECLASSIFICATION_H
#define WIRECHECK_LIB_SINKS_TYPECLASSIFICATION_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace wirecheck {

/// The enum a value of type \p T writes out: T itself, or the element, key,
/// value or alternative of a standard container, optional, pair, tuple or
/// variant (recursively). Sets \p InContainer when it was found inside one.
/// `std::byte` is not an enum for this purpose.
const clang::EnumDecl *findCarriedEnum(clang::QualType T, bool &InContainer);

/// Returns true if \p T is one of the standard wrappers findCarriedEnum
/// looks through.
bool isStandardContainer(clang::QualType T);

/// How a value of some type is written when it is written as an address.
enum class AddressKind : uint8_t {
  None,         ///< Not an address (or a character string, or `void *`).
  RawPointer,   ///< `T *` to an object type other than a character type.
  SmartPointer, ///< `std::shared_ptr`, `std::unique_ptr`, `std::weak_ptr`.
};

/// Classifies \p T as an address on the wire. `void *` is a deliberate
/// address (what `fmt::ptr` and `static_cast<const void *>` produce) and is
/// not reported; character pointers are strings.
AddressKind addressKind(clang::QualType T);

/// The type a raw or smart pointer of type \p T points to (see
/// addressKind), or a null type.
clang::QualType addressPointee(clang::QualType T);

/// Returns true if \p T is `char`, `signed`/`unsigned char`, `wchar_t`,
/// `char8_t`, `char16_t` or `char32_t` (any cv).
bool isCharacterType(clang::QualType T);

/// The first class type carried by \p T that satisfies \p Pred: T itself,
/// the pointee of a raw or smart pointer, the value of `fmt::streamed(v)`,
/// or (recursively) an element of a standard container, optional, pair,
/// tuple or variant. Containers, views and smart pointers themselves are
/// looked through, not tested. Sets \p InContainer when the class was found
/// inside a container.
const clang::CXXRecordDecl *
findCarriedClass(clang::QualType T,
                 llvm::function_ref<bool(const clang::CXXRecordDecl &)> Pred,
                 bool &InContainer);

/// The user-defined conversion operator applied implicitly to the value
/// \p Written on its way into a sink (`std::cout << session` through
/// `operator bool`), or null. Explicit calls and casts are deliberate and
/// are not returned, nor are conversions declared in system headers
/// (`std::string` to `std::string_view` keeps the value).
const clang::CXXConversionDecl *
implicitConversionOperator(const clang::Expr &Written);

/// Returns true if the declaration has `[[clang::annotate(Annotation)]]`.
bool hasAnnotation(const clang::Decl &D, llvm::StringRef Annotation);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_TYPECLASSIFICATION_H
