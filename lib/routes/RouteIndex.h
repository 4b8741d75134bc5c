//===--- RouteIndex.h - The routes and uses of a whole project -*- C++ -*-===//
//
// Owns the project-level view `wirecheck-routes` builds from every
// translation unit: the merge of what each TU contributes (a header seen by
// several TUs counts once), and the findings on the whole: client uses no
// route serves, routes registered twice, differences between the code and an
// OpenAPI spec, and routes nothing calls. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEINDEX_H
#define WIRECHECK_LIB_ROUTES_ROUTEINDEX_H

#include "lib/routes/RouteSet.h"
#include "lib/routes/SpecComparison.h"
#include "lib/support/OptionLists.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace wirecheck {

/// A position in a source file (or in a manifest or spec).
struct SourcePosition {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  bool operator<(const SourcePosition &O) const;
  bool operator==(const SourcePosition &O) const;
};

/// Where \p R is registered.
SourcePosition positionOf(const RouteEntry &R);

/// A client use of a route, as a TU reports it.
struct IndexedUse {
  SourcePosition Pos;
  /// The resolved path or URL.
  std::string Text;
  /// Normalised method; empty when unknown.
  std::string Method;
  /// The path literal's content, when the path is one plain literal.
  std::optional<std::string> LiteralText;
};

/// A registration that can never match, as a TU reports it.
struct IndexedProblem {
  SourcePosition Pos;
  std::string Message;
};

/// What one translation unit contributes to the index.
struct TUContribution {
  std::vector<RouteEntry> Routes;
  std::vector<IndexedUse> Uses;
  std::vector<IndexedProblem> Problems;
  /// Registrar and consumer entries whose argument index is past the
  /// parameters of a function the TU calls (see SpecIndexCheck).
  std::vector<OptionError> OptionErrors;
};

/// A finding on the whole project, in the shape of a clang diagnostic.
struct IndexFinding {
  SourcePosition Pos;
  /// "warning" or "note".
  std::string Level;
  std::string Message;
  std::vector<std::pair<SourcePosition, std::string>> Notes;
  bool isWarning() const { return Level == "warning"; }
};

/// What to compare the project's routes and uses against.
struct IndexOptions {
  /// Routes of a manifest given as input: they serve uses too.
  llvm::ArrayRef<RouteEntry> ManifestRoutes;
  /// Routes of the OpenAPI spec: they serve uses.
  llvm::ArrayRef<RouteEntry> SpecRoutes;
  /// Compare the code's routes with SpecRoutes, within SpecScope.
  bool CompareWithSpec = false;
  SpecScope Scope;
  /// Add a note for every route nothing calls.
  bool ReportUnused = false;
};

/// The merged routes, uses and problems of a project.
class RouteIndex {
public:
  /// Merges the contribution of one TU. Routes, uses and problems already
  /// seen (same position; for routes, also same methods and pattern) are
  /// dropped.
  void add(TUContribution TU);

  /// The routes, in source order; equal positions keep the order of add().
  llvm::ArrayRef<RouteEntry> routes() const { return Routes; }
  llvm::ArrayRef<IndexedUse> uses() const { return Uses; }

  /// Registrations that can never match.
  std::vector<IndexFinding> problems() const;
  /// Routes registered twice for a method, with a note at the first.
  std::vector<IndexFinding> duplicates() const;
  /// Uses that no route of the project, nor of \p Extra, serves.
  std::vector<IndexFinding>
  mismatches(llvm::ArrayRef<const RouteEntry *> Extra) const;
  /// Routes of the code missing from \p Spec and routes of \p Spec missing
  /// from the code, as \p Scope asks (lib/routes/SpecComparison).
  std::vector<IndexFinding>
  specDifferences(llvm::ArrayRef<RouteEntry> Spec,
                  const SpecScope &Scope = SpecScope()) const;
  /// Notes for routes no use calls.
  std::vector<IndexFinding> unused() const;

  /// Every finding \p Options asks for, sorted by position (stable).
  std::vector<IndexFinding> findings(const IndexOptions &Options) const;

private:
  std::vector<RouteEntry> Routes;
  std::vector<IndexedUse> Uses;
  std::vector<IndexedProblem> Problems;
  std::set<std::string> SeenRoutes;
  std::set<SourcePosition> SeenUses;
  std::set<SourcePosition> SeenProblems;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEINDEX_H
