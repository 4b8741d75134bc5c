//===--- QualifiedName.h - C++ qualified names in options -------*- C++ -*-===//
//
// The QualifiedName value type: a name such as `::ns::Class::method` as an
// option spells it, parsed into components, printed back, and joined into
// the "'a', 'b' or 'c'" lists diagnostics show. Has no clang dependency;
// matching against declarations is DeclNames' job.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_QUALIFIEDNAME_H
#define WIRECHECK_LIB_SUPPORT_QUALIFIEDNAME_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// A C++ qualified name such as `::ns::Class::method` split into components.
/// A leading `::` anchors the name at the global namespace; otherwise the
/// name matches any declaration whose qualified name ends with it.
struct QualifiedName {
  std::vector<std::string> Components;
  bool Anchored = false;

  /// Parses \p Text; returns std::nullopt when it is not a well-formed
  /// qualified identifier (empty components, stray characters, ...).
  static std::optional<QualifiedName> parse(llvm::StringRef Text);
  std::string str() const;
};

/// Joins \p Names for a diagnostic, each quoted, the last one with "or":
/// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. Empty for no names.
std::string joinQuotedNames(llvm::ArrayRef<QualifiedName> Names);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_QUALIFIEDNAME_H
