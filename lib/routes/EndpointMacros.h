//===--- EndpointMacros.h - oatpp's ENDPOINT macros ------------*- C++ -*-===//
//
// Owns what only the preprocessor sees of frameworks: oatpp's routes,
// `ENDPOINT("GET", "/path", name, ...)` and `ENDPOINT_ASYNC` with a literal
// method and path, reported to RouteExtractor::addMacroRoute; and the
// version a framework's header defines (`CPPHTTPLIB_VERSION`, see
// RouteRoles::versionMacros), reported to
// RouteExtractor::setFrameworkVersion.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ENDPOINTMACROS_H
#define WIRECHECK_LIB_ROUTES_ENDPOINTMACROS_H

#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include <memory>

namespace wirecheck {

class RouteExtractor;

/// Preprocessor callbacks that report oatpp's endpoints and framework
/// versions to \p Extractor.
std::unique_ptr<clang::PPCallbacks>
watchEndpointMacros(RouteExtractor &Extractor, clang::Preprocessor &PP);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ENDPOINTMACROS_H
