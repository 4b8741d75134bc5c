//===--- EnumRendering.h - How an enum value can be named as text -*- C++
//-*-===//
//
// Finds what writes an enum by name rather than by number: the to-string
// functions a project declares for an enum (`to_string`, `ToString`,
// `StateToString`, `state_to_string`, ...), which string type they return,
// and whether an expression already names a given enum value.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_ENUMRENDERING_H
#define WIRECHECK_LIB_SINKS_ENUMRENDERING_H

#include "lib/support/OptionLists.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace wirecheck {

/// The string type a to-string function returns, as far as a printf-style
/// fix-it cares.
enum class StringKind : uint8_t {
  None,      ///< Not a string.
  StdString, ///< `std::basic_string`: printed with `%s` and `.c_str()`.
  CString,   ///< A pointer to (const) char: printed with `%s` as is.
  View,      ///< `std::string_view` and friends: not NUL-terminated.
};

/// Classifies \p T (references and cv-qualifiers ignored).
StringKind stringKind(clang::QualType T);

/// Returns true if \p FD takes exactly a value of enum \p ED (by value or
/// reference; further parameters must have defaults), is not a template and
/// returns a string-like type.
bool isEnumNamer(const clang::FunctionDecl &FD, const clang::EnumDecl &ED);

/// The to-string function for \p ED visible from \p UseContext: a function
/// (see isEnumNamer) named `to_string`, `ToString`, `to_string_view`,
/// `name`, `Name`, `<Enum>ToString`, `<Enum>_to_string`,
/// `<Enum>_to_string_view`, `<Enum>Name` or `<enum_snake_case>_to_string`,
/// declared in the enum's enclosing classes or namespaces (found by
/// argument-dependent lookup) or in a namespace enclosing \p UseContext.
/// Returns null if there is none.
const clang::FunctionDecl *findEnumNamer(const clang::EnumDecl &ED,
                                         const clang::DeclContext *UseContext);

/// The function named \p Fn (an option value) that takes exactly \p ED, in
/// the enum's namespaces or at the path \p Fn spells; null if there is none
/// (or only templates, whose return type is not known here).
const clang::FunctionDecl *findNamedEnumNamer(const clang::EnumDecl &ED,
                                              const QualifiedName &Fn);

/// Returns true if \p Candidate names the value \p Value: a call such as
/// `name(v)`, `to_string(v)` or `magic_enum::enum_name(v)` (optionally
/// followed by `.c_str()` or `.data()`) that returns a string and takes the
/// same expression \p Value as an argument.
bool namesValue(const clang::Expr &Candidate, const clang::Expr &Value);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_ENUMRENDERING_H
