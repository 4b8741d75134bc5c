//===--- ServerScope.h - Server and client objects in the AST ---*- C++ -*-===//
//
// Owns the clang side of server pairing (lib/routes/ServerPairing.h): the
// object a registration or a client call is made on (through references,
// smart pointers, chained calls), its declaration, the scope it lives in
// (a function, the function a lambda is written in, a class and its bases
// for a member), and the host and port a server listens on (`listen`,
// `bind_to_port`, Crow's `port`, a listener's URI) or a client connects to
// (its constructor's arguments, a URL). Also the real position of a source
// location, shared with TUIndexer.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_SERVERSCOPE_H
#define WIRECHECK_LIB_ROUTES_SERVERSCOPE_H

#include "lib/routes/RouteIndex.h"
#include "lib/routes/ServerPairing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>

namespace wirecheck {

/// The position of \p Loc in its real file (symbolic links resolved, so
/// that a header reached by two paths is one file).
SourcePosition realPosition(const clang::SourceManager &SM,
                            clang::SourceLocation Loc);

/// The identity of the server \p Receiver (the object a registration is
/// made on) names; an empty identity when it names no object we know.
ServerIdentity serverOf(const clang::Expr *Receiver,
                        const clang::ASTContext &Ctx);
/// The identity of the server declared by \p D (a listener variable).
ServerIdentity serverOf(const clang::ValueDecl *D,
                        const clang::ASTContext &Ctx);

/// What a client call made on \p Client (null: a free function) talks to,
/// with \p Url the call's resolved path or URL.
ClientTarget targetOf(const clang::Expr *Client, llvm::StringRef Url,
                      const clang::ASTContext &Ctx);
/// The same for a client declared by \p D (a Beast request, a curl handle).
ClientTarget targetOf(const clang::ValueDecl *D, llvm::StringRef Url,
                      const clang::ASTContext &Ctx);

/// Where the server objects of a TU listen, from the calls that say so:
/// `svr.listen(host, port)`, `svr.bind_to_port(host, port)`, Crow's
/// `app.port(n)` and `app.bindaddr(host)`.
class ListenCalls {
public:
  /// Adds the matcher for those calls with \p Callback, which must forward
  /// its results to run().
  void
  registerMatchers(clang::ast_matchers::MatchFinder &Finder,
                   clang::ast_matchers::MatchFinder::MatchCallback *Callback);
  /// Records the call in \p Result; false when it is not one of ours.
  bool run(const clang::ast_matchers::MatchFinder::MatchResult &Result);
  /// Fills in where \p S listens, from the calls seen on its object.
  void apply(ServerIdentity &S) const;
  void clear() { Endpoints.clear(); }

private:
  llvm::StringMap<Endpoint> Endpoints;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_SERVERSCOPE_H
