//===--- HttpMethods.h - HTTP method names ----------------------*- C++ -*-===//
//
// Owns the names of HTTP methods as frameworks spell them: enumerators
// (`verb::delete_`, `Method::Get`), static members (`methods::DEL`),
// strings, and the words of a helper's name (`postJson`). Has no clang
// dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_HTTPMETHODS_H
#define WIRECHECK_LIB_ROUTES_HTTPMETHODS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace wirecheck {

/// Normalises an HTTP method name: upper case, `DEL` and Boost.Beast's
/// `delete_` -> `DELETE`, `msearch` -> `M-SEARCH`; knows the methods of the
/// IANA registry that frameworks name (WebDAV's `PROPFIND`, ...). Returns
/// an empty string for anything that is not a method.
std::string normalizeMethod(llvm::StringRef Name);

/// Finds the HTTP method in a function name such as `Post`, `postJson` or
/// `http_delete`; empty if there is none. Only the common methods count
/// (`copyFile` is no COPY request).
std::string methodFromFunctionName(llvm::StringRef Name);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_HTTPMETHODS_H
