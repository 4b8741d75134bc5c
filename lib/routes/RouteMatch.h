//===--- RouteMatch.h - Matching client paths against routes ---*- C++ -*-===//
//
// Owns the comparisons between route patterns: whether a client path
// matches a registered route (segment by segment, typed parameters
// accepting only compatible segments, as the route's framework compares:
// trailing optional parameters, exact slashes), whether two patterns describe
// the same routes, how far a path is from a route, and the rewrite of a path to
// its nearest route. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEMATCH_H
#define WIRECHECK_LIB_ROUTES_ROUTEMATCH_H

#include "lib/routes/RoutePattern.h"
#include <optional>
#include <string>

namespace wirecheck {

/// The outcome of matching a client path against a route.
struct RouteMatch {
  enum KindTy { Match, TypeMismatch, NoMatch } Kind = NoMatch;
  /// For TypeMismatch: the 1-based segment, its text and the expected type.
  unsigned Segment = 0;
  std::string Actual;
  std::string Expected;
};

/// Matches the client path \p Use against the registered \p Route.
/// \p CaseInsensitive compares literal segments ignoring case.
RouteMatch matchRoute(const RoutePattern &Route, const RoutePattern &Use,
                      bool CaseInsensitive = false);

/// Returns true if \p A and \p B describe the same routes, parameter names
/// and types aside (for comparing code against a spec).
bool sameShape(const RoutePattern &A, const RoutePattern &B);

/// A distance between a client path and a route: segment-level edit
/// distance (a segment the route accepts costs nothing) and, to break ties,
/// the character-level distance of the differing literal segments.
struct RouteDistance {
  unsigned Segments = 0;
  unsigned Characters = 0;
  bool operator<(const RouteDistance &O) const {
    return Segments != O.Segments ? Segments < O.Segments
                                  : Characters < O.Characters;
  }
  bool operator==(const RouteDistance &O) const {
    return Segments == O.Segments && Characters == O.Characters;
  }
};
RouteDistance routeDistance(const RoutePattern &Route, const RoutePattern &Use);

/// True if a route at \p D from a path of \p UseSegments segments is close
/// enough to suggest.
bool isCloseRoute(const RouteDistance &D, size_t UseSegments);

/// True if \p S is a segment of \p Route spelled as a parameter (`:id`)
/// that the route's framework reads as literal text (cpp-httplib before
/// 0.13.0): a client never means to call it literally.
bool isLiteralParameter(const RoutePattern &Route, const RouteSegment &S);

/// The first literal parameter of \p Route, if \p Use would match the
/// route were its literal parameters parameters (the client meant them as
/// such); null otherwise.
const RouteSegment *literalParameterServing(const RoutePattern &Route,
                                            const RoutePattern &Use,
                                            bool CaseInsensitive);

/// The client path \p Use rewritten to call \p Route, when the two have the
/// same number of segments and every differing segment is literal in the
/// route (and not a literal parameter); std::nullopt otherwise.
std::optional<std::string> rewriteToRoute(const RoutePattern &Route,
                                          const RoutePattern &Use);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEMATCH_H
