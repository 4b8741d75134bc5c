//===--- DeclNames.h - Matching declarations by qualified name --*- C++ -*-===//
//
// Fast matching of clang declarations against QualifiedName patterns. Inline
// namespaces (nlohmann's `json_abi_v3_11_2`, fmt's `v9`) and linkage specs
// are skipped, as clang's own hasName matcher does.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_DECLNAMES_H
#define WIRECHECK_LIB_SUPPORT_DECLNAMES_H

#include "lib/support/OptionLists.h"
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

/// Returns the name of the outermost namespace \p D is declared in, or an
/// empty string at global scope.
llvm::StringRef topLevelNamespace(const clang::Decl &D);

/// The qualified name of \p D without inline namespaces or template
/// arguments, e.g. "nlohmann::basic_json::push_back".
std::string plainQualifiedName(const clang::NamedDecl &D);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_DECLNAMES_H
