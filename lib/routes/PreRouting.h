//===--- PreRouting.h - Paths a pre-routing handler answers -----*- C++ -*-===//
//
// cpp-httplib's `set_pre_routing_handler(h)` runs `h` before routing; when
// it returns `Handled`, its response is the answer, whatever routes are
// registered. The usual handler answers a few paths it compares
// `req.path` with (`if (req.path == "/routing_handler") {...; return
// Handled;}`) and leaves the rest to routing; a handler for CORS or
// authentication does not read the path at all. This reads a lambda
// handler's body for those comparisons. A handler that reads the path any
// other way (a prefix, a regex), or that is not a lambda, may answer any
// path.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_PREROUTING_H
#define WIRECHECK_LIB_ROUTES_PREROUTING_H

#include "clang/AST/Expr.h"
#include <optional>
#include <vector>

namespace wirecheck {

/// The expressions a pre-routing handler \p Handler compares the request's
/// path with, in source order (none when it never reads the path), or
/// std::nullopt when it may answer any path.
std::optional<std::vector<const clang::Expr *>>
preRoutingPaths(const clang::Expr *Handler);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_PREROUTING_H
