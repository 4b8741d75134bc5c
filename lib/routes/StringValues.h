//===--- StringValues.h - The text an expression certainly holds -*- C++ -*-=//
//
// Owns the resolution of path and method arguments to text, where it is
// certain: string literals (narrow, wide, user-defined), constants and
// constant arrays, string-class constructions, concatenations with `+`,
// `c_str()`/`data()`, and `fmt::format`/`std::format` with a constant format
// string (each `{}` becomes UnknownChunk, a run-time segment), and, when the
// caller gives a VariableValues, ordinary variables and members whose every
// possible value at the use resolves to the same text. Anything else is
// unresolved, with the reason. Also the HTTP methods an argument names.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_STRINGVALUES_H
#define WIRECHECK_LIB_ROUTES_STRINGVALUES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

class VariableValues;

/// Resolves \p E to the text it certainly holds, or std::nullopt. Run-time
/// parts of format strings become UnknownChunk. With \p Vars, variables
/// that are not constants resolve too when their value at the use is
/// certain. When \p E is unresolved and \p Why is given, it says why
/// ("'path' is a parameter of the function", ...).
std::optional<std::string> resolveStringValue(const clang::Expr *E,
                                              const clang::ASTContext &Ctx,
                                              VariableValues *Vars = nullptr,
                                              std::string *Why = nullptr);

/// The string literal \p E is, when it is one plain (not raw, not wide)
/// literal, possibly converted to a string class; otherwise null.
const clang::StringLiteral *plainStringLiteral(const clang::Expr *E);

/// Adds the normalised method \p Name to \p Out, once; ignores anything that
/// is not an HTTP method.
void addMethod(std::vector<std::string> &Out, llvm::StringRef Name);

/// Collects the HTTP methods named in \p E: enumerators (`drogon::Post`,
/// `crow::HTTPMethod::Post`, `http::verb::post`), static members
/// (`methods::GET`), string literals (`"POST"`, `"POST"_method`) and
/// string constants.
void collectMethods(const clang::Expr *E, const clang::ASTContext &Ctx,
                    std::vector<std::string> &Out);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_STRINGVALUES_H
