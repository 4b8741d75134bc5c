//===--- DeclNames.h - Matching declarations by qualified name --*- C++ -*-===//
//
// What the models ask about a declaration's name: does it match a
// QualifiedName pattern, which top-level namespace is it in, is it `std::X`,
// and how is it written for a diagnostic. Inline namespaces (nlohmann's
// `json_abi_v3_11_2`, fmt's `v9`, libc++'s `__1`) and linkage specs are
// skipped, as clang's own hasName matcher does.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_DECLNAMES_H
#define WIRECHECK_LIB_SUPPORT_DECLNAMES_H

#include "lib/support/QualifiedName.h"
#include "clang/AST/Decl.h"
#include <string>

namespace wirecheck {

/// Returns true if \p D's qualified name matches \p Name.
bool matchesName(const clang::NamedDecl &D, const QualifiedName &Name);

/// Returns true if \p D matches any of \p Names.
bool matchesAnyName(const clang::NamedDecl &D,
                    llvm::ArrayRef<QualifiedName> Names);

/// Returns true if \p D is declared (directly or nested) inside the namespace
/// with the given top-level name, e.g. "nlohmann" or "fmt".
bool isInNamespace(const clang::Decl &D, llvm::StringRef TopLevel);

/// Returns true if \p D is `std::X` for one of the simple names \p Names:
/// named X and declared in namespace `std` (directly, or in a namespace
/// nested in it such as `std::chrono` or `std::__cxx11`). False for null.
bool isStdName(const clang::NamedDecl *D,
               llvm::ArrayRef<llvm::StringRef> Names);

/// Returns the name of the outermost namespace \p D is declared in, or an
/// empty string at global scope.
llvm::StringRef topLevelNamespace(const clang::Decl &D);

/// The qualified name of \p D without inline namespaces or template
/// arguments, e.g. "nlohmann::basic_json::push_back".
std::string plainQualifiedName(const clang::NamedDecl &D);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_DECLNAMES_H
