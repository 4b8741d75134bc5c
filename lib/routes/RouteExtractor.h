//===--- RouteExtractor.h - Route registrations and uses in a TU -*- C++ -*-=//
//
// Finds, in one translation unit, where a server registers routes and where
// a client calls them, for the frameworks wirecheck knows (cpp-httplib,
// Crow, Drogon, Pistache, cpprestsdk, oatpp, libcurl, Boost.Beast,
// websocketpp) and the project functions named in RouteRegistrars and
// RouteConsumers. Resolves path values to text where that is certain:
// literals, constants, concatenations of constants and format strings
// (`{}` becomes a run-time segment); anything else is skipped. Shared by
// `wire-route-mismatch` and `wirecheck-routes`.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_ROUTEEXTRACTOR_H
#define WIRECHECK_LIB_ROUTES_ROUTEEXTRACTOR_H

#include "lib/support/OptionLists.h"
#include "lib/routes/RouteManifest.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
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
};

/// A registration whose pattern cannot be used (an invalid regex).
struct RouteProblem {
  clang::SourceLocation Loc;
  std::string Pattern;
  std::string Message;
};

/// Resolves \p E to the text it certainly holds, or std::nullopt. Run-time
/// parts of format strings become UnknownChunk.
std::optional<std::string> resolveStringValue(const clang::Expr *E,
                                              const clang::ASTContext &Ctx);

class RouteExtractor {
public:
  /// \p Registrars and \p Consumers are `name[:pathArg[:methodArg]]`.
  RouteExtractor(std::vector<FunctionSpec> Registrars,
                 std::vector<FunctionSpec> Consumers);
  ~RouteExtractor();

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

  std::vector<ExtractedRoute> Routes;
  std::vector<ExtractedUse> Uses;
  std::vector<RouteProblem> Problems;

  /// Called by the PP callbacks.
  void addMacroRoute(clang::SourceLocation Loc, llvm::StringRef Method,
                     llvm::StringRef Path, llvm::StringRef Framework);

  /// How a known function takes part in routing (see RouteExtractor.cpp).
  struct Role;

private:
  const Role *roleOf(const clang::FunctionDecl &FD);
  void addRoute(const clang::Expr *PathExpr, std::vector<std::string> Methods,
                llvm::StringRef Framework, llvm::StringRef Prefix = "",
                bool CaseInsensitive = false,
                const clang::Expr *Anchor = nullptr);
  void addUse(const clang::Expr *PathExpr, llvm::StringRef Method,
              llvm::StringRef Api, const clang::ValueDecl *Handle = nullptr);
  void handleCall(const clang::CallExpr &Call, const clang::FunctionDecl &FD);
  void handleConstruct(const clang::CXXConstructExpr &E);

  std::vector<FunctionSpec> Registrars;
  std::vector<FunctionSpec> Consumers;
  std::vector<std::unique_ptr<Role>> UserRoles;
  llvm::DenseMap<const clang::FunctionDecl *, const Role *> RoleCache;
  clang::ASTContext *Ctx = nullptr;
  const clang::SourceManager *SM = nullptr;

  // Deferred, resolved in finish().
  struct PendingCrowRoute {
    const clang::Expr *Call;
    const clang::Expr *PathExpr;
    std::string Prefix;
    bool WebSocket;
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
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_ROUTEEXTRACTOR_H
