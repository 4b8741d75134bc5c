//===--- SerializerLookup.h - Does a type write itself to a sink -*- C++
//-*-===//
//
// Serializer lookup: whether a type has a serializer of its own for a
// serializer protocol (`to_json`, `fmt::formatter`, `operator<<`, ...)
// visible in the translation unit, whether only a project catch-all
// template would write it, and whether a conversion function accepts it.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_SERIALIZERLOOKUP_H
#define WIRECHECK_LIB_SINKS_SERIALIZERLOOKUP_H

#include "lib/sinks/SinkFamily.h"
#include "lib/support/QualifiedName.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace wirecheck {

/// Returns true if \p FD is, or is instantiated from, a project function
/// template whose value parameter \p ParamIndex is a bare template
/// parameter (`template <class T> void to_json(json &, const T &)`): a
/// serializer written for every type at once. Declarations in system
/// headers are never catch-alls.
bool isCatchAllSerializer(const clang::FunctionDecl &FD, unsigned ParamIndex);

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

#endif // WIRECHECK_LIB_SINKS_SERIALIZERLOOKUP_H
