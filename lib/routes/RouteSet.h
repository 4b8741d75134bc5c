//===--- RouteSet.h - Registered routes and verdicts on uses ---*- C++ -*-===//
//
// Owns the model of a registered route (a pattern, its methods and where it
// is registered), whatever its source: a translation unit, a manifest or an
// OpenAPI spec; the verdict on one client use against a set of routes; and
// the words of the finding that explain it, shared by `wire-route-mismatch`
// and `wirecheck-routes` so both say the same thing. Has no clang
// dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTESET_H
#define WIRECHECK_LIB_ROUTES_ROUTESET_H

#include "lib/routes/RouteMatch.h"
#include "lib/routes/RoutePattern.h"
#include "lib/routes/ServerPairing.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wirecheck {

/// One registered route: a pattern and the methods it serves.
struct RouteEntry {
  RoutePattern Pattern;
  /// Normalised method names; empty means every method.
  std::vector<std::string> Methods;
  /// Where it is registered (a source file, or the manifest or spec).
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  /// "cpp-httplib", "Crow", "openapi", ...
  std::string Framework;
  /// The framework's version, where it decides how the pattern reads
  /// ("0.11.4" from CPPHTTPLIB_VERSION); empty when unknown.
  std::string FrameworkVersion;
  /// Literal segments compare ignoring case (Drogon).
  bool CaseInsensitive = false;
  /// From a spec: an operation marked `x-internal`, or a path item behind a
  /// `$ref` that is not followed (its operations unknown, so every method).
  /// It serves uses and covers code routes, but is never reported as
  /// missing from the code.
  bool Internal = false;
  /// The server it is registered on.
  ServerIdentity Server;
  /// Served outside the registered routes: a mount point serving static
  /// files below a prefix (cpp-httplib's `set_mount_point`), or a path a
  /// pre-routing handler answers. Several may share one, so it is never a
  /// duplicate; and it is no API operation, so never missing from a spec.
  bool Mount = false;
  /// Registered where the code expects the registration to fail (a test
  /// that registers a route twice and expects a throw): never a duplicate.
  bool ExpectsFailure = false;

  /// Does the route serve \p Method? An empty method is unknown and
  /// accepted.
  bool allows(llvm::StringRef Method) const;
  /// "POST", "GET, POST" or "every method".
  std::string methodList() const;
};

/// The routes of a manifest or spec, with what was skipped on the way: one
/// unusable entry is reported and left out, the rest of the file applies.
struct RouteDocument {
  std::vector<RouteEntry> Routes;
  /// `file:line:col: message` for each entry left out (an error in it).
  std::vector<std::string> Skipped;
  /// `file:line:col: message` for what was read but not fully understood
  /// (a `$ref` outside the document): worth knowing, not an error.
  std::vector<std::string> Notes;
  /// Said once per process and version of the file (RouteFileCache), not
  /// once per TU: a manifest built without some translation units (see
  /// describeUnindexed). Empty otherwise.
  std::string Incomplete;
};

/// What is wrong with one client use.
struct RouteVerdict {
  enum KindTy {
    Ok,           ///< Some route serves it.
    WrongMethod,  ///< The path is registered, for other methods only.
    TypeMismatch, ///< The path matches a route but for a typed parameter.
    NoMatch,      ///< Nothing matches.
  };
  KindTy Kind = Ok;
  /// WrongMethod: the routes whose path matches. TypeMismatch: the route.
  /// NoMatch: the nearest routes, if any is close.
  std::vector<const RouteEntry *> Related;
  /// WrongMethod: the methods the path is registered for ("POST, PUT").
  std::string RegisteredMethods;
  /// TypeMismatch: the offending segment.
  RouteMatch Mismatch;
  /// NoMatch: the client path rewritten to the unique nearest route.
  std::optional<std::string> Replacement;
  /// NoMatch: the one related route would serve the path if its framework
  /// read this segment (`:id`) as a parameter, not as literal text.
  std::string LiteralParameter;
};

/// Judges the client path \p Use called with \p Method (empty: unknown)
/// against \p Routes.
RouteVerdict classifyUse(const RoutePattern &Use, llvm::StringRef Method,
                         llvm::ArrayRef<const RouteEntry *> Routes);

/// The words of a finding on one client use, shared by the check and the
/// tool so both say the same thing.
struct RouteFinding {
  std::string Message;
  /// Secondary locations: a route and what to say at it.
  std::vector<std::pair<const RouteEntry *, std::string>> Notes;
  /// The corrected text of the path literal, when a fix-it is certain.
  std::optional<std::string> NewLiteral;
};

/// Explains \p V for the client path \p Use called with \p Method.
/// \p LiteralText is the content of the path's string literal when the path
/// is one plain literal (a fix-it may then replace it). std::nullopt when
/// the use is served.
std::optional<RouteFinding>
explainVerdict(const RouteVerdict &V, const RoutePattern &Use,
               llvm::StringRef Method,
               const std::optional<std::string> &LiteralText);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTESET_H
