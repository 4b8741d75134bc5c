//===--- RouteRoles.cpp - Which functions register or call routes ---------===//

#include "lib/routes/RouteRoles.h"
#include "lib/support/DeclNames.h"
#include "llvm/ADT/STLExtras.h"
#include <cassert>

namespace wirecheck {

namespace {
/// One row of the built-in table.
struct RoleRow {
  RoleKind Kind;
  const char *Name;
  int PathArg;
  int MethodArg;
  const char *Method;
  const char *Framework;
  bool CaseInsensitive;
};
} // namespace

using RK = RoleKind;

// clang-format off
/// The built-in registrars and consumers: kind, function, path argument,
/// method argument, fixed method, framework, case-insensitive paths.
static constexpr RoleRow BuiltinRows[] = {
    // cpp-httplib: server registrations and client calls.
    {RK::Register, "httplib::Server::Get",        0, -1, "GET",     "cpp-httplib", false},
    {RK::Register, "httplib::Server::Post",       0, -1, "POST",    "cpp-httplib", false},
    {RK::Register, "httplib::Server::Put",        0, -1, "PUT",     "cpp-httplib", false},
    {RK::Register, "httplib::Server::Patch",      0, -1, "PATCH",   "cpp-httplib", false},
    {RK::Register, "httplib::Server::Delete",     0, -1, "DELETE",  "cpp-httplib", false},
    {RK::Register, "httplib::Server::Options",    0, -1, "OPTIONS", "cpp-httplib", false},
    {RK::Use,      "httplib::ClientImpl::Get",    0, -1, "GET",     "cpp-httplib", false},
    {RK::Use,      "httplib::ClientImpl::Post",   0, -1, "POST",    "cpp-httplib", false},
    {RK::Use,      "httplib::ClientImpl::Put",    0, -1, "PUT",     "cpp-httplib", false},
    {RK::Use,      "httplib::ClientImpl::Patch",  0, -1, "PATCH",   "cpp-httplib", false},
    {RK::Use,      "httplib::ClientImpl::Delete", 0, -1, "DELETE",  "cpp-httplib", false},
    {RK::Use,      "httplib::ClientImpl::Options",0, -1, "OPTIONS", "cpp-httplib", false},
    {RK::Use,      "httplib::ClientImpl::Head",   0, -1, "HEAD",    "cpp-httplib", false},
    {RK::Use,      "httplib::Client::Get",        0, -1, "GET",     "cpp-httplib", false},
    {RK::Use,      "httplib::Client::Post",       0, -1, "POST",    "cpp-httplib", false},
    {RK::Use,      "httplib::Client::Put",        0, -1, "PUT",     "cpp-httplib", false},
    {RK::Use,      "httplib::Client::Patch",      0, -1, "PATCH",   "cpp-httplib", false},
    {RK::Use,      "httplib::Client::Delete",     0, -1, "DELETE",  "cpp-httplib", false},
    {RK::Use,      "httplib::Client::Options",    0, -1, "OPTIONS", "cpp-httplib", false},
    {RK::Use,      "httplib::Client::Head",       0, -1, "HEAD",    "cpp-httplib", false},
    // Static files: a GET (and HEAD) of any path below the mount point.
    {RK::Mount,    "httplib::Server::set_mount_point", 0, -1, "GET", "cpp-httplib", false},
    {RK::Mount,    "httplib::Server::set_base_dir",    1, -1, "GET", "cpp-httplib", false},
    // A handler that answers some paths before routing, any method.
    {RK::PreRouting, "httplib::Server::set_pre_routing_handler", -1, -1, "", "cpp-httplib", false},
    // Pistache: `Routes::Get(router, path, ...)` and `router.get(path, ...)`.
    {RK::Register, "Pistache::Rest::Routes::Get",     1, -1, "GET",     "Pistache", false},
    {RK::Register, "Pistache::Rest::Routes::Post",    1, -1, "POST",    "Pistache", false},
    {RK::Register, "Pistache::Rest::Routes::Put",     1, -1, "PUT",     "Pistache", false},
    {RK::Register, "Pistache::Rest::Routes::Patch",   1, -1, "PATCH",   "Pistache", false},
    {RK::Register, "Pistache::Rest::Routes::Delete",  1, -1, "DELETE",  "Pistache", false},
    {RK::Register, "Pistache::Rest::Routes::Options", 1, -1, "OPTIONS", "Pistache", false},
    {RK::Register, "Pistache::Rest::Routes::Head",    1, -1, "HEAD",    "Pistache", false},
    {RK::Register, "Pistache::Rest::Router::get",     0, -1, "GET",     "Pistache", false},
    {RK::Register, "Pistache::Rest::Router::post",    0, -1, "POST",    "Pistache", false},
    {RK::Register, "Pistache::Rest::Router::put",     0, -1, "PUT",     "Pistache", false},
    {RK::Register, "Pistache::Rest::Router::patch",   0, -1, "PATCH",   "Pistache", false},
    {RK::Register, "Pistache::Rest::Router::del",     0, -1, "DELETE",  "Pistache", false},
    {RK::Register, "Pistache::Rest::Router::options", 0, -1, "OPTIONS", "Pistache", false},
    {RK::Register, "Pistache::Rest::Router::head",    0, -1, "HEAD",    "Pistache", false},
    // Crow: CROW_ROUTE, CROW_BP_ROUTE, CROW_WEBSOCKET_ROUTE, `.methods()`.
    {RK::CrowRoute,     "crow::Crow::route",                      0, -1, "",    "Crow", false},
    {RK::CrowRoute,     "crow::Crow::route_dynamic",              0, -1, "",    "Crow", false},
    {RK::CrowRoute,     "crow::Blueprint::new_rule_tagged",       0, -1, "",    "Crow", false},
    {RK::CrowRoute,     "crow::Blueprint::new_rule_dynamic",      0, -1, "",    "Crow", false},
    {RK::CrowMethods,   "crow::RuleParameterTraits::methods",    -1,  0, "",    "Crow", false},
    {RK::CrowWebSocket, "crow::RuleParameterTraits::websocket",  -1, -1, "GET", "Crow", false},
    // Drogon: PATH_ADD, WS_PATH_ADD, METHOD_ADD, ADD_METHOD_TO,
    // registerHandler. Drogon matches paths ignoring case.
    {RK::Register,     "drogon::HttpSimpleController::registerSelf__", 0,  1, "",    "Drogon", true},
    {RK::Register,     "drogon::WebSocketController::registerSelf__",  0, -1, "GET", "Drogon", true},
    {RK::DrogonMethod, "drogon::HttpController::registerMethod",       1,  2, "",    "Drogon", true},
    {RK::Register,     "drogon::HttpAppFramework::registerHandler",    0,  2, "",    "Drogon", true},
    // cpprestsdk.
    {RK::ListenerSupport, "web::http::experimental::listener::http_listener::support", -1, 0, "", "cpprestsdk", false},
    {RK::BaseUse,         "web::http::client::http_client::request",                    1, 0, "", "cpprestsdk", false},
    // libcurl, Boost.Beast, websocketpp.
    {RK::CurlSetopt,  "curl_easy_setopt",                     2, -1, "",    "libcurl",     false},
    {RK::BeastTarget, "boost::beast::http::header::target",   0, -1, "",    "Boost.Beast", false},
    {RK::BeastMethod, "boost::beast::http::header::method",  -1,  0, "",    "Boost.Beast", false},
    {RK::Use,         "websocketpp::client::get_connection",  0, -1, "GET", "websocketpp", false},
};
// clang-format on

llvm::ArrayRef<RouteRole> RouteRoles::builtinRoles() {
  static const std::vector<RouteRole> Roles = [] {
    std::vector<RouteRole> Out;
    for (const RoleRow &Row : BuiltinRows) {
      RouteRole R;
      R.Kind = Row.Kind;
      std::optional<QualifiedName> Parsed = QualifiedName::parse(Row.Name);
      assert(Parsed && "malformed built-in route role name");
      R.Name = Parsed.value_or(QualifiedName());
      R.PathArg = Row.PathArg;
      R.MethodArg = Row.MethodArg;
      R.Method = Row.Method;
      R.Framework = Row.Framework;
      R.CaseInsensitive = Row.CaseInsensitive;
      Out.push_back(std::move(R));
    }
    return Out;
  }();
  return Roles;
}

llvm::ArrayRef<VersionMacro> RouteRoles::versionMacros() {
  static constexpr VersionMacro Macros[] = {
      {"CPPHTTPLIB_VERSION", "cpp-httplib"}};
  return Macros;
}

llvm::ArrayRef<std::string> RouteRoles::varClassNames() {
  static const std::vector<std::string> Names = {
      "web::http::experimental::listener::http_listener",
      "boost::beast::http::message"};
  return Names;
}

/// A project registrar or consumer: the method comes from the method
/// argument, else from the function's name.
static RouteRole projectRole(RoleKind Kind, const FunctionSpec &S,
                             llvm::StringRef Option) {
  RouteRole R;
  R.Kind = Kind;
  R.Name = S.Name;
  R.PathArg = S.Index.value_or(0);
  R.MethodArg = S.SecondIndex ? int(*S.SecondIndex) : -1;
  R.MethodFromName = !S.SecondIndex;
  R.Framework = Option.str();
  return R;
}

RouteRoles::RouteRoles(llvm::ArrayRef<FunctionSpec> Registrars,
                       llvm::ArrayRef<FunctionSpec> Consumers) {
  for (const FunctionSpec &S : Registrars)
    Project.push_back(projectRole(RoleKind::Register, S, "RouteRegistrars"));
  for (const FunctionSpec &S : Consumers)
    Project.push_back(projectRole(RoleKind::Use, S, "RouteConsumers"));
  ProjectSpecs.assign(Registrars.begin(), Registrars.end());
  ProjectSpecs.insert(ProjectSpecs.end(), Consumers.begin(), Consumers.end());
}

const RouteRole *RouteRoles::roleOf(const clang::FunctionDecl &FD) {
  const clang::FunctionDecl *Key = FD.getCanonicalDecl();
  auto [It, Inserted] = Cache.try_emplace(Key, nullptr);
  if (!Inserted)
    return It->second;
  auto Matches = [&](const RouteRole &R) { return matchesName(FD, R.Name); };
  // A project entry whose argument index is past the function's parameters
  // does not apply to it (and is reported).
  for (size_t I = 0; I < Project.size(); ++I)
    if (Matches(Project[I]) &&
        Indices.fits(FD, ProjectSpecs[I], Project[I].Framework))
      return It->second = &Project[I];
  llvm::ArrayRef<RouteRole> Builtin = builtinRoles();
  const auto *B = llvm::find_if(Builtin, Matches);
  return It->second = B != Builtin.end() ? &*B : nullptr;
}

std::vector<std::string> RouteRoles::callNames() const {
  std::vector<std::string> Names;
  for (const RouteRole &R : builtinRoles())
    Names.push_back(R.Name.Components.back());
  for (const RouteRole &R : Project)
    Names.push_back(R.Name.Components.back());
  llvm::sort(Names);
  Names.erase(llvm::unique(Names), Names.end());
  return Names;
}

} // namespace wirecheck
