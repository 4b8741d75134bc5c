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
};
class ClientImpl {};
class Client {
public:
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
