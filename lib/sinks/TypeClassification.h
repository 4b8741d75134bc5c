//===--- TypeClassification.h - What a type turns into on the wire -*- C++
//-*-===//
//
// Questions the wire checks ask about the type of a value that reaches a
// sink: which enum it carries (directly or inside standard containers), and
// whether the type has a serializer for a given sink family.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_TYPECLASSIFICATION_H
#define WIRECHECK_LIB_SINKS_TYPECLASSIFICATION_H

#include "lib/sinks/SinkCatalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
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
/// the pointee of a raw or smart pointer, or (recursively) an element of a
/// standard container, optional, pair, tuple or variant. Containers and
/// smart pointers themselves are looked through, not tested. Sets
/// \p InContainer when the class was found inside one of them.
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

/// Returns true if \p FD is, or is instantiated from, a project function
/// template whose value parameter \p ParamIndex is a bare template
/// parameter (`template <class T> void to_json(json &, const T &)`): a
/// serializer written for every type at once. Declarations in system
/// headers are never catch-alls.
bool isCatchAllSerializer(const clang::FunctionDecl &FD, unsigned ParamIndex);

/// Returns true if the declaration has `[[clang::annotate(Annotation)]]`.
bool hasAnnotation(const clang::Decl &D, llvm::StringRef Annotation);

/// Answers "is there a serializer for this type and protocol" once per
/// (type, protocol) and translation unit.
class SerializerLookup {
public:
  /// What exists for one (type, protocol): a serializer of the type's own,
  /// and a catch-all template that would also accept it.
  struct Result {
    bool Own = false;
    const clang::FunctionDecl *CatchAll = nullptr;
  };

  explicit SerializerLookup(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// Returns true if \p D has a serializer for protocol \p P visible in the
  /// translation unit.
  bool hasSerializer(const clang::TagDecl &D, SerializerProtocol P);

  /// Returns the project catch-all serializer (see isCatchAllSerializer)
  /// that writes \p D for protocol \p P when the type has no serializer of
  /// its own; null otherwise.
  const clang::FunctionDecl *catchAllSerializer(const clang::TagDecl &D,
                                                SerializerProtocol P);

  /// Returns true if a call `Fn(value)` with a value of type \p D finds a
  /// function taking it (by argument-dependent lookup, or in the namespace
  /// \p Fn names): the condition for offering `Fn(value)` as a fix-it.
  bool acceptsAsArgument(const clang::TagDecl &D, const QualifiedName &Fn);

private:
  const Result &find(const clang::TagDecl &D, SerializerProtocol P);
  Result compute(const clang::TagDecl &D, SerializerProtocol P);
  Result adlFunction(const clang::TagDecl &D, llvm::StringRef Name,
                     unsigned ParamIndex);
  bool hasUserSpecialization(llvm::ArrayRef<llvm::StringRef> TemplatePath,
                             const clang::TagDecl &D);

  clang::ASTContext &Ctx;
  llvm::DenseMap<std::pair<const clang::TagDecl *, unsigned>, Result> Cache;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_TYPECLASSIFICATION_H
