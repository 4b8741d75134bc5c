//===--- ServerScope.cpp - Server and client objects in the AST -----------===//

#include "lib/routes/ServerScope.h"
#include "lib/routes/RoutePattern.h"
#include "lib/routes/StringValues.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace wirecheck {

/// The class of the object a variable of type \p T holds or points to
/// (`Server`, `Server &`, `Server *`), or null.
static const CXXRecordDecl *objectClass(QualType T) {
  T = T.getNonReferenceType();
  return T->isPointerType() ? T->getPointeeCXXRecordDecl()
                            : T->getAsCXXRecordDecl();
}

SourcePosition realPosition(const SourceManager &SM, SourceLocation Loc) {
  SourcePosition P;
  Loc = SM.getFileLoc(Loc);
  PresumedLoc PL = SM.getPresumedLoc(Loc);
  if (PL.isInvalid())
    return P;
  P.File = PL.getFilename();
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getFileID(Loc))) {
    StringRef Real = FE->getFileEntry().tryGetRealPathName();
    if (!Real.empty())
      P.File = Real.str();
  }
  P.Line = PL.getLine();
  P.Column = PL.getColumn();
  return P;
}

static std::string positionKey(const ASTContext &Ctx, const Decl &D) {
  SourcePosition P = realPosition(Ctx.getSourceManager(), D.getLocation());
  return P.File + ":" + std::to_string(P.Line) + ":" + std::to_string(P.Column);
}

/// The function \p DC is, or is in; a lambda counts as part of the function
/// it is written in (a test body with a lambda is one scope).
static const FunctionDecl *enclosingFunction(const DeclContext *DC) {
  for (; DC; DC = DC->getParent()) {
    const auto *FD = dyn_cast<FunctionDecl>(DC);
    if (!FD)
      continue;
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (!MD || !MD->getParent()->isLambda())
      return FD;
  }
  return nullptr;
}

static std::string functionScope(const ASTContext &Ctx,
                                 const FunctionDecl &FD) {
  return "fn:" + positionKey(Ctx, *FD.getCanonicalDecl());
}

static std::string classScope(const CXXRecordDecl &RD) {
  return "class:" + plainQualifiedName(RD);
}

/// "class:" scopes of \p RD and its bases.
static void addClassScopes(const CXXRecordDecl *RD,
                           std::vector<std::string> &Out, unsigned Depth = 0) {
  if (!RD || Depth > 8)
    return;
  Out.push_back(classScope(*RD));
  if (!RD->hasDefinition())
    return;
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    addClassScopes(B.getType()->getAsCXXRecordDecl(), Out, Depth + 1);
}

/// The declaration \p E names as an object: a variable, a parameter, a
/// data member; through parentheses, `*`, `->` of smart pointers, a
/// reference variable's initialiser and chained member calls
/// (`svr.Get(...).Post(...)`). Otherwise the function a call returns the
/// object of (`app().registerHandler`), in \p Fn.
static const ValueDecl *objectDecl(const Expr *E, const FunctionDecl *&Fn,
                                   unsigned Depth = 0) {
  if (!E || Depth > 8)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  // A chain of calls on one object (`svr.Get(...).Get(...)...`) may be
  // long: walked, not counted.
  while (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const Expr *Object = MC->getImplicitObjectArgument())
      E = Object->IgnoreParenImpCasts();
    else
      return nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (VD && VD->getType()->isReferenceType() && VD->getInit() &&
        !isa<ParmVarDecl>(VD))
      if (const ValueDecl *Init = objectDecl(VD->getInit(), Fn, Depth + 1))
        return Init;
    return VD;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return dyn_cast<ValueDecl>(ME->getMemberDecl());
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return UO->getOpcode() == UO_Deref
               ? objectDecl(UO->getSubExpr(), Fn, Depth + 1)
               : nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    OverloadedOperatorKind K = Op->getOperator();
    return (K == OO_Arrow || K == OO_Star) && Op->getNumArgs() >= 1
               ? objectDecl(Op->getArg(0), Fn, Depth + 1)
               : nullptr;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    Fn = Call->getDirectCallee();
  return nullptr;
}

ServerIdentity serverOf(const ValueDecl *D, const ASTContext &Ctx) {
  ServerIdentity S;
  if (!D)
    return S;
  if (const auto *FD = dyn_cast<FieldDecl>(D)) {
    const auto *RD = dyn_cast<CXXRecordDecl>(FD->getParent());
    if (!RD || RD->isLambda())
      return S;
    S.Object = "field:" + plainQualifiedName(*RD) + "::" + FD->getName().str();
    S.Scope = classScope(*RD);
    return S;
  }
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD)
    return S;
  VD = VD->getCanonicalDecl();
  const FunctionDecl *FD = enclosingFunction(VD->getDeclContext());
  if (FD)
    S.Scope = functionScope(Ctx, *FD);
  // A parameter of a named function (a registrar helper) is the server of
  // whoever calls it; a lambda's is one of the enclosing function's.
  const CXXRecordDecl *Type = objectClass(VD->getType());
  if (isa<ParmVarDecl>(VD) && FD && FD == VD->getDeclContext() && Type) {
    S.Object = "caller:" + plainQualifiedName(*Type);
    // Two servers of one type passed to one registrar (ZeroTierOne's `s`
    // and `sv6`, the IPv4 and IPv6 servers) are two servers: each
    // parameter is its own.
    unsigned SameType =
        llvm::count_if(FD->parameters(), [&](const ParmVarDecl *P) {
          const CXXRecordDecl *R = objectClass(P->getType());
          return R && R->getCanonicalDecl() == Type->getCanonicalDecl();
        });
    if (SameType > 1)
      S.Object +=
          "#" + std::to_string(cast<ParmVarDecl>(VD)->getFunctionScopeIndex());
    return S;
  }
  S.Object = (isa<ParmVarDecl>(VD) ? "param:" : "var:") + positionKey(Ctx, *VD);
  return S;
}

ServerIdentity serverOf(const Expr *Receiver, const ASTContext &Ctx) {
  const FunctionDecl *Fn = nullptr;
  if (const ValueDecl *D = objectDecl(Receiver, Fn))
    return serverOf(D, Ctx);
  ServerIdentity S;
  if (Receiver && isa<CXXThisExpr>(Receiver->IgnoreParenImpCasts())) {
    // `Get(...)` in a class derived from the server: one per class.
    const CXXRecordDecl *RD = Receiver->getType()->getPointeeCXXRecordDecl();
    if (RD) {
      S.Object = "field:" + plainQualifiedName(*RD) + "::this";
      S.Scope = classScope(*RD);
    }
  } else if (Fn) {
    S.Object = "fn:" + plainQualifiedName(*Fn);
  }
  return S;
}

/// The scopes a client declared by \p D sees.
static void addDeclScopes(const ValueDecl *D, const ASTContext &Ctx,
                          std::vector<std::string> &Out) {
  if (!D)
    return;
  if (const auto *FD = dyn_cast<FieldDecl>(D)) {
    addClassScopes(dyn_cast<CXXRecordDecl>(FD->getParent()), Out);
    return;
  }
  const FunctionDecl *Fn = enclosingFunction(D->getDeclContext());
  if (!Fn)
    return;
  Out.push_back(functionScope(Ctx, *Fn));
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Fn))
    addClassScopes(MD->getParent(), Out);
}

/// The port \p E certainly holds.
static std::optional<unsigned> portOf(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx) ||
      R.Val.getInt().isNegative() || R.Val.getInt().getActiveBits() > 16)
    return std::nullopt;
  return unsigned(R.Val.getInt().getZExtValue());
}

/// Host and port from a client's or a server's construction or call
/// arguments: a URL, or a host followed by a port.
static Endpoint endpointFromArgs(llvm::ArrayRef<const Expr *> Args,
                                 const ASTContext &Ctx) {
  Endpoint E;
  if (Args.empty())
    return E;
  const Expr *First = Args[0];
  std::optional<std::string> Text = resolveStringValue(First, Ctx);
  // `web::uri(U("http://..."))` or a string class around the text.
  if (!Text)
    if (const auto *CE = dyn_cast<CXXConstructExpr>(First->IgnoreImplicit()))
      if (CE->getNumArgs() >= 1)
        Text = resolveStringValue(CE->getArg(0), Ctx);
  if (Text && !StringRef(*Text).contains(UnknownChunk)) {
    if (StringRef(*Text).contains("://"))
      return Endpoint::fromUrl(*Text);
    E.Host = Endpoint::normalizeHost(*Text);
  }
  if (Args.size() >= 2)
    E.Port = portOf(Args[1], Ctx);
  return E;
}

/// Where the client variable \p D connects, from its initialiser.
static Endpoint endpointOfDecl(const ValueDecl *D, const ASTContext &Ctx) {
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  if (!VD || !VD->getInit() || isa<ParmVarDecl>(VD))
    return {};
  const auto *CE = dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit());
  if (!CE)
    return {};
  return endpointFromArgs(llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()), Ctx);
}

/// Fills what the URL of the call says, over what the client says.
static void applyUrl(ClientTarget &T, StringRef Url) {
  Endpoint FromUrl = Endpoint::fromUrl(Url);
  if (!FromUrl.Host.empty())
    T.Where = FromUrl;
}

ClientTarget targetOf(const ValueDecl *D, StringRef Url,
                      const ASTContext &Ctx) {
  ClientTarget T;
  addDeclScopes(D, Ctx, T.Scopes);
  T.Where = endpointOfDecl(D, Ctx);
  applyUrl(T, Url);
  return T;
}

ClientTarget targetOf(const Expr *Client, StringRef Url,
                      const ASTContext &Ctx) {
  const FunctionDecl *Fn = nullptr;
  if (const ValueDecl *D = objectDecl(Client, Fn))
    return targetOf(D, Url, Ctx);
  ClientTarget T;
  // `httplib::Client(host, port).Get(...)`: a temporary.
  if (Client)
    if (const auto *CE = dyn_cast<CXXConstructExpr>(
            Client->IgnoreParenImpCasts()->IgnoreImplicit()))
      T.Where = endpointFromArgs(
          llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()), Ctx);
  applyUrl(T, Url);
  return T;
}

/// When \p Call tells where a known server listens: the server's object
/// key and what it gives.
static std::optional<std::pair<std::string, Endpoint>>
listenEndpoint(const CXXMemberCallExpr &Call, const ASTContext &Ctx) {
  const CXXMethodDecl *MD = Call.getMethodDecl();
  if (!MD || !MD->getIdentifier() || Call.getNumArgs() == 0)
    return std::nullopt;
  std::string Class = plainQualifiedName(*MD->getParent());
  StringRef Name = MD->getName();
  bool Httplib = Class == "httplib::Server" &&
                 (Name == "listen" || Name == "bind_to_port");
  bool Crow = Class == "crow::Crow" && (Name == "port" || Name == "bindaddr");
  if (!Httplib && !Crow)
    return std::nullopt;
  ServerIdentity S = serverOf(Call.getImplicitObjectArgument(), Ctx);
  if (S.Object.empty())
    return std::nullopt;
  Endpoint E;
  if (Name == "port") // Crow: the port alone.
    E.Port = portOf(Call.getArg(0), Ctx);
  else
    E = endpointFromArgs(llvm::ArrayRef(Call.getArgs(), Call.getNumArgs()),
                         Ctx);
  return std::make_pair(S.Object, E);
}

void ListenCalls::registerMatchers(MatchFinder &Finder,
                                   MatchFinder::MatchCallback *Callback) {
  Finder.addMatcher(traverse(TK_IgnoreUnlessSpelledInSource,
                             cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(
                                                   "listen", "bind_to_port",
                                                   "port", "bindaddr"))))
                                 .bind("listen-call")),
                    Callback);
}

bool ListenCalls::run(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CXXMemberCallExpr>("listen-call");
  if (!Call)
    return false;
  const SourceManager &SM = *Result.SourceManager;
  if (SM.isInSystemHeader(SM.getFileLoc(Call->getBeginLoc())))
    return true;
  if (auto Found = listenEndpoint(*Call, *Result.Context)) {
    Endpoint &E = Endpoints[Found->first];
    if (Found->second.Port)
      E.Port = Found->second.Port;
    if (!Found->second.Host.empty())
      E.Host = Found->second.Host;
  }
  return true;
}

void ListenCalls::apply(ServerIdentity &S) const {
  auto It = S.Object.empty() ? Endpoints.end() : Endpoints.find(S.Object);
  if (It != Endpoints.end())
    S.Where = It->second;
}

} // namespace wirecheck
