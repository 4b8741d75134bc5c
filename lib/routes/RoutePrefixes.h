//===--- RoutePrefixes.h - What frameworks put before a path ---*- C++ -*-===//
//
// Owns the prefixes frameworks put before the path a call names: a Crow
// blueprint's prefix, a Drogon controller's qualified name, the base URI a
// cpprestsdk client was constructed with; and how a prefix and a
// path are joined.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEPREFIXES_H
#define WIRECHECK_LIB_ROUTES_ROUTEPREFIXES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace wirecheck {

/// \p Path appended to \p Prefix with exactly one `/` between them, as
/// cpprestsdk's `uri_builder::append` does; an empty or `/` path adds
/// nothing.
std::string joinPath(llvm::StringRef Prefix, llvm::StringRef Path);

/// The variable or field an expression names, through casts; null if none.
const clang::ValueDecl *namedVariable(const clang::Expr *E);

/// Crow's rule prefix: `crow::Blueprint bp("api")` gives "/api".
std::optional<std::string> blueprintPrefix(const clang::Expr *Object,
                                           const clang::ASTContext &Ctx);

/// Drogon prefixes METHOD_ADD paths with the controller's qualified name:
/// `api::v1::User` gives "/api/v1/User".
std::optional<std::string> drogonClassPrefix(const clang::FunctionDecl &FD);

/// The base URI the client \p Object was constructed with, without its
/// query and fragment (`http_client client(U("http://host/api"))` gives
/// "http://host/api"); empty when there is none or it is not known.
std::string clientBaseUri(const clang::Expr *Object,
                          const clang::ASTContext &Ctx);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEPREFIXES_H
