//===--- RouteExtractor.cpp - Route registrations and uses in a TU --------===//

#include "lib/routes/RouteExtractor.h"
#include "lib/routes/EndpointMacros.h"
#include "lib/routes/ExpectedFailures.h"
#include "lib/routes/PreRouting.h"
#include "lib/routes/RoutePrefixes.h"
#include "lib/routes/ServerScope.h"
#include "lib/routes/StringValues.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace wirecheck {

RouteExtractor::RouteExtractor(llvm::ArrayRef<FunctionSpec> Registrars,
                               llvm::ArrayRef<FunctionSpec> Consumers)
    : Roles(Registrars, Consumers) {}

void RouteExtractor::registerMatchers(MatchFinder &Finder,
                                      MatchFinder::MatchCallback *Callback) {
  // The last components only: clang's hasName wants template arguments
  // spelled for members of class templates (`Crow<>::route`), which the
  // user cannot know. RouteRoles::roleOf() then checks the qualified name,
  // once per declaration.
  std::vector<std::string> NameText = Roles.callNames();
  std::vector<StringRef> Names(NameText.begin(), NameText.end());
  llvm::ArrayRef<std::string> ClassText = RouteRoles::varClassNames();
  std::vector<StringRef> Classes(ClassText.begin(), ClassText.end());
  // Calls of the known registrars and consumers, named once here.
  Finder.addMatcher(
      traverse(TK_IgnoreUnlessSpelledInSource,
               callExpr(callee(functionDecl(hasAnyName(Names)).bind("callee")))
                   .bind("route-call")),
      Callback);
  // `http_listener listener(url)`, `request<...> req{verb, target, 11}`.
  Finder.addMatcher(
      traverse(
          TK_IgnoreUnlessSpelledInSource,
          varDecl(hasType(hasUnqualifiedDesugaredType(recordType(
                      hasDeclaration(cxxRecordDecl(hasAnyName(Classes)))))),
                  hasInitializer(expr()))
              .bind("route-var")),
      Callback);
  Listens.registerMatchers(Finder, Callback);
}

void RouteExtractor::registerPPCallbacks(Preprocessor &PP) {
  SM = &PP.getSourceManager();
  PP.addPPCallbacks(watchEndpointMacros(*this, PP));
}

static void setPosition(RouteEntry &E, const SourceManager &SM,
                        SourceLocation Loc) {
  PresumedLoc P = SM.getPresumedLoc(Loc);
  if (P.isInvalid())
    return;
  E.File = P.getFilename();
  E.Line = P.getLine();
  E.Column = P.getColumn();
}

void RouteExtractor::addPattern(SourceLocation Loc, StringRef Path,
                                std::vector<std::string> Methods,
                                StringRef Framework, bool CaseInsensitive) {
  std::string Version = Versions.lookup(Framework);
  llvm::Expected<RoutePattern> P =
      RoutePattern::parse(Path, routeSyntaxFor(Framework, Version));
  if (!P) {
    Problems.push_back({Loc, Path.str(), llvm::toString(P.takeError())});
    return;
  }
  ExtractedRoute R;
  R.Entry.Pattern = std::move(*P);
  R.Entry.Methods = std::move(Methods);
  R.Entry.Framework = Framework.str();
  R.Entry.FrameworkVersion = std::move(Version);
  R.Entry.CaseInsensitive = CaseInsensitive;
  R.Entry.ExpectsFailure = expectsRegistrationFailure(*SM, Loc);
  R.Loc = Loc;
  setPosition(R.Entry, *SM, Loc);
  Routes.push_back(std::move(R));
}

void RouteExtractor::addUnresolved(SourceLocation Loc, bool Registration,
                                   std::string Reason) {
  Unresolved.push_back({SM->getFileLoc(Loc), Registration, std::move(Reason)});
}

std::optional<std::string> RouteExtractor::resolvePath(const Expr *E,
                                                       bool Registration) {
  if (!Vars)
    Vars = std::make_unique<VariableValues>(*Ctx);
  std::string Why;
  std::optional<std::string> Text =
      resolveStringValue(E, *Ctx, Vars.get(), &Why);
  if (!Text)
    addUnresolved(E->getBeginLoc(), Registration, std::move(Why));
  return Text;
}

void RouteExtractor::addRoute(const Expr *PathExpr,
                              std::vector<std::string> Methods,
                              StringRef Framework, StringRef Prefix,
                              bool CaseInsensitive) {
  std::optional<std::string> Text = resolvePath(PathExpr, true);
  if (!Text)
    return;
  if (StringRef(*Text).contains(UnknownChunk)) {
    addUnresolved(PathExpr->getBeginLoc(), true,
                  "part of the path is known only at run time");
    return;
  }
  addPattern(SM->getFileLoc(PathExpr->getBeginLoc()), joinPath(Prefix, *Text),
             std::move(Methods), Framework, CaseInsensitive);
}

void RouteExtractor::addMacroRoute(SourceLocation Loc, StringRef Method,
                                   StringRef Path, StringRef Framework) {
  Loc = SM->getFileLoc(Loc);
  if (SM->isInSystemHeader(Loc))
    return;
  std::vector<std::string> Methods;
  addMethod(Methods, Method);
  addPattern(Loc, Path, std::move(Methods), Framework, false);
}

void RouteExtractor::setFrameworkVersion(StringRef Framework,
                                         StringRef Version) {
  Versions[Framework] = Version.str();
}

void RouteExtractor::addUse(const Expr *PathExpr, StringRef Method,
                            StringRef Api, const ValueDecl *Handle,
                            StringRef Base) {
  std::optional<std::string> Text = resolvePath(PathExpr, false);
  if (!Text)
    return;
  // A base URI goes before a relative path (its host too, so that the use
  // says which server it calls); a fix-it could only rewrite the tail.
  bool Prefixed = false;
  if (!Base.empty() && !StringRef(*Text).contains("://")) {
    llvm::StringRef BasePath = urlPath(Base);
    Prefixed = !BasePath.empty() && BasePath != "/";
    *Text = joinPath(Base, *Text);
  }
  StringRef T = *Text;
  // Only paths and URLs: `"localhost:8080"` or a host name is not a route.
  if (!T.starts_with("/") && !T.contains("://"))
    return;
  // A negative test's call of a route it knows is missing: not a finding.
  if (expectsClientError(*SM, PathExpr->getBeginLoc()))
    return;
  ExtractedUse U;
  U.Path = RoutePattern::parseUse(T);
  U.Method = Method.str();
  U.Loc = SM->getFileLoc(PathExpr->getBeginLoc());
  U.Api = Api.str();
  // A fix-it rewrites the literal, which holds only the part after the base.
  const StringLiteral *SL = Prefixed ? nullptr : plainStringLiteral(PathExpr);
  if (SL) {
    CharSourceRange Range = Lexer::makeFileCharRange(
        CharSourceRange::getTokenRange(SL->getSourceRange()), *SM,
        Ctx->getLangOpts());
    if (Range.isValid() && Lexer::getSourceText(Range, *SM, Ctx->getLangOpts())
                               .starts_with("\"")) {
      U.LiteralText = SL->getString().str();
      U.LiteralRange = Range;
    }
  }
  if (Handle)
    HandleUses.push_back({Uses.size(), Handle, false});
  Uses.push_back(std::move(U));
}

const Expr *RouteExtractor::RoleCall::arg(int I) const {
  return I >= 0 && unsigned(I) < Call.getNumArgs() ? Call.getArg(I) : nullptr;
}

/// The methods of a call: from the method argument, else the role's fixed
/// method, else (project functions) the function's name.
std::vector<std::string> RouteExtractor::methodsOf(const RoleCall &C) const {
  std::vector<std::string> M;
  if (const Expr *A = C.arg(C.Role.MethodArg))
    collectMethods(A, *Ctx, M);
  if (M.empty() && !C.Role.Method.empty())
    M.push_back(C.Role.Method);
  if (M.empty() && C.Role.MethodFromName && C.Callee.getIdentifier()) {
    std::string FromName = methodFromFunctionName(C.Callee.getName());
    if (!FromName.empty())
      M.push_back(FromName);
  }
  return M;
}

void RouteExtractor::handleCall(const CallExpr &Call, const FunctionDecl &FD) {
  const RouteRole *R = Roles.roleOf(FD);
  if (!R)
    return;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  RoleCall C{Call, FD, *R,
             Member ? Member->getImplicitObjectArgument() : nullptr};
  size_t OldRoutes = Routes.size(), OldUses = Uses.size();
  dispatch(C);
  // The server a registration is made on: the object of the call, or the
  // first argument before the path (Pistache's `Routes::Get(router, ...)`).
  const Expr *Receiver = C.Object         ? C.Object
                         : R->PathArg > 0 ? C.arg(0)
                                          : nullptr;
  if (Routes.size() > OldRoutes) {
    ServerIdentity S = serverOf(Receiver, *Ctx);
    for (size_t I = OldRoutes; I < Routes.size(); ++I)
      Routes[I].Entry.Server = S;
  }
  // The client: the object of the call, or curl's handle.
  const Expr *Client = R->Kind == RoleKind::CurlSetopt ? C.arg(0) : C.Object;
  for (size_t I = OldUses; I < Uses.size(); ++I)
    Uses[I].Target = targetOf(Client, Uses[I].Path.source(), *Ctx);
}

void RouteExtractor::dispatch(const RoleCall &C) {
  const RouteRole *R = &C.Role;
  unsigned N = C.Call.getNumArgs();
  switch (R->Kind) {
  case RoleKind::Register:
    if (const Expr *P = C.arg(R->PathArg))
      addRoute(P, methodsOf(C), R->Framework, "", R->CaseInsensitive);
    return;
  case RoleKind::Use:
    if (const Expr *P = C.arg(R->PathArg)) {
      std::vector<std::string> M = methodsOf(C);
      addUse(P, M.size() == 1 ? StringRef(M.front()) : StringRef(),
             R->Framework);
    }
    return;
  case RoleKind::CrowRoute:
    return handleCrowRoute(C);
  case RoleKind::CrowMethods:
  case RoleKind::CrowWebSocket:
    return handleCrowMethods(C);
  case RoleKind::DrogonMethod:
    return handleDrogonMethod(C);
  case RoleKind::ListenerSupport:
    return handleListenerSupport(C);
  case RoleKind::CurlSetopt:
    return handleCurlSetopt(C);
  case RoleKind::BaseUse:
    return handleBaseUse(C);
  case RoleKind::Mount:
    return handleMount(C);
  case RoleKind::PreRouting:
    return handlePreRouting(C);
  case RoleKind::BeastTarget:
    if (N == 1)
      addUse(C.arg(0), "", R->Framework, namedVariable(C.Object));
    return;
  case RoleKind::BeastMethod:
    if (N == 1)
      if (const ValueDecl *Var = namedVariable(C.Object))
        collectMethods(C.arg(0), *Ctx, HandleMethods[Var]);
    return;
  }
}

void RouteExtractor::handleCrowRoute(const RoleCall &C) {
  const Expr *P = C.arg(0);
  if (!P)
    return;
  std::string Prefix;
  if (C.Callee.getName().starts_with("new_rule")) {
    std::optional<std::string> BP = blueprintPrefix(C.Object, *Ctx);
    if (!BP) {
      addUnresolved(P->getBeginLoc(), true,
                    "the blueprint's prefix is not known");
      return;
    }
    Prefix = *BP;
  }
  ServerIdentity S = serverOf(C.Object, *Ctx);
  // A blueprint's routes are served by the app it is registered with.
  if (!Prefix.empty())
    S.Object = "mounted:" + S.Object;
  CrowRoutes.push_back({&C.Call, P, Prefix, std::move(S)});
}

void RouteExtractor::handleCrowMethods(const RoleCall &C) {
  // Walk `.methods(...).middlewares<...>()` back to the rule.
  const Expr *Base = C.Object;
  while (Base) {
    Base = Base->IgnoreParenImpCasts();
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Base);
    if (!MC)
      break;
    const FunctionDecl *Callee = MC->getDirectCallee();
    const RouteRole *BR = Callee ? Roles.roleOf(*Callee) : nullptr;
    if (BR && BR->Kind == RoleKind::CrowRoute)
      break;
    Base = MC->getImplicitObjectArgument();
  }
  if (!Base)
    return;
  std::vector<std::string> &M = CrowMethods[Base];
  if (C.Role.Kind == RoleKind::CrowWebSocket) {
    addMethod(M, "GET");
    return;
  }
  for (const Expr *Arg : C.Call.arguments())
    collectMethods(Arg, *Ctx, M);
}

void RouteExtractor::handleDrogonMethod(const RoleCall &C) {
  const Expr *P = C.arg(C.Role.PathArg);
  if (!P)
    return;
  std::string Prefix;
  bool ClassPrefix = true;
  if (const Expr *Flag = C.arg(3)) {
    bool V;
    if (!Flag->isValueDependent() && Flag->EvaluateAsBooleanCondition(V, *Ctx))
      ClassPrefix = V;
  }
  if (ClassPrefix) {
    std::optional<std::string> CP = drogonClassPrefix(C.Callee);
    if (!CP) {
      addUnresolved(P->getBeginLoc(), true,
                    "the controller's class is not known");
      return;
    }
    Prefix = *CP;
  }
  addRoute(P, methodsOf(C), C.Role.Framework, Prefix, true);
}

void RouteExtractor::handleListenerSupport(const RoleCall &C) {
  const ValueDecl *Var = namedVariable(C.Object);
  if (!Var)
    return;
  std::vector<std::string> &M = ListenerMethods[Var];
  if (C.Call.getNumArgs() == 1)
    M.push_back("*");
  else
    collectMethods(C.arg(0), *Ctx, M);
}

void RouteExtractor::handleCurlSetopt(const RoleCall &C) {
  if (C.Call.getNumArgs() != 3)
    return;
  const auto *Opt = dyn_cast<DeclRefExpr>(C.arg(1)->IgnoreParenImpCasts());
  const ValueDecl *Handle = namedVariable(C.arg(0));
  if (!Opt || !Opt->getDecl()->getIdentifier())
    return;
  StringRef Name = Opt->getDecl()->getName();
  if (Name == "CURLOPT_URL") {
    size_t Index = Uses.size();
    addUse(C.arg(2), "", C.Role.Framework);
    if (Uses.size() > Index && Handle) {
      const auto *VD = dyn_cast<VarDecl>(Handle);
      HandleUses.push_back({Index, Handle, VD && VD->isLocalVarDecl()});
    }
    return;
  }
  if (!Handle)
    return;
  std::vector<std::string> &M = HandleMethods[Handle];
  if (Name == "CURLOPT_CUSTOMREQUEST") {
    if (std::optional<std::string> S = resolveStringValue(C.arg(2), *Ctx)) {
      std::string Method = normalizeMethod(*S);
      if (!Method.empty())
        M.push_back("!" + Method);
    }
  } else if (Name == "CURLOPT_POST" || Name == "CURLOPT_POSTFIELDS" ||
             Name == "CURLOPT_COPYPOSTFIELDS") {
    M.push_back("POST");
  } else if (Name == "CURLOPT_UPLOAD" || Name == "CURLOPT_PUT") {
    M.push_back("PUT");
  } else if (Name == "CURLOPT_NOBODY") {
    M.push_back("HEAD");
  } else if (Name == "CURLOPT_HTTPGET") {
    M.push_back("GET");
  }
}

void RouteExtractor::handleBaseUse(const RoleCall &C) {
  const Expr *P = C.arg(C.Role.PathArg);
  if (!P)
    return;
  std::vector<std::string> M = methodsOf(C);
  addUse(P, M.size() == 1 ? StringRef(M.front()) : StringRef(),
         C.Role.Framework, nullptr, clientBaseUri(C.Object, *Ctx));
}

void RouteExtractor::handleMount(const RoleCall &C) {
  // `set_base_dir(dir)` mounts at "/".
  const Expr *P = C.arg(C.Role.PathArg);
  std::optional<std::string> Mount = P && !isa<CXXDefaultArgExpr>(P)
                                         ? resolveStringValue(P, *Ctx)
                                         : std::optional<std::string>("");
  if (!Mount || StringRef(*Mount).contains(UnknownChunk))
    return;
  SourceLocation Loc = SM->getFileLoc(
      (P && !isa<CXXDefaultArgExpr>(P) ? P : &C.Call)->getBeginLoc());
  // Every path below the mount point, as a file may be there.
  size_t Index = Routes.size();
  addPattern(Loc, StringRef(*Mount).rtrim('/').str() + "/*", {C.Role.Method},
             C.Role.Framework, false);
  if (Routes.size() > Index)
    Routes.back().Entry.Mount = true;
}

void RouteExtractor::handlePreRouting(const RoleCall &C) {
  const Expr *Handler = C.arg(0);
  if (!Handler)
    return;
  // The paths it compares `req.path` with, for every method; or, when it
  // may answer any path, all of them.
  std::optional<std::vector<const Expr *>> Paths = preRoutingPaths(Handler);
  size_t Index = Routes.size();
  if (!Paths) {
    addPattern(SM->getFileLoc(Handler->getBeginLoc()), "/*", {},
               C.Role.Framework, false);
  } else {
    for (const Expr *P : *Paths) {
      std::optional<std::string> Text = resolveStringValue(P, *Ctx);
      if (Text && StringRef(*Text).starts_with("/") &&
          !StringRef(*Text).contains(UnknownChunk))
        addPattern(SM->getFileLoc(P->getBeginLoc()), *Text, {},
                   C.Role.Framework, false);
    }
  }
  for (size_t I = Index; I < Routes.size(); ++I)
    Routes[I].Entry.Mount = true;
}

void RouteExtractor::run(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  SM = Result.SourceManager;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("route-call")) {
    const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("callee");
    if (!FD || Call->containsErrors() || Call->isInstantiationDependent() ||
        SM->isInSystemHeader(SM->getFileLoc(Call->getBeginLoc())))
      return;
    handleCall(*Call, *FD);
    return;
  }
  if (Listens.run(Result))
    return;
  if (const auto *VD = Result.Nodes.getNodeAs<VarDecl>("route-var")) {
    const auto *CE =
        dyn_cast_or_null<CXXConstructExpr>(VD->getInit()->IgnoreImplicit());
    if (!CE || CE->containsErrors() || CE->isInstantiationDependent() ||
        SM->isInSystemHeader(SM->getFileLoc(VD->getLocation())))
      return;
    const CXXRecordDecl *RD = CE->getConstructor()->getParent();
    if (RD->getName() == "http_listener") {
      if (CE->getNumArgs() >= 1)
        Listeners.push_back({CE->getArg(0), VD});
      return;
    }
    // Beast: `request<string_body> req{verb::post, "/path", 11}`.
    if (CE->getNumArgs() >= 2 &&
        CE->getArg(0)->IgnoreParenImpCasts()->getType()->isEnumeralType()) {
      std::vector<std::string> M;
      collectMethods(CE->getArg(0), *Ctx, M);
      HandleMethods[VD].insert(HandleMethods[VD].end(), M.begin(), M.end());
      size_t Old = Uses.size();
      addUse(CE->getArg(1), M.size() == 1 ? StringRef(M.front()) : StringRef(),
             "Boost.Beast");
      if (Uses.size() > Old)
        Uses.back().Target = targetOf(VD, Uses.back().Path.source(), *Ctx);
    }
  }
}

void RouteExtractor::finish() {
  if (!Ctx)
    return;
  for (const PendingCrowRoute &C : CrowRoutes) {
    auto It = CrowMethods.find(C.Call);
    std::vector<std::string> M =
        It != CrowMethods.end() ? It->second : std::vector<std::string>{"GET"};
    size_t Old = Routes.size();
    addRoute(C.PathExpr, std::move(M), "Crow", C.Prefix);
    if (Routes.size() > Old)
      Routes.back().Entry.Server = C.Server;
  }
  for (const PendingListener &L : Listeners) {
    std::optional<std::string> Url = resolvePath(L.PathExpr, true);
    if (!Url)
      continue;
    // A listener serves its path and everything below it.
    std::string Path = urlPath(*Url).rtrim('/').str() + "/*";
    std::vector<std::string> M = ListenerMethods.lookup(L.Var);
    if (llvm::is_contained(M, "*"))
      M.clear();
    llvm::Expected<RoutePattern> P = RoutePattern::parse(Path);
    if (!P) {
      llvm::consumeError(P.takeError());
      continue;
    }
    ExtractedRoute R;
    R.Entry.Pattern = std::move(*P);
    R.Entry.Methods = std::move(M);
    R.Entry.Framework = "cpprestsdk";
    R.Entry.Server = serverOf(L.Var, *Ctx);
    R.Entry.Server.Where = Endpoint::fromUrl(*Url);
    // Listeners on one port are paths of one server.
    if (R.Entry.Server.Where.Port)
      R.Entry.Server.Object = "port:" + R.Entry.Server.Where.Host + ":" +
                              std::to_string(*R.Entry.Server.Where.Port);
    R.Loc = SM->getFileLoc(L.PathExpr->getBeginLoc());
    setPosition(R.Entry, *SM, R.Loc);
    Routes.push_back(std::move(R));
  }
  for (ExtractedRoute &R : Routes)
    Listens.apply(R.Entry.Server);
  for (const PendingHandleUse &H : HandleUses) {
    ExtractedUse &U = Uses[H.UseIndex];
    if (!U.Method.empty())
      continue;
    std::vector<std::string> All = HandleMethods.lookup(H.Handle);
    std::vector<std::string> Custom, Plain;
    for (const std::string &M : All)
      (StringRef(M).starts_with("!") ? Custom : Plain).push_back(M);
    std::vector<std::string> &Pick = Custom.empty() ? Plain : Custom;
    llvm::sort(Pick);
    Pick.erase(llvm::unique(Pick), Pick.end());
    if (Pick.size() == 1)
      U.Method = StringRef(Pick.front()).ltrim('!').str();
    else if (Pick.empty() && H.DefaultGet)
      U.Method = "GET";
  }
}

void RouteExtractor::clear() {
  Routes.clear();
  Uses.clear();
  Problems.clear();
  Unresolved.clear();
  Vars.reset();
  Roles.clearCache();
  CrowRoutes.clear();
  CrowMethods.clear();
  Listeners.clear();
  ListenerMethods.clear();
  HandleMethods.clear();
  HandleUses.clear();
  Listens.clear();
  Versions.clear();
  Ctx = nullptr;
}

} // namespace wirecheck
