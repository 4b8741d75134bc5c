//===--- RouteExtractorTest.cpp - Tests for lib/routes/RouteExtractor -----===//
//
// Builds small ASTs from code strings and checks what RouteExtractor and
// StringValues find in them: registrations and client calls of cpp-httplib,
// paths built from constants, format strings, project registrars, and paths
// that cannot be resolved (skipped).
//
//===----------------------------------------------------------------------===//

#include "lib/routes/RouteExtractor.h"
#include "lib/routes/StringValues.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;

/// A minimal cpp-httplib, a string class and fmt::format: enough for the
/// extractor's names and the value resolution, without system headers.
static const char Prelude[] = R"cpp(
struct Str {
  Str(const char *);
  const char *c_str() const;
};
Str operator+(const Str &, const Str &);
namespace fmt {
template <class... A> Str format(const char *, A...);
}
namespace httplib {
struct Request {};
struct Response {};
using Handler = void (*)(const Request &, Response &);
class Server {
public:
  Server &Get(const Str &pattern, Handler h);
  Server &Post(const Str &pattern, Handler h);
  bool listen(const Str &host, int port);
  bool bind_to_port(const Str &host, int port);
};
class ClientImpl {};
class Client {
public:
  Client();
  explicit Client(const Str &scheme_host_port);
  Client(const Str &host, int port);
  int Get(const Str &path);
  int Post(const Str &path, const char *body, const char *type);
  int Delete(const Str &path);
};
} // namespace httplib
void handler(const httplib::Request &, httplib::Response &);
)cpp";

namespace {

/// The extractor's results for \p Code (after the prelude).
struct Extraction {
  std::unique_ptr<ASTUnit> AST;
  std::vector<ExtractedRoute> Routes;
  std::vector<ExtractedUse> Uses;
  std::vector<RouteProblem> Problems;
};

} // namespace

static Extraction extract(llvm::StringRef Code,
                          llvm::StringRef Registrars = "") {
  Extraction Out;
  Out.AST = tooling::buildASTFromCodeWithArgs(
      (llvm::Twine(Prelude) + Code).str(), {"-std=c++17"}, "input.cc");
  EXPECT_TRUE(Out.AST);
  if (!Out.AST)
    return Out;
  std::vector<OptionError> Errors;
  RouteExtractor X(parseFunctionSpecs("RouteRegistrars", Registrars, 2, Errors),
                   {});
  EXPECT_TRUE(Errors.empty());
  RouteExtractorCallback Callback(X);
  MatchFinder Finder;
  X.registerMatchers(Finder, &Callback);
  Finder.matchAST(Out.AST->getASTContext());
  X.finish();
  Out.Routes = X.Routes;
  Out.Uses = X.Uses;
  Out.Problems = X.Problems;
  return Out;
}

TEST(RouteExtractorTest, HttplibRegistrations) {
  Extraction E = extract(R"cpp(
void serve(httplib::Server &svr) {
  svr.Get("/api/items/:id", handler);
  svr.Post(R"(/api/items/(\d+)/tags)", handler);
}
)cpp");
  ASSERT_EQ(E.Routes.size(), 2u);
  EXPECT_EQ(E.Routes[0].Entry.Pattern.source(), "/api/items/:id");
  EXPECT_EQ(E.Routes[0].Entry.Methods, std::vector<std::string>{"GET"});
  EXPECT_EQ(E.Routes[0].Entry.Framework, "cpp-httplib");
  EXPECT_EQ(E.Routes[0].Entry.File, "input.cc");
  EXPECT_EQ(E.Routes[1].Entry.Pattern.canonical(), "/api/items/{:uint}/tags");
  EXPECT_EQ(E.Routes[1].Entry.Methods, std::vector<std::string>{"POST"});
  EXPECT_TRUE(E.Uses.empty());
  EXPECT_TRUE(E.Problems.empty());
}

TEST(RouteExtractorTest, HttplibClientUses) {
  Extraction E = extract(R"cpp(
void call(httplib::Client &cli) {
  cli.Post("/api/items", "{}", "application/json");
  cli.Delete("http://localhost:8080/api/items/7?force=1");
}
)cpp");
  ASSERT_EQ(E.Uses.size(), 2u);
  EXPECT_EQ(E.Uses[0].Path.source(), "/api/items");
  EXPECT_EQ(E.Uses[0].Method, "POST");
  EXPECT_EQ(E.Uses[0].Api, "cpp-httplib");
  // One plain literal: a fix-it may replace it.
  ASSERT_TRUE(E.Uses[0].LiteralText);
  EXPECT_EQ(*E.Uses[0].LiteralText, "/api/items");
  EXPECT_EQ(E.Uses[1].Method, "DELETE");
  // A URL: its path is what routes match.
  EXPECT_EQ(urlPath(E.Uses[1].Path.display()), "/api/items/7");
  EXPECT_TRUE(E.Routes.empty());
}

TEST(RouteExtractorTest, ConstantConcatenatedPath) {
  Extraction E = extract(R"cpp(
static const Str kApi = "/api";
constexpr const char *kItems = "/items";
void call(httplib::Client &cli) { cli.Get(kApi + kItems + "/7"); }
)cpp");
  ASSERT_EQ(E.Uses.size(), 1u);
  EXPECT_EQ(E.Uses[0].Path.source(), "/api/items/7");
  EXPECT_EQ(E.Uses[0].Method, "GET");
  // Not one literal: no fix-it.
  EXPECT_FALSE(E.Uses[0].LiteralText);
}

TEST(RouteExtractorTest, FormatStringsKeepRunTimeSegments) {
  Extraction E = extract(R"cpp(
void call(httplib::Client &cli, int id) {
  cli.Get(fmt::format("/api/items/{}/tags", id));
}
)cpp");
  ASSERT_EQ(E.Uses.size(), 1u);
  EXPECT_EQ(E.Uses[0].Path.display(), "/api/items/{}/tags");
}

TEST(RouteExtractorTest, UnresolvablePathsAreSkipped) {
  Extraction E = extract(R"cpp(
Str pathFromConfig();
void serve(httplib::Server &svr, httplib::Client &cli, const char *p) {
  cli.Get(p);
  cli.Get(pathFromConfig());
  svr.Get(pathFromConfig(), handler);
  Str mutablePath = "/api/items";
  if (p)
    mutablePath = p; // Assigned on one path only.
  cli.Get(mutablePath);
  cli.Get("localhost:8080"); // A host, not a route.
}
)cpp");
  EXPECT_TRUE(E.Uses.empty());
  EXPECT_TRUE(E.Routes.empty());
}

TEST(RouteExtractorTest, InvalidRegexIsAProblem) {
  Extraction E = extract(R"cpp(
void serve(httplib::Server &svr) { svr.Get(R"(/api/(\d+)", handler); }
)cpp");
  EXPECT_TRUE(E.Routes.empty());
  ASSERT_EQ(E.Problems.size(), 1u);
  EXPECT_EQ(E.Problems[0].Pattern, R"(/api/(\d+)");
}

TEST(RouteExtractorTest, ProjectRegistrarTakesPathAndMethodArguments) {
  Extraction E = extract(R"cpp(
namespace app {
void addRoute(const char *method, const char *path);
void postRoute(const char *path);
}
void setup() {
  app::addRoute("PUT", "/api/items/{id}");
  app::postRoute("/api/items");
}
)cpp",
                         "app::addRoute:1:0;app::postRoute:0");
  ASSERT_EQ(E.Routes.size(), 2u);
  EXPECT_EQ(E.Routes[0].Entry.Methods, std::vector<std::string>{"PUT"});
  EXPECT_EQ(E.Routes[0].Entry.Framework, "RouteRegistrars");
  // No method argument: the method comes from the function's name.
  EXPECT_EQ(E.Routes[1].Entry.Methods, std::vector<std::string>{"POST"});
}

/// The route registered with \p Path.
static const RouteEntry &routeAt(const Extraction &E, llvm::StringRef Path) {
  for (const ExtractedRoute &R : E.Routes)
    if (R.Entry.Pattern.source() == Path)
      return R.Entry;
  ADD_FAILURE() << "no route " << Path.str();
  static const RouteEntry None;
  return None;
}

TEST(RouteExtractorTest, ServerIdentityIsTheObjectAndItsScope) {
  Extraction E = extract(R"cpp(
httplib::Server global;
void one() {
  httplib::Server svr;
  svr.Get("/a", handler).Post("/b", handler);
  httplib::Server &alias = svr;
  alias.Get("/c", handler);
  svr.Get("/chain1", handler).Get("/chain2", handler).Get("/chain3", handler)
     .Get("/chain4", handler).Get("/chain5", handler).Get("/chain6", handler)
     .Get("/chain7", handler).Get("/chain8", handler).Get("/chain9", handler)
     .Get("/chain10", handler).Get("/chain11", handler).Get("/chain12", handler);
  auto lambda = [](httplib::Server &s) { s.Get("/d", handler); };
  global.Get("/e", handler);
}
void registrar(httplib::Server &p) { p.Get("/f", handler); }
void both(httplib::Server &v4, httplib::Server &v6) {
  v4.Get("/h4", handler);
  v6.Get("/h6", handler);
}
struct Fixture {
  void SetUp() { svr_.Get("/g", handler); }
  httplib::Server svr_;
};
)cpp");
  const ServerIdentity &A = routeAt(E, "/a").Server;
  EXPECT_TRUE(llvm::StringRef(A.Object).starts_with("var:")) << A.Object;
  EXPECT_TRUE(llvm::StringRef(A.Object).contains("input.cc:")) << A.Object;
  EXPECT_TRUE(llvm::StringRef(A.Scope).starts_with("fn:")) << A.Scope;
  EXPECT_TRUE(A.isConcrete());
  // A chained call and a reference are the same object.
  EXPECT_EQ(routeAt(E, "/b").Server.Object, A.Object);
  EXPECT_EQ(routeAt(E, "/c").Server.Object, A.Object);
  // However long the chain (cpp-httplib's fixtures register dozens).
  EXPECT_EQ(routeAt(E, "/chain12").Server.Object, A.Object);
  // A lambda's parameter: the caller's server, in the enclosing function.
  const ServerIdentity &D = routeAt(E, "/d").Server;
  EXPECT_TRUE(llvm::StringRef(D.Object).starts_with("param:"));
  EXPECT_FALSE(D.isConcrete());
  EXPECT_EQ(D.Scope, A.Scope);
  // A global has no scope.
  const ServerIdentity &G = routeAt(E, "/e").Server;
  EXPECT_TRUE(llvm::StringRef(G.Object).starts_with("var:"));
  EXPECT_EQ(G.Scope, "");
  // A registrar's parameter: the server of whoever calls it.
  const ServerIdentity &F = routeAt(E, "/f").Server;
  EXPECT_EQ(F.Object, "caller:httplib::Server");
  // Two server parameters of one registrar: two servers.
  EXPECT_EQ(routeAt(E, "/h4").Server.Object, "caller:httplib::Server#0");
  EXPECT_EQ(routeAt(E, "/h6").Server.Object, "caller:httplib::Server#1");
  EXPECT_FALSE(F.isConcrete());
  EXPECT_NE(F.Scope, A.Scope);
  // A member: the class is its scope.
  EXPECT_EQ(routeAt(E, "/g").Server.Object, "field:Fixture::svr_");
  EXPECT_EQ(routeAt(E, "/g").Server.Scope, "class:Fixture");
}

TEST(RouteExtractorTest, ServerPortsAndClientTargets) {
  Extraction E = extract(R"cpp(
#define PORT 1234
namespace testing { struct Test { virtual void TestBody() {} }; }
struct Fixture : testing::Test {
  void SetUp() {
    svr_.Get("/fixture", handler);
    svr_.bind_to_port("0.0.0.0", PORT);
  }
  httplib::Server svr_;
};
struct Fixture_Case_Test : Fixture { void TestBody() override; };
void Fixture_Case_Test::TestBody() {
  httplib::Client cli("localhost", PORT);
  cli.Get("/fixture");
}
void two() {
  httplib::Server svr;
  svr.Get("/two", handler);
  svr.listen("127.0.0.1", 8080);
  httplib::Client cli("http://localhost:8080");
  cli.Get("/two");
  httplib::Client remote("https://www.example.com");
  remote.Get("/");
  httplib::Client("localhost", 9090).Get("/temp");
}
)cpp");
  const ServerIdentity &Fix = routeAt(E, "/fixture").Server;
  EXPECT_EQ(Fix.Where.Port, std::optional<unsigned>(1234));
  EXPECT_EQ(Fix.Where.Host, "local");
  const ServerIdentity &Two = routeAt(E, "/two").Server;
  EXPECT_EQ(Two.Where.Port, std::optional<unsigned>(8080));
  ASSERT_EQ(E.Uses.size(), 4u);
  // A test body sees its fixture's members.
  const ClientTarget &T0 = E.Uses[0].Target;
  EXPECT_TRUE(llvm::is_contained(T0.Scopes, "class:Fixture"));
  EXPECT_TRUE(llvm::is_contained(T0.Scopes, "class:testing::Test"));
  EXPECT_EQ(T0.Where.Port, std::optional<unsigned>(1234));
  EXPECT_EQ(T0.Where.Host, "local");
  const ClientTarget &T1 = E.Uses[1].Target;
  EXPECT_TRUE(llvm::is_contained(T1.Scopes, Two.Scope));
  EXPECT_EQ(T1.Where.Port, std::optional<unsigned>(8080));
  EXPECT_TRUE(E.Uses[2].Target.Where.isRemote());
  EXPECT_EQ(E.Uses[2].Target.Where.Port, std::optional<unsigned>(443));
  // A temporary client: where it connects, no scope.
  EXPECT_EQ(E.Uses[3].Target.Where.Port, std::optional<unsigned>(9090));
  EXPECT_TRUE(E.Uses[3].Target.Scopes.empty());
}
