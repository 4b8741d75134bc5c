//===--- RouteRoles.h - Which functions register or call routes -*- C++ -*-===//
//
// Owns the data that says how each function of a known framework takes part
// in routing (cpp-httplib, Crow, Drogon, Pistache, cpprestsdk, libcurl,
// Boost.Beast, websocketpp), and of the project functions named in
// RouteRegistrars and RouteConsumers: whether it registers a route or calls
// one, which argument is the path, which the method; and the macros that
// give a framework's version. RouteExtractor dispatches on these roles;
// adding a framework function is adding a row.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEROLES_H
#define WIRECHECK_LIB_ROUTES_ROUTEROLES_H

#include "lib/support/OptionLists.h"
#include "lib/support/SpecIndex.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include <string>
#include <vector>

namespace wirecheck {

/// What a call of a function with a role means.
enum class RoleKind {
  Register,        ///< Registers a route (path and methods from args).
  Use,             ///< Calls a route.
  CrowRoute,       ///< Crow's `route` / `new_rule_tagged`.
  CrowMethods,     ///< Crow's `.methods(...)` on a rule.
  CrowWebSocket,   ///< Crow's `.websocket(...)` on a rule.
  DrogonMethod,    ///< Drogon's `registerMethod` (METHOD_ADD, ADD_METHOD_TO).
  ListenerSupport, ///< cpprestsdk `http_listener::support`.
  CurlSetopt,      ///< `curl_easy_setopt`.
  BeastTarget,     ///< `request.target(path)`.
  BeastMethod,     ///< `request.method(verb)`.
  BaseUse,         ///< Calls a route relative to the base URI its client
                   ///< was constructed with (cpprestsdk `http_client`).
  Mount,           ///< Serves every path below a prefix (cpp-httplib's
                   ///< `set_mount_point`, `set_base_dir`).
  PreRouting,      ///< Answers paths before routing (cpp-httplib's
                   ///< `set_pre_routing_handler`; lib/routes/PreRouting.h).
};

/// A macro that a framework's header defines to its version.
struct VersionMacro {
  const char *Macro;
  const char *Framework;
};

/// How one function takes part in routing.
struct RouteRole {
  RoleKind Kind = RoleKind::Register;
  QualifiedName Name;
  /// The path argument; -1 when there is none.
  int PathArg = 0;
  /// The method argument; -1 when there is none.
  int MethodArg = -1;
  /// A fixed method; empty: from MethodArg, or every method.
  std::string Method;
  /// Take the method from the function's name when there is no argument.
  bool MethodFromName = false;
  /// "cpp-httplib", "Crow", "RouteRegistrars", ...
  std::string Framework;
  /// Literal segments compare ignoring case (Drogon).
  bool CaseInsensitive = false;
};

/// The roles of the built-in frameworks and of the project's functions, and
/// the lookup of a declaration's role (cached per declaration until
/// clearCache()).
class RouteRoles {
public:
  /// \p Registrars and \p Consumers are `name[:pathArg[:methodArg]]`.
  RouteRoles(llvm::ArrayRef<FunctionSpec> Registrars,
             llvm::ArrayRef<FunctionSpec> Consumers);

  /// The role of \p FD; project functions first, as they may wrap a library
  /// call of the same name. Null if it has none.
  const RouteRole *roleOf(const clang::FunctionDecl &FD);
  /// Forgets the cached lookups (at the end of a TU).
  void clearCache() { Cache.clear(); }
  /// Hands over the configuration errors found by roleOf(): a
  /// RouteRegistrars or RouteConsumers entry whose argument index is past
  /// the parameters of a function it names (see SpecIndexCheck).
  std::vector<OptionError> takeProblems() { return Indices.takeProblems(); }

  /// The last name components of every function with a role, sorted and
  /// unique: what the matchers look for.
  std::vector<std::string> callNames() const;
  /// The classes whose variables register or call a route when constructed
  /// (`http_listener`, Beast's `request`).
  static llvm::ArrayRef<std::string> varClassNames();
  /// The built-in roles.
  static llvm::ArrayRef<RouteRole> builtinRoles();
  /// The version macros of the frameworks whose route syntax changed
  /// between versions (`CPPHTTPLIB_VERSION`).
  static llvm::ArrayRef<VersionMacro> versionMacros();

private:
  std::vector<RouteRole> Project;
  /// The entry each project role comes from, in the same order.
  std::vector<FunctionSpec> ProjectSpecs;
  SpecIndexCheck Indices;
  llvm::DenseMap<const clang::FunctionDecl *, const RouteRole *> Cache;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEROLES_H
