//===--- OpenApiServers.h - Base paths of OpenAPI servers -------*- C++ -*-===//
//
// Owns what an OpenAPI `servers` list contributes to a route: the path of
// each server URL, and nothing else. Absolute URLs
// (`https://api.example.com/v1`), relative ones (`/v1`), spaces around the
// URL, server variables (`{scheme}://{host}/api/{version}` with
// `variables.*.default`) and several servers are understood; the scheme and
// host never become part of a route. Also the `{name}` expansion that
// server URLs and path templates share. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_OPENAPISERVERS_H
#define WIRECHECK_LIB_ROUTES_OPENAPISERVERS_H

#include "lib/support/Document.h"
#include <string>
#include <utility>
#include <vector>

namespace wirecheck {

/// \p Text with each `{name}` replaced by \p Replace(name): the expansion
/// of server URL variables and of path templates alike. Text after an
/// unclosed '{' is kept as it is.
std::string
expandBraces(llvm::StringRef Text,
             llvm::function_ref<std::string(llvm::StringRef)> Replace);

/// The distinct base paths of the servers list \p Servers, in order, each
/// without a trailing '/' ("" for the root). A server that cannot be used
/// (not a mapping, no `url`, a variable in its path without a default) is
/// left out with a message in \p Problems. No usable server: {""}.
std::vector<std::string>
serverBasePaths(const DocNode &Servers,
                std::vector<std::pair<const DocNode *, std::string>> &Problems);

/// The path of the server URL \p Url once its variables are replaced by
/// \p Defaults; std::nullopt when a variable of the path has no default.
std::optional<std::string> serverPath(
    llvm::StringRef Url,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Default);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_OPENAPISERVERS_H
