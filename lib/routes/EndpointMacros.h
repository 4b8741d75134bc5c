//===--- EndpointMacros.h - oatpp's ENDPOINT macros ------------*- C++ -*-===//
//
// Owns the one framework whose routes are visible only to the preprocessor:
// oatpp's `ENDPOINT("GET", "/path", name, ...)` and `ENDPOINT_ASYNC`, with a
// literal method and path, reported to RouteExtractor::addMacroRoute.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ENDPOINTMACROS_H
#define WIRECHECK_LIB_ROUTES_ENDPOINTMACROS_H

#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include <memory>

namespace wirecheck {

class RouteExtractor;

/// Preprocessor callbacks that report oatpp's endpoints to \p Extractor.
std::unique_ptr<clang::PPCallbacks>
watchEndpointMacros(RouteExtractor &Extractor, clang::Preprocessor &PP);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ENDPOINTMACROS_H
