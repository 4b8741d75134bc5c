//===--- CodeOwner.h - Whose code writes a value ----------------*- C++ -*-===//
//
// A value written to a sink inside a library's own code (a vendored
// nlohmann or spdlog that is not a system header, instantiated with the
// project's types) is the library's business: the project's finding is at
// its own call site. This unit finds the function a written value belongs
// to, without a parent map, and says whether that is library code.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_CODEOWNER_H
#define WIRECHECK_LIB_SINKS_CODEOWNER_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace wirecheck {

/// The function (or lambda call operator) owning the first parameter or
/// local variable that \p E reads; null when it reads none.
const clang::FunctionDecl *owningFunction(const clang::Expr &E);

/// Returns true if \p FD, or the function a lambda or local class of it is
/// nested in, is a library's: declared in a system header or in a library
/// namespace (see isInLibraryNamespace).
bool isLibraryCode(const clang::FunctionDecl &FD);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_CODEOWNER_H
