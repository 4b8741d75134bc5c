//===--- ServerPairing.h - Which server a route or a client belongs to -*- C++
//-*-===//
//
// Owns the identity of the server a route is registered on (the receiver
// object, the scope it lives in, its port and host when known), what a
// client use talks to (the scopes it sees, its port and host), and the rule
// that pairs the two: which registered routes a use is judged against, and
// which two registrations are on the same server (so "registered twice"
// means something). Shared by `wire-route-mismatch` and `wirecheck-routes`;
// the clang side (lib/routes/ServerScope.h) fills the identities. Has no
// clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_SERVERPAIRING_H
#define WIRECHECK_LIB_ROUTES_SERVERPAIRING_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

struct RouteEntry;

/// Where a server or a client listens or connects, when statically known.
struct Endpoint {
  /// Lower-case host name; "local" for every loopback or wildcard address
  /// (`localhost`, `127.0.0.1`, `::1`, `0.0.0.0`); empty when unknown.
  std::string Host;
  std::optional<unsigned> Port;

  /// Could a client at \p Client reach a server at \p Server? Only what is
  /// known on both sides is compared.
  static bool agree(const Endpoint &Client, const Endpoint &Server);
  /// Is the host known and not this machine?
  bool isRemote() const { return !Host.empty() && Host != "local"; }
  /// Host and port of a URL such as `http://localhost:8080/api`; nothing
  /// when \p Url has no `scheme://`.
  static Endpoint fromUrl(llvm::StringRef Url);
  /// Normalises a host name (see Host).
  static std::string normalizeHost(llvm::StringRef Host);
};

/// The server object a route is registered on.
struct ServerIdentity {
  /// Names the object, with its kind:
  /// - `var:FILE:LINE:COL`, a variable (its declaration),
  /// - `field:ns::Class::member`, a data member of a class,
  /// - `param:FILE:LINE:COL`, a lambda's parameter (a server of the
  ///   function the lambda is written in),
  /// - `caller:ns::Type`, a parameter of a named function: a registrar
  ///   helper, called on its program's server,
  /// - `fn:ns::name`, the object a function returns (`drogon::app()`),
  /// - `port:HOST:PORT`, cpprestsdk listeners on one port (one server),
  /// - `mounted:` and one of the above, a Crow blueprint (served by the app
  ///   it is registered with),
  /// - empty: not known (a registration macro with no object).
  std::string Object;
  /// The scope the object lives in: `fn:FILE:LINE:COL` (the function, or the
  /// function a lambda is written in: a test body counts as a function),
  /// `class:ns::Class` for a member, empty for a global or unknown.
  std::string Scope;
  Endpoint Where;

  /// A known object that is not a parameter or a blueprint: one server. A
  /// parameter, a blueprint or an unknown object stands for some other
  /// server, whichever that is.
  bool isConcrete() const;
};

/// What a client use talks to.
struct ClientTarget {
  /// The scopes the use sees, as in ServerIdentity::Scope: its enclosing
  /// function, the client object's scope, their classes and base classes.
  std::vector<std::string> Scopes;
  Endpoint Where;
};

/// The routes one use is judged against:
/// - servers in one of the use's scopes (same function or test body, same
///   fixture) whose host and port agree with the use's: those only; none
///   agreeing means the client talks to something else (no finding);
/// - else, when the use's own translation unit (\p Local) has exactly one
///   server that agrees (parameters and unknown objects stand for that
///   one): its routes, with \p Elsewhere and \p Spec;
/// - else, when the TU has no server: the routes of \p Elsewhere (other TUs,
///   a manifest) that agree, if they make exactly one server, with \p Spec;
///   \p Spec alone when \p Elsewhere has none;
/// - otherwise none: the client's server is not visible.
/// When some servers are known to listen on the client's port, only those
/// agree. A client of a remote host is judged against \p Spec only.
std::vector<const RouteEntry *>
routesForUse(const ClientTarget &Use, llvm::ArrayRef<const RouteEntry *> Local,
             llvm::ArrayRef<const RouteEntry *> Elsewhere,
             llvm::ArrayRef<const RouteEntry *> Spec);

/// The key of the server \p Server as "registered twice" compares it:
/// registrations with equal keys are on one server. \p TU numbers the
/// translation unit that registers it, \p TUDefinesMain says whether that
/// TU is a program of its own: an unknown object is one server per TU; a
/// global, a member, a function's object and a registrar's parameter are one
/// per program (TUs without main() may be linked into one).
std::string sameServerKey(const ServerIdentity &Server, unsigned TU,
                          bool TUDefinesMain);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_SERVERPAIRING_H
