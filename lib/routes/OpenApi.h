//===--- OpenApi.h - Routes of an OpenAPI document -------------*- C++ -*-===//
//
// Owns the reading of an OpenAPI 3 (or Swagger 2) document, JSON or YAML,
// into the routes it declares: paths and operations under the base path of
// every server (OpenApiServers), path parameters with the values their
// schemas allow (ParamSchema), local `$ref`s followed (path items,
// parameters, schemas; lib/support/DocumentRefs) and `x-internal`
// operations marked. A document that is not OpenAPI is an error; one
// unusable path, operation or parameter is reported at its line and column
// and left out, and the rest applies. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_OPENAPI_H
#define WIRECHECK_LIB_ROUTES_OPENAPI_H

#include "lib/routes/RouteSet.h"
#include "llvm/Support/Error.h"

namespace wirecheck {

/// Parses an OpenAPI 3 document in JSON or YAML. \p Name is used in errors
/// and messages, which read `Name:line:col: message`.
llvm::Expected<RouteDocument> parseOpenAPISpec(llvm::StringRef Text,
                                               llvm::StringRef Name);

/// Reads and parses the OpenAPI document \p Path.
llvm::Expected<RouteDocument> readOpenAPISpec(llvm::StringRef Path);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_OPENAPI_H
