//===--- RouteFileCache.h - Manifests and specs read once -------*- C++ -*-===//
//
// The routes of a manifest or an OpenAPI spec named in the check's options,
// parsed once per process and shared: clang-tidy creates the checks anew
// for every translation unit, and clangd for every edit, so without this a
// large manifest would be parsed again each time. An entry is reused while
// the file keeps its size and modification time; a changed file is read
// again. A file that cannot be used is remembered with its error, which is
// reported again for every TU. A usable file's warning (a manifest built
// from TUs that could not be indexed) is handed out once per process and
// version of the file, so a run over many TUs warns once. Safe to use from
// clangd's worker threads.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEFILECACHE_H
#define WIRECHECK_LIB_ROUTES_ROUTEFILECACHE_H

#include "lib/routes/RouteSet.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace wirecheck {

enum class RouteFileKind { Manifest, OpenAPI };

/// The routes of a file, with what was skipped in it.
using SharedRoutes = std::shared_ptr<const RouteDocument>;

/// Returns the routes of the manifest or spec at \p Path, from the cache
/// when the file is unchanged since it was last read. With \p Warning, sets
/// it to what the file says about itself that its reader should hear (see
/// describeUnindexed) the first time this version of the file is loaded in
/// the process, and to an empty string after that.
llvm::Expected<SharedRoutes> loadRouteFile(llvm::StringRef Path,
                                           RouteFileKind Kind,
                                           std::string *Warning = nullptr);

/// How many times a file was read and parsed (not served from the cache)
/// since the process started; for tests.
unsigned routeFileParseCount();

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEFILECACHE_H
