//===--- RouteExtractor.cpp - Route registrations and uses in a TU --------===//

#include "lib/routes/RouteExtractor.h"
#include "lib/support/DeclNames.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace wirecheck {

//===----------------------------------------------------------------------===//
// Resolving string values
//===----------------------------------------------------------------------===//

static bool isConstantVar(const VarDecl &VD, const ASTContext &Ctx) {
  if (isa<ParmVarDecl>(VD))
    return false;
  if (VD.isConstexpr())
    return true;
  QualType T = VD.getType();
  if (T.isConstQualified())
    return true;
  if (const ArrayType *AT = Ctx.getAsArrayType(T))
    return AT->getElementType().isConstQualified();
  return false;
}

/// `{}` and `{0:x}` become UnknownChunk, `{{` and `}}` single braces.
static std::string expandFormat(StringRef Format) {
  std::string Out;
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if ((C == '{' || C == '}') && I + 1 < Format.size() && Format[I + 1] == C) {
      Out += C;
      ++I;
    } else if (C == '{') {
      size_t Close = Format.find('}', I);
      if (Close == StringRef::npos)
        return Out + Format.substr(I).str();
      Out += UnknownChunk;
      I = Close;
    } else {
      Out += C;
    }
  }
  return Out;
}

static bool resolve(const Expr *E, const ASTContext &Ctx, std::string &Out,
                    unsigned Depth) {
  if (!E || Depth > 24)
    return false;
  E = E->IgnoreParenImpCasts();
  if (const auto *C = dyn_cast<ConstantExpr>(E))
    return resolve(C->getSubExpr(), Ctx, Out, Depth + 1);
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return resolve(M->getSubExpr(), Ctx, Out, Depth + 1);
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return resolve(B->getSubExpr(), Ctx, Out, Depth + 1);
  if (const auto *W = dyn_cast<ExprWithCleanups>(E))
    return resolve(W->getSubExpr(), Ctx, Out, Depth + 1);
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return resolve(Cast->getSubExpr(), Ctx, Out, Depth + 1);
  if (const auto *SL = dyn_cast<StringLiteral>(E)) {
    if (SL->getCharByteWidth() == 1) {
      Out += SL->getString();
      return true;
    }
    for (unsigned I = 0, N = SL->getLength(); I < N; ++I) {
      uint32_t Unit = SL->getCodeUnit(I);
      if (Unit >= 0x80)
        return false;
      Out += static_cast<char>(Unit);
    }
    return true;
  }
  if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E)) {
    if (UDL->getLiteralOperatorKind() == UserDefinedLiteral::LOK_String &&
        UDL->getNumArgs() >= 1)
      return resolve(UDL->getArg(0), Ctx, Out, Depth + 1);
    return false;
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    // `std::string("...")`, `std::string_view(k)`, `web::uri(U("..."))`:
    // one argument, the rest defaulted.
    if (CE->getNumArgs() == 0)
      return false;
    for (unsigned I = 1; I < CE->getNumArgs(); ++I)
      if (!isa<CXXDefaultArgExpr>(CE->getArg(I)))
        return false;
    const Expr *Arg = CE->getArg(0);
    QualType T = Arg->getType().getNonReferenceType();
    if (!T->isPointerType() && !T->isArrayType() && !T->isRecordType())
      return false;
    return resolve(Arg, Ctx, Out, Depth + 1);
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !isConstantVar(*VD, Ctx))
      return false;
    const VarDecl *Def = nullptr;
    const Expr *Init = VD->getAnyInitializer(Def);
    return Init && resolve(Init, Ctx, Out, Depth + 1);
  }
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
    const auto *Base =
        dyn_cast<DeclRefExpr>(ASE->getBase()->IgnoreParenImpCasts());
    const auto *VD = Base ? dyn_cast<VarDecl>(Base->getDecl()) : nullptr;
    if (!VD || !isConstantVar(*VD, Ctx))
      return false;
    const VarDecl *Def = nullptr;
    const auto *Init =
        dyn_cast_or_null<InitListExpr>(VD->getAnyInitializer(Def));
    Expr::EvalResult Index;
    if (!Init || ASE->getIdx()->isValueDependent() ||
        !ASE->getIdx()->EvaluateAsInt(Index, Ctx))
      return false;
    uint64_t I = Index.Val.getInt().getLimitedValue();
    return I < Init->getNumInits() &&
           resolve(Init->getInit(I), Ctx, Out, Depth + 1);
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() != OO_Plus || Op->getNumArgs() != 2)
      return false;
    std::string L, R;
    if (!resolve(Op->getArg(0), Ctx, L, Depth + 1) ||
        !resolve(Op->getArg(1), Ctx, R, Depth + 1))
      return false;
    Out += L + R;
    return true;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && MD->getIdentifier() &&
        (MD->getName() == "c_str" || MD->getName() == "data") &&
        MC->getNumArgs() == 0)
      return resolve(MC->getImplicitObjectArgument(), Ctx, Out, Depth + 1);
    return false;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || !FD->getIdentifier() || Call->getNumArgs() == 0)
      return false;
    StringRef Name = FD->getName();
    StringRef NS = topLevelNamespace(*FD);
    if (Name == "format" && (NS == "fmt" || NS == "std")) {
      std::string Format;
      if (!resolve(Call->getArg(0), Ctx, Format, Depth + 1))
        return false;
      Out += expandFormat(Format);
      return true;
    }
    if (Name == "to_string_t" && NS == "utility")
      return resolve(Call->getArg(0), Ctx, Out, Depth + 1);
    return false;
  }
  return false;
}

std::optional<std::string> resolveStringValue(const Expr *E,
                                              const ASTContext &Ctx) {
  std::string Out;
  if (!resolve(E, Ctx, Out, 0))
    return std::nullopt;
  return Out;
}

/// The string literal \p E is, when it is one plain (not raw, not wide)
/// literal, possibly converted to a string class.
static const StringLiteral *plainLiteral(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *SL = dyn_cast<StringLiteral>(E))
      return SL->isOrdinary() && SL->getNumConcatenated() == 1 ? SL : nullptr;
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
      E = CE->getNumArgs() >= 1 ? CE->getArg(0) : nullptr;
    else
      return nullptr;
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

static void addMethod(std::vector<std::string> &Out, StringRef Name) {
  std::string M = normalizeMethod(Name);
  if (!M.empty() && !llvm::is_contained(Out, M))
    Out.push_back(M);
}

/// Collects the HTTP methods named in \p E: enumerators (`drogon::Post`,
/// `crow::HTTPMethod::Post`, `http::verb::post`), static members
/// (`methods::GET`), string literals (`"POST"`, `"POST"_method`).
static void collectMethods(const Expr *E, const ASTContext &Ctx,
                           std::vector<std::string> &Out, unsigned Depth = 0) {
  if (!E || Depth > 16 || isa<LambdaExpr>(E) || isa<CXXDefaultArgExpr>(E))
    return;
  E = E->IgnoreParenImpCasts();
  if (const auto *SL = dyn_cast<StringLiteral>(E)) {
    if (SL->getCharByteWidth() == 1)
      addMethod(Out, SL->getString());
    return;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = DRE->getDecl();
    if (isa<EnumConstantDecl>(D) ||
        (isa<VarDecl>(D) && cast<VarDecl>(D)->isStaticDataMember())) {
      if (D->getIdentifier())
        addMethod(Out, D->getName());
      return;
    }
    if (std::optional<std::string> S = resolveStringValue(DRE, Ctx))
      addMethod(Out, *S);
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (ME->getMemberDecl()->getIdentifier())
      addMethod(Out, ME->getMemberDecl()->getName());
    return;
  }
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      collectMethods(CE, Ctx, Out, Depth + 1);
}

//===----------------------------------------------------------------------===//
// The frameworks
//===----------------------------------------------------------------------===//

// NOLINTNEXTLINE(misc-use-internal-linkage): named by RouteExtractor::Role.
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
};

struct RouteExtractor::Role {
  RoleKind Kind;
  QualifiedName Name;
  int PathArg = 0;
  int MethodArg = -1;
  /// A fixed method; empty: from MethodArg, or every method.
  std::string Method;
  /// Take the method from the function's name when there is no argument.
  bool MethodFromName = false;
  std::string Framework;
  bool CaseInsensitive = false;
};

namespace {
struct RoleTable {
  std::vector<RouteExtractor::Role> Roles;
  std::vector<std::string> CallNames;
  std::vector<std::string> VarClassNames;
};
} // namespace

static RouteExtractor::Role makeRole(RoleKind Kind, StringRef Name, int PathArg,
                                     int MethodArg, StringRef Method,
                                     StringRef Framework,
                                     bool CaseInsensitive = false) {
  RouteExtractor::Role R;
  R.Kind = Kind;
  std::optional<QualifiedName> Parsed = QualifiedName::parse(Name);
  assert(Parsed && "malformed built-in route role name");
  R.Name = Parsed.value_or(QualifiedName());
  R.PathArg = PathArg;
  R.MethodArg = MethodArg;
  R.Method = Method.str();
  R.Framework = Framework.str();
  R.CaseInsensitive = CaseInsensitive;
  return R;
}

/// The built-in registrars and consumers, decided once.
static const RoleTable &builtinRoles() {
  static const RoleTable Table = [] {
    RoleTable T;
    auto Add = [&](RouteExtractor::Role R) { T.Roles.push_back(std::move(R)); };
    struct MethodName {
      const char *Name, *Method;
    };
    static constexpr MethodName Upper[] = {
        {"Get", "GET"},     {"Post", "POST"},     {"Put", "PUT"},
        {"Patch", "PATCH"}, {"Delete", "DELETE"}, {"Options", "OPTIONS"},
        {"Head", "HEAD"}};
    for (const MethodName &M : Upper) {
      if (StringRef(M.Name) != "Head")
        Add(makeRole(RoleKind::Register,
                     std::string("httplib::Server::") + M.Name, 0, -1, M.Method,
                     "cpp-httplib"));
      Add(makeRole(RoleKind::Use, std::string("httplib::ClientImpl::") + M.Name,
                   0, -1, M.Method, "cpp-httplib"));
      Add(makeRole(RoleKind::Use, std::string("httplib::Client::") + M.Name, 0,
                   -1, M.Method, "cpp-httplib"));
      Add(makeRole(RoleKind::Register,
                   std::string("Pistache::Rest::Routes::") + M.Name, 1, -1,
                   M.Method, "Pistache"));
    }
    static constexpr MethodName Lower[] = {
        {"get", "GET"},     {"post", "POST"},  {"put", "PUT"},
        {"patch", "PATCH"}, {"del", "DELETE"}, {"options", "OPTIONS"},
        {"head", "HEAD"}};
    for (const MethodName &M : Lower)
      Add(makeRole(RoleKind::Register,
                   std::string("Pistache::Rest::Router::") + M.Name, 0, -1,
                   M.Method, "Pistache"));
    // Crow: CROW_ROUTE, CROW_BP_ROUTE, CROW_WEBSOCKET_ROUTE, `.methods()`.
    for (const char *N : {"crow::Crow::route", "crow::Crow::route_dynamic",
                          "crow::Blueprint::new_rule_tagged",
                          "crow::Blueprint::new_rule_dynamic"})
      Add(makeRole(RoleKind::CrowRoute, N, 0, -1, "", "Crow"));
    Add(makeRole(RoleKind::CrowMethods, "crow::RuleParameterTraits::methods",
                 -1, 0, "", "Crow"));
    Add(makeRole(RoleKind::CrowWebSocket,
                 "crow::RuleParameterTraits::websocket", -1, -1, "GET",
                 "Crow"));
    // Drogon: PATH_ADD, WS_PATH_ADD, METHOD_ADD, ADD_METHOD_TO,
    // registerHandler. Drogon matches paths ignoring case.
    Add(makeRole(RoleKind::Register,
                 "drogon::HttpSimpleController::registerSelf__", 0, 1, "",
                 "Drogon", true));
    Add(makeRole(RoleKind::Register,
                 "drogon::WebSocketController::registerSelf__", 0, -1, "GET",
                 "Drogon", true));
    Add(makeRole(RoleKind::DrogonMethod,
                 "drogon::HttpController::registerMethod", 1, 2, "", "Drogon",
                 true));
    Add(makeRole(RoleKind::Register,
                 "drogon::HttpAppFramework::registerHandler", 0, 2, "",
                 "Drogon", true));
    // cpprestsdk.
    Add(makeRole(RoleKind::ListenerSupport,
                 "web::http::experimental::listener::http_listener::support",
                 -1, 0, "", "cpprestsdk"));
    Add(makeRole(RoleKind::Use, "web::http::client::http_client::request", 1, 0,
                 "", "cpprestsdk"));
    // libcurl, Boost.Beast, websocketpp.
    Add(makeRole(RoleKind::CurlSetopt, "curl_easy_setopt", 2, -1, "",
                 "libcurl"));
    Add(makeRole(RoleKind::BeastTarget, "boost::beast::http::header::target", 0,
                 -1, "", "Boost.Beast"));
    Add(makeRole(RoleKind::BeastMethod, "boost::beast::http::header::method",
                 -1, 0, "", "Boost.Beast"));
    Add(makeRole(RoleKind::Use, "websocketpp::client::get_connection", 0, -1,
                 "GET", "websocketpp"));
    for (const RouteExtractor::Role &R : T.Roles)
      if (!llvm::is_contained(T.CallNames, R.Name.Components.back()))
        T.CallNames.push_back(R.Name.Components.back());
    T.VarClassNames = {"web::http::experimental::listener::http_listener",
                       "boost::beast::http::message"};
    return T;
  }();
  return Table;
}

RouteExtractor::RouteExtractor(std::vector<FunctionSpec> RegistrarSpecs,
                               std::vector<FunctionSpec> ConsumerSpecs)
    : Registrars(std::move(RegistrarSpecs)),
      Consumers(std::move(ConsumerSpecs)) {
  for (const FunctionSpec &S : Registrars) {
    auto R = std::make_unique<Role>();
    R->Kind = RoleKind::Register;
    R->Name = S.Name;
    R->PathArg = S.Index.value_or(0);
    R->MethodArg = S.SecondIndex ? int(*S.SecondIndex) : -1;
    R->MethodFromName = !S.SecondIndex;
    R->Framework = "RouteRegistrars";
    UserRoles.push_back(std::move(R));
  }
  for (const FunctionSpec &S : Consumers) {
    auto R = std::make_unique<Role>();
    R->Kind = RoleKind::Use;
    R->Name = S.Name;
    R->PathArg = S.Index.value_or(0);
    R->MethodArg = S.SecondIndex ? int(*S.SecondIndex) : -1;
    R->MethodFromName = !S.SecondIndex;
    R->Framework = "RouteConsumers";
    UserRoles.push_back(std::move(R));
  }
}

RouteExtractor::~RouteExtractor() = default;

void RouteExtractor::registerMatchers(MatchFinder &Finder,
                                      MatchFinder::MatchCallback *Callback) {
  // The last components only: clang's hasName wants template arguments
  // spelled for members of class templates (`Crow<>::route`), which the
  // user cannot know. roleOf() then checks the qualified name, once per
  // declaration.
  std::vector<std::string> NameText = builtinRoles().CallNames;
  for (const auto &R : UserRoles)
    NameText.push_back(R->Name.Components.back());
  llvm::sort(NameText);
  NameText.erase(llvm::unique(NameText), NameText.end());
  std::vector<StringRef> Names(NameText.begin(), NameText.end());
  std::vector<StringRef> Classes(builtinRoles().VarClassNames.begin(),
                                 builtinRoles().VarClassNames.end());
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
}

namespace {
/// Reports oatpp's `ENDPOINT("GET", "/path", name, ...)` macros.
class EndpointMacros : public PPCallbacks {
public:
  EndpointMacros(RouteExtractor &Extractor, Preprocessor &PP)
      : Extractor(Extractor), PP(PP) {}

  void MacroExpands(const Token &Name, const MacroDefinition &MD,
                    SourceRange Range, const MacroArgs *Args) override {
    const IdentifierInfo *II = Name.getIdentifierInfo();
    if (!II || !Args ||
        (II->getName() != "ENDPOINT" && II->getName() != "ENDPOINT_ASYNC"))
      return;
    const MacroInfo *MI = MD.getMacroInfo();
    if (!MI || Args->getNumMacroArguments() < 3)
      return;
    // Only oatpp's macro.
    StringRef File = PP.getSourceManager().getFilename(MI->getDefinitionLoc());
    if (!File.contains("/oatpp/") && !File.contains("\\oatpp\\"))
      return;
    std::optional<std::string> Method = literalArg(Args, 0);
    std::optional<std::string> Path = literalArg(Args, 1);
    if (Method && Path)
      Extractor.addMacroRoute(Range.getBegin(), *Method, *Path, "oatpp");
  }

private:
  std::optional<std::string> literalArg(const MacroArgs *Args, unsigned I) {
    const Token *T = Args->getUnexpArgument(I);
    if (MacroArgs::getArgLength(T) != 1 || !T->is(tok::string_literal))
      return std::nullopt;
    std::string Spelling = PP.getSpelling(*T);
    StringRef S = Spelling;
    if (!S.consume_front("\"") || !S.consume_back("\"") || S.contains('\\'))
      return std::nullopt;
    return S.str();
  }

  RouteExtractor &Extractor;
  Preprocessor &PP;
};
} // namespace

void RouteExtractor::registerPPCallbacks(Preprocessor &PP) {
  SM = &PP.getSourceManager();
  PP.addPPCallbacks(std::make_unique<EndpointMacros>(*this, PP));
}

const RouteExtractor::Role *RouteExtractor::roleOf(const FunctionDecl &FD) {
  const FunctionDecl *Key = FD.getCanonicalDecl();
  auto [It, Inserted] = RoleCache.try_emplace(Key, nullptr);
  if (!Inserted)
    return It->second;
  const Role *Found = nullptr;
  // Project functions first: they may wrap a library call of the same name.
  for (const auto &R : UserRoles)
    if (matchesName(FD, R->Name)) {
      Found = R.get();
      break;
    }
  if (!Found)
    for (const Role &R : builtinRoles().Roles)
      if (matchesName(FD, R.Name)) {
        Found = &R;
        break;
      }
  It->second = Found;
  return Found;
}

/// Fills the position fields of \p E from \p Loc.
static void setPosition(RouteEntry &E, const SourceManager &SM,
                        SourceLocation Loc) {
  PresumedLoc P = SM.getPresumedLoc(Loc);
  if (P.isInvalid())
    return;
  E.File = P.getFilename();
  E.Line = P.getLine();
  E.Column = P.getColumn();
}

static std::string joinPath(StringRef Prefix, StringRef Path) {
  if (Prefix.empty())
    return Path.str();
  std::string Out = Prefix.rtrim('/').str();
  if (!Path.starts_with("/"))
    Out += '/';
  Out += Path;
  return Out;
}

void RouteExtractor::addRoute(const Expr *PathExpr,
                              std::vector<std::string> Methods,
                              StringRef Framework, StringRef Prefix,
                              bool CaseInsensitive, const Expr *Anchor) {
  std::optional<std::string> Text = resolveStringValue(PathExpr, *Ctx);
  if (!Text || StringRef(*Text).contains(UnknownChunk))
    return;
  SourceLocation Loc = SM->getFileLoc(PathExpr->getBeginLoc());
  std::string Full = joinPath(Prefix, *Text);
  llvm::Expected<RoutePattern> P = RoutePattern::parse(Full);
  if (!P) {
    Problems.push_back({Loc, Full, llvm::toString(P.takeError())});
    return;
  }
  ExtractedRoute R;
  R.Entry.Pattern = std::move(*P);
  R.Entry.Methods = std::move(Methods);
  R.Entry.Framework = Framework.str();
  R.Entry.CaseInsensitive = CaseInsensitive;
  R.Loc = Loc;
  setPosition(R.Entry, *SM, Loc);
  Routes.push_back(std::move(R));
}

void RouteExtractor::addMacroRoute(SourceLocation Loc, StringRef Method,
                                   StringRef Path, StringRef Framework) {
  Loc = SM->getFileLoc(Loc);
  if (SM->isInSystemHeader(Loc))
    return;
  llvm::Expected<RoutePattern> P = RoutePattern::parse(Path);
  if (!P) {
    Problems.push_back({Loc, Path.str(), llvm::toString(P.takeError())});
    return;
  }
  ExtractedRoute R;
  R.Entry.Pattern = std::move(*P);
  std::vector<std::string> Methods;
  addMethod(Methods, Method);
  R.Entry.Methods = std::move(Methods);
  R.Entry.Framework = Framework.str();
  R.Loc = Loc;
  setPosition(R.Entry, *SM, Loc);
  Routes.push_back(std::move(R));
}

void RouteExtractor::addUse(const Expr *PathExpr, StringRef Method,
                            StringRef Api, const ValueDecl *Handle) {
  std::optional<std::string> Text = resolveStringValue(PathExpr, *Ctx);
  if (!Text)
    return;
  StringRef T = *Text;
  // Only paths and URLs: `"localhost:8080"` or a host name is not a route.
  if (!T.starts_with("/") && !T.contains("://"))
    return;
  ExtractedUse U;
  U.Path = RoutePattern::parseUse(T);
  U.Method = Method.str();
  U.Loc = SM->getFileLoc(PathExpr->getBeginLoc());
  U.Api = Api.str();
  if (const StringLiteral *SL = plainLiteral(PathExpr)) {
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

/// The variable an expression names, through casts.
static const ValueDecl *namedVar(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DRE->getDecl());
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return dyn_cast<FieldDecl>(ME->getMemberDecl());
  return nullptr;
}

/// Crow's rule prefix: `crow::Blueprint bp("api")` gives "/api".
static std::optional<std::string> blueprintPrefix(const Expr *Object,
                                                  const ASTContext &Ctx) {
  const auto *VD = dyn_cast_or_null<VarDecl>(namedVar(Object));
  if (!VD || !VD->getInit())
    return std::nullopt;
  const auto *CE = dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit());
  if (!CE || CE->getNumArgs() == 0)
    return std::nullopt;
  std::optional<std::string> P = resolveStringValue(CE->getArg(0), Ctx);
  if (!P)
    return std::nullopt;
  return "/" + StringRef(*P).trim('/').str();
}

/// Drogon prefixes METHOD_ADD paths with the controller's qualified name.
static std::optional<std::string> drogonClassPrefix(const FunctionDecl &FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  const auto *Spec =
      MD ? dyn_cast<ClassTemplateSpecializationDecl>(MD->getParent()) : nullptr;
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  const CXXRecordDecl *Controller =
      Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  if (!Controller)
    return std::nullopt;
  std::string Name = plainQualifiedName(*Controller);
  std::string Out = "/";
  for (size_t I = 0; I < Name.size(); ++I) {
    if (Name.compare(I, 2, "::") == 0) {
      Out += '/';
      ++I;
    } else {
      Out += Name[I];
    }
  }
  return Out;
}

void RouteExtractor::handleCall(const CallExpr &Call, const FunctionDecl &FD) {
  const Role *R = roleOf(FD);
  if (!R)
    return;
  unsigned N = Call.getNumArgs();
  auto Arg = [&](int I) -> const Expr * {
    return I >= 0 && unsigned(I) < N ? Call.getArg(I) : nullptr;
  };
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  const Expr *Object = Member ? Member->getImplicitObjectArgument() : nullptr;
  auto MethodsOf = [&](const Role &Ro) {
    std::vector<std::string> M;
    if (const Expr *A = Arg(Ro.MethodArg))
      collectMethods(A, *Ctx, M);
    if (M.empty() && !Ro.Method.empty())
      M.push_back(Ro.Method);
    if (M.empty() && Ro.MethodFromName && FD.getIdentifier()) {
      std::string FromName = methodFromFunctionName(FD.getName());
      if (!FromName.empty())
        M.push_back(FromName);
    }
    return M;
  };

  switch (R->Kind) {
  case RoleKind::Register:
    if (const Expr *P = Arg(R->PathArg))
      addRoute(P, MethodsOf(*R), R->Framework, "", R->CaseInsensitive);
    return;
  case RoleKind::Use:
    if (const Expr *P = Arg(R->PathArg)) {
      std::vector<std::string> M = MethodsOf(*R);
      addUse(P, M.size() == 1 ? StringRef(M.front()) : StringRef(),
             R->Framework);
    }
    return;
  case RoleKind::CrowRoute: {
    const Expr *P = Arg(0);
    if (!P)
      return;
    std::string Prefix;
    if (FD.getName().starts_with("new_rule")) {
      std::optional<std::string> BP = blueprintPrefix(Object, *Ctx);
      if (!BP)
        return;
      Prefix = *BP;
    }
    CrowRoutes.push_back({&Call, P, Prefix, false});
    return;
  }
  case RoleKind::CrowMethods:
  case RoleKind::CrowWebSocket: {
    // Walk `.methods(...).middlewares<...>()` back to the rule.
    const Expr *Base = Object;
    while (Base) {
      Base = Base->IgnoreParenImpCasts();
      const auto *MC = dyn_cast<CXXMemberCallExpr>(Base);
      if (!MC)
        break;
      const FunctionDecl *Callee = MC->getDirectCallee();
      const Role *BR = Callee ? roleOf(*Callee) : nullptr;
      if (BR && BR->Kind == RoleKind::CrowRoute)
        break;
      Base = MC->getImplicitObjectArgument();
    }
    if (!Base)
      return;
    std::vector<std::string> &M = CrowMethods[Base];
    if (R->Kind == RoleKind::CrowWebSocket) {
      addMethod(M, "GET");
      return;
    }
    for (unsigned I = 0; I < N; ++I)
      collectMethods(Call.getArg(I), *Ctx, M);
    return;
  }
  case RoleKind::DrogonMethod: {
    const Expr *P = Arg(R->PathArg);
    if (!P)
      return;
    std::string Prefix;
    bool ClassPrefix = true;
    if (const Expr *C = Arg(3)) {
      bool V;
      if (!C->isValueDependent() && C->EvaluateAsBooleanCondition(V, *Ctx))
        ClassPrefix = V;
    }
    if (ClassPrefix) {
      std::optional<std::string> CP = drogonClassPrefix(FD);
      if (!CP)
        return;
      Prefix = *CP;
    }
    addRoute(P, MethodsOf(*R), R->Framework, Prefix, true);
    return;
  }
  case RoleKind::ListenerSupport: {
    const ValueDecl *Var = namedVar(Object);
    if (!Var)
      return;
    std::vector<std::string> &M = ListenerMethods[Var];
    if (N == 1)
      M.push_back("*");
    else
      collectMethods(Arg(0), *Ctx, M);
    return;
  }
  case RoleKind::CurlSetopt: {
    if (N != 3)
      return;
    const auto *Opt = dyn_cast<DeclRefExpr>(Arg(1)->IgnoreParenImpCasts());
    const ValueDecl *Handle = namedVar(Arg(0));
    if (!Opt || !Opt->getDecl()->getIdentifier())
      return;
    StringRef Name = Opt->getDecl()->getName();
    if (Name == "CURLOPT_URL") {
      size_t Index = Uses.size();
      addUse(Arg(2), "", R->Framework);
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
      if (std::optional<std::string> S = resolveStringValue(Arg(2), *Ctx)) {
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
    return;
  }
  case RoleKind::BeastTarget:
    if (N == 1)
      addUse(Arg(0), "", R->Framework, namedVar(Object));
    return;
  case RoleKind::BeastMethod:
    if (N == 1)
      if (const ValueDecl *Var = namedVar(Object))
        collectMethods(Arg(0), *Ctx, HandleMethods[Var]);
    return;
  }
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
      addUse(CE->getArg(1), M.size() == 1 ? StringRef(M.front()) : StringRef(),
             "Boost.Beast");
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
    addRoute(C.PathExpr, std::move(M), "Crow", C.Prefix);
  }
  for (const PendingListener &L : Listeners) {
    std::optional<std::string> Url = resolveStringValue(L.PathExpr, *Ctx);
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
    R.Loc = SM->getFileLoc(L.PathExpr->getBeginLoc());
    setPosition(R.Entry, *SM, R.Loc);
    Routes.push_back(std::move(R));
  }
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
  RoleCache.clear();
  CrowRoutes.clear();
  CrowMethods.clear();
  Listeners.clear();
  ListenerMethods.clear();
  HandleMethods.clear();
  HandleUses.clear();
  Ctx = nullptr;
}

} // namespace wirecheck
