//===--- OpenApi.h - Routes of an OpenAPI document -------------*- C++ -*-===//
//
// Owns the reading of an OpenAPI 3 (or Swagger 2) document, JSON or YAML,
// into the routes it declares: paths and operations, path parameters typed
// `integer` or `number`, and the base path of the first server. Every error
// names the document, line and column. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_OPENAPI_H
#define WIRECHECK_LIB_ROUTES_OPENAPI_H

#include "lib/routes/RouteSet.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace wirecheck {

/// Parses an OpenAPI 3 document in JSON or YAML. Path parameters typed
/// `integer` or `number` in the spec become typed segments; the path of the
/// first server URL is prepended. \p Name is used in errors, which read
/// `Name:line:col: message`.
llvm::Expected<std::vector<RouteEntry>> parseOpenAPISpec(llvm::StringRef Text,
                                                         llvm::StringRef Name);

/// Reads and parses the OpenAPI document \p Path.
llvm::Expected<std::vector<RouteEntry>> readOpenAPISpec(llvm::StringRef Path);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_OPENAPI_H
