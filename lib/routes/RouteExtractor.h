//===--- RouteExtractor.h - Route registrations and uses in a TU -*- C++ -*-=//
//
// Owns the walk of one translation unit that finds where a server registers
// routes and where a client calls them: the matchers (calls of functions
// with a role, see RouteRoles.h), the dispatch on each call's role, the
// state some frameworks spread over several calls (Crow's `.methods`, a
// cpprestsdk listener's `support`, a request's method set apart from its
// URL, a client's base URI), oatpp's ENDPOINT macros, and the framework
// versions that decide how a pattern reads. Path values are resolved by
// StringValues.h (variables through VariableValues.h); a registration or a
// use whose path cannot be resolved is not guessed at but recorded, with
// the reason, as unresolved. Shared by
// `wire-route-mismatch` and `wirecheck-routes`.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEEXTRACTOR_H
#define WIRECHECK_LIB_ROUTES_ROUTEEXTRACTOR_H

#include "lib/routes/RouteRoles.h"
#include "lib/routes/RouteSet.h"
#include "lib/routes/ServerScope.h"
#include "lib/routes/VariableValues.h"
#include "lib/support/OptionLists.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// A route registered in the TU.
struct ExtractedRoute {
  RouteEntry Entry;
  clang::SourceLocation Loc;
};

/// A call of a route by a client in the TU.
struct ExtractedUse {
  RoutePattern Path;
  /// Normalised method; empty when unknown.
  std::string Method;
  clang::SourceLocation Loc;
  /// The path argument, when it is one plain string literal in the file
  /// (a fix-it can replace it); its text and file range.
  std::optional<std::string> LiteralText;
  clang::CharSourceRange LiteralRange;
  /// "cpp-httplib", "libcurl", ...
  std::string Api;
  /// What the client talks to (lib/routes/ServerPairing.h).
  ClientTarget Target;
};

/// A registration whose pattern cannot be used (an invalid regex).
struct RouteProblem {
  clang::SourceLocation Loc;
  std::string Pattern;
  std::string Message;
};

/// A registration or a client use whose path is not resolved.
struct UnresolvedPath {
  clang::SourceLocation Loc;
  /// A registration (true) or a client use (false).
  bool Registration = false;
  /// Why: "'path' is a parameter of the function", ...
  std::string Reason;
};

class RouteExtractor {
public:
  /// \p Registrars and \p Consumers are `name[:pathArg[:methodArg]]`.
  RouteExtractor(llvm::ArrayRef<FunctionSpec> Registrars,
                 llvm::ArrayRef<FunctionSpec> Consumers);

  /// Adds the matchers (only calls of known names) with \p Callback, which
  /// must forward its results to run().
  void
  registerMatchers(clang::ast_matchers::MatchFinder &Finder,
                   clang::ast_matchers::MatchFinder::MatchCallback *Callback);
  /// Watches for oatpp's ENDPOINT macros.
  void registerPPCallbacks(clang::Preprocessor &PP);
  void run(const clang::ast_matchers::MatchFinder::MatchResult &Result);
  /// Completes what needs the whole TU (Crow `.methods`, listener
  /// `support`, request methods set apart from the URL). Call once at the
  /// end of the TU, before reading the results.
  void finish();
  /// Forgets the TU.
  void clear();
  /// Hands over the configuration errors found so far: a RouteRegistrars
  /// or RouteConsumers entry whose argument index is past the parameters
  /// of a function it names. Each (entry, function) once.
  std::vector<OptionError> takeOptionProblems() { return Roles.takeProblems(); }

  std::vector<ExtractedRoute> Routes;
  std::vector<ExtractedUse> Uses;
  std::vector<RouteProblem> Problems;
  /// Registrations and uses seen but not resolved, in the order seen.
  std::vector<UnresolvedPath> Unresolved;

  /// Called by the PP callbacks.
  void addMacroRoute(clang::SourceLocation Loc, llvm::StringRef Method,
                     llvm::StringRef Path, llvm::StringRef Framework);
  /// Called by the PP callbacks: the TU includes \p Framework's header at
  /// \p Version, which decides how its patterns read.
  void setFrameworkVersion(llvm::StringRef Framework, llvm::StringRef Version);

private:
  /// One call of a function with a role.
  struct RoleCall {
    const clang::CallExpr &Call;
    const clang::FunctionDecl &Callee;
    const RouteRole &Role;
    /// The object of a member call, or null.
    const clang::Expr *Object;
    /// Argument \p I, or null when there is none.
    const clang::Expr *arg(int I) const;
  };

  /// Records the route \p Path registered at \p Loc, or the problem with
  /// its pattern.
  void addPattern(clang::SourceLocation Loc, llvm::StringRef Path,
                  std::vector<std::string> Methods, llvm::StringRef Framework,
                  bool CaseInsensitive);
  void addRoute(const clang::Expr *PathExpr, std::vector<std::string> Methods,
                llvm::StringRef Framework, llvm::StringRef Prefix = "",
                bool CaseInsensitive = false);
  /// Records a client call of \p PathExpr; a client's \p Base URI goes
  /// before a relative path.
  void addUse(const clang::Expr *PathExpr, llvm::StringRef Method,
              llvm::StringRef Api, const clang::ValueDecl *Handle = nullptr,
              llvm::StringRef Base = "");
  /// The text of the path \p E, or std::nullopt after recording why not.
  std::optional<std::string> resolvePath(const clang::Expr *E,
                                         bool Registration);
  void addUnresolved(clang::SourceLocation Loc, bool Registration,
                     std::string Reason);
  std::vector<std::string> methodsOf(const RoleCall &C) const;
  void dispatch(const RoleCall &C);
  void handleCall(const clang::CallExpr &Call, const clang::FunctionDecl &FD);
  // One handler per RoleKind that needs more than a path and a method.
  void handleCrowRoute(const RoleCall &C);
  void handleCrowMethods(const RoleCall &C);
  void handleDrogonMethod(const RoleCall &C);
  void handleListenerSupport(const RoleCall &C);
  void handleCurlSetopt(const RoleCall &C);
  void handleBaseUse(const RoleCall &C);
  void handleMount(const RoleCall &C);
  void handlePreRouting(const RoleCall &C);

  RouteRoles Roles;
  /// Framework -> the version its header in the TU defines.
  llvm::StringMap<std::string> Versions;
  clang::ASTContext *Ctx = nullptr;
  /// The variable flow of the TU, built on the first path that needs it.
  std::unique_ptr<VariableValues> Vars;
  const clang::SourceManager *SM = nullptr;

  // Deferred, resolved in finish().
  struct PendingCrowRoute {
    const clang::Expr *Call;
    const clang::Expr *PathExpr;
    std::string Prefix;
    ServerIdentity Server;
  };
  std::vector<PendingCrowRoute> CrowRoutes;
  llvm::DenseMap<const clang::Expr *, std::vector<std::string>> CrowMethods;
  struct PendingListener {
    const clang::Expr *PathExpr;
    const clang::ValueDecl *Var;
  };
  std::vector<PendingListener> Listeners;
  llvm::DenseMap<const clang::ValueDecl *, std::vector<std::string>>
      ListenerMethods;
  llvm::DenseMap<const clang::ValueDecl *, std::vector<std::string>>
      HandleMethods;
  struct PendingHandleUse {
    size_t UseIndex;
    const clang::ValueDecl *Handle;
    bool DefaultGet;
  };
  std::vector<PendingHandleUse> HandleUses;
  /// Where each server object listens.
  ListenCalls Listens;
};

/// A match callback that hands every result to a RouteExtractor, for tools
/// and tests (a clang-tidy check forwards from its check()).
class RouteExtractorCallback
    : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  explicit RouteExtractorCallback(RouteExtractor &X) : X(X) {}
  void run(const clang::ast_matchers::MatchFinder::MatchResult &R) override {
    X.run(R);
  }

private:
  RouteExtractor &X;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEEXTRACTOR_H
