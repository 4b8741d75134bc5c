//===--- ManifestJson.h - The route manifest file --------------*- C++ -*-===//
//
// Owns the manifest `wirecheck-routes --manifest-out` writes and
// `wire-route-mismatch` reads (option RouteManifest): its JSON format, read
// with every error at its line and column, and written so that it reads
// back; one unusable route is reported and left out. Has no clang
// dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_MANIFESTJSON_H
#define WIRECHECK_LIB_ROUTES_MANIFESTJSON_H

#include "lib/routes/RouteSet.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace wirecheck {

/// Parses a route manifest (the JSON `wirecheck-routes --manifest-out`
/// writes). \p Name is used in errors, which read `Name:line:col: message`.
/// A file that is no manifest is an error; one unusable route is reported
/// in Skipped and left out.
llvm::Expected<RouteDocument> parseRouteManifest(llvm::StringRef Text,
                                                 llvm::StringRef Name);

/// Reads and parses the manifest file \p Path.
llvm::Expected<RouteDocument> readRouteManifest(llvm::StringRef Path);

/// A translation unit a manifest was built from.
struct ManifestSource {
  std::string File;
  /// False when the TU could not be indexed (its routes are missing).
  bool Parsed = true;
};

/// Says that the manifest \p Name was built from TUs that could not be
/// indexed: how many of how many, and the first two. Empty when every TU of
/// \p Sources parsed.
std::string describeUnindexed(llvm::StringRef Name,
                              llvm::ArrayRef<ManifestSource> Sources);

/// Serialises \p Routes as a manifest that parseRouteManifest reads back;
/// with \p Sources, the manifest also names the TUs it came from
/// (`translationUnits`; the reader says which were not indexed in
/// RouteDocument::Incomplete).
std::string writeRouteManifest(llvm::ArrayRef<RouteEntry> Routes,
                               llvm::ArrayRef<ManifestSource> Sources = {});

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_MANIFESTJSON_H
