//===--- PathVariablesTest.cpp - Route paths kept in variables ------------===//
//
// Builds small ASTs from code strings and checks which paths kept in
// ordinary variables and members RouteExtractor resolves (through
// StringValues and VariableValues: one definition reaches the use, nothing
// may change it behind the analysis), and which it reports as unresolved,
// with the reason.
//
//===----------------------------------------------------------------------===//

#include "lib/routes/RouteExtractor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace wirecheck;

/// A string class with the members that change it, a string_view, a
/// minimal cpp-httplib and a few functions that take strings.
static const char Prelude[] = R"cpp(
namespace std {
struct string_view {
  string_view(const char *);
};
template <class C> struct basic_string {
  basic_string();
  basic_string(const C *);
  basic_string(const basic_string &);
  basic_string &operator=(const basic_string &);
  basic_string &operator=(const C *);
  basic_string &operator+=(const C *);
  basic_string &append(const C *);
  const C *c_str() const;
  unsigned size() const;
};
using string = basic_string<char>;
string operator+(const string &, const string &);
string operator+(const string &, const char *);
} // namespace std
namespace httplib {
struct Request {};
struct Response {};
using Handler = void (*)(const Request &, Response &);
class Server {
public:
  Server &Get(const std::string &pattern, Handler h);
  Server &Post(const std::string &pattern, Handler h);
};
class Client {
public:
  int Get(const std::string &path);
};
} // namespace httplib
namespace app {
void route(std::string_view path);
}
void handler(const httplib::Request &, httplib::Response &);
void takeRef(std::string &);
void takeConstRef(const std::string &);
void takePtr(std::string *);
std::string fromConfig();
)cpp";

namespace {

/// The extractor's results for \p Code, sorted: route and use paths, and
/// each unresolved path as "line: reason" (registrations) or "use line:
/// reason", lines counted from the start of \p Code.
struct Found {
  std::vector<std::string> Routes;
  std::vector<std::string> Uses;
  std::vector<std::string> Unresolved;
};

} // namespace

static Found extract(llvm::StringRef Code) {
  Found Out;
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      (llvm::Twine(Prelude) + Code).str(), {"-std=c++17"}, "input.cc");
  EXPECT_TRUE(AST);
  if (!AST)
    return Out;
  std::vector<OptionError> Errors;
  RouteExtractor X(
      parseFunctionSpecs("RouteRegistrars", "app::route", 2, Errors), {});
  RouteExtractorCallback Callback(X);
  MatchFinder Finder;
  X.registerMatchers(Finder, &Callback);
  Finder.matchAST(AST->getASTContext());
  X.finish();
  const SourceManager &SM = AST->getSourceManager();
  unsigned PreludeLines = llvm::StringRef(Prelude).count('\n');
  for (const ExtractedRoute &R : X.Routes)
    Out.Routes.push_back(R.Entry.Pattern.source());
  for (const ExtractedUse &U : X.Uses)
    Out.Uses.push_back(U.Path.source());
  for (const UnresolvedPath &U : X.Unresolved) {
    // "(line N)" in a reason, counted from the start of the code too.
    std::string Reason = U.Reason;
    size_t At = Reason.find("(line ");
    if (At != std::string::npos) {
      unsigned Line = std::stoul(Reason.substr(At + 6));
      Reason = Reason.substr(0, At) + "(line " +
               std::to_string(Line - PreludeLines) + ")";
    }
    Out.Unresolved.push_back(
        (U.Registration ? "" : "use ") +
        std::to_string(SM.getPresumedLineNumber(U.Loc) - PreludeLines) + ": " +
        Reason);
  }
  // The order of the matches is not the point.
  llvm::sort(Out.Routes);
  llvm::sort(Out.Uses);
  llvm::sort(Out.Unresolved);
  return Out;
}

using Strings = std::vector<std::string>;

static Strings sorted(Strings S) {
  llvm::sort(S);
  return S;
}

TEST(PathVariablesTest, LocalsInitialisedOnceResolve) {
  Found F = extract(R"cpp(
void serve(httplib::Server &svr) {
  std::string jobPath = "/jobs/([0-9a-f]{8})";
  svr.Get(jobPath, handler);
  auto health = std::string("/health");
  svr.Get(health, handler);
  const char *raw = "/raw";
  svr.Get(raw, handler);
  std::string prefix = "/api";
  svr.Get(prefix + R"(/x/(\d+))", handler);
  svr.Post(prefix + "/y", handler);
  std::string copy = prefix;
  takeConstRef(copy);
  svr.Get(copy.c_str(), handler);
  std::string_view view = "/view";
  app::route(view);
}
)cpp");
  EXPECT_EQ(F.Routes, (Strings{"/api", R"(/api/x/(\d+))", "/api/y", "/health",
                               "/jobs/([0-9a-f]{8})", "/raw", "/view"}));
  EXPECT_EQ(F.Unresolved, Strings{});
}

TEST(PathVariablesTest, TheDefinitionThatReachesTheUseCounts) {
  Found F = extract(R"cpp(
void serve(httplib::Server &svr) {
  std::string reassigned = "/old";
  reassigned = "/new";
  svr.Get(reassigned, handler);
  std::string changedAfter = "/before";
  svr.Get(changedAfter, handler);
  changedAfter += "/after";
  std::string grown = "/a";
  grown = grown + "/b";
  svr.Get(grown, handler);
  static std::string app = "/app";
  svr.Get(app + "/index", handler);
  std::string captured = "/captured";
  auto later = [&svr, captured] { svr.Get(captured, handler); };
  later();
}
)cpp");
  EXPECT_EQ(F.Routes,
            (Strings{"/a/b", "/app/index", "/before", "/captured", "/new"}));
  EXPECT_EQ(F.Unresolved, Strings{});
}

TEST(PathVariablesTest, VariablesThatMayChangeAreNotResolved) {
  Found F = extract(R"cpp(
void serve(httplib::Server &svr, bool flag, const char *p) {
  std::string some = "/a";
  if (flag)
    some = "/b";
  svr.Get(some, handler);
  std::string grown = "/b";
  grown += "/more";
  svr.Get(grown, handler);
  std::string byRef = "/c";
  takeRef(byRef);
  svr.Get(byRef, handler);
  std::string byPtr = "/d";
  takePtr(&byPtr);
  svr.Get(byPtr, handler);
  svr.Get(p, handler);
  svr.Get(fromConfig(), handler);
  std::string appended = "/e";
  appended.append("/x");
  svr.Get(appended, handler);
  std::string inLambda = "/f";
  auto change = [&] { inLambda = "/g"; };
  svr.Get(inLambda, handler);
  std::string empty;
  svr.Get(empty, handler);
  std::string looped = "/h";
  for (int I = 0; I < 2; ++I) {
    svr.Get(looped, handler);
    looped = "/i";
  }
}
)cpp");
  const std::string Some = "is assigned on some paths before this use";
  const std::string Escapes = "may be changed through a reference or pointer";
  EXPECT_EQ(F.Routes, Strings{});
  EXPECT_EQ(F.Unresolved,
            sorted({"6: 'some' " + Some + " (line 5)",
                    "9: 'grown' is modified before this use (line 8)",
                    "12: 'byRef' " + Escapes + " (line 11)",
                    "15: 'byPtr' " + Escapes + " (line 14)",
                    "16: 'p' is a parameter of the function",
                    "17: computed at run time by 'fromConfig'",
                    "20: 'appended' is modified before this use (line 19)",
                    "23: 'inLambda' " + Escapes + " (line 22)",
                    "25: not a string literal or constant",
                    "28: 'looped' " + Some + " (line 29)"}));
}

TEST(PathVariablesTest, ClientUsesAreReportedToo) {
  Found F = extract(R"cpp(
void call(httplib::Client &cli, const char *p) {
  std::string items = "/api/items";
  cli.Get(items);
  cli.Get(p);
  std::string host = "localhost:8080"; // A host, not a route: not counted.
  cli.Get(host);
}
)cpp");
  EXPECT_EQ(F.Uses, Strings{"/api/items"});
  EXPECT_EQ(F.Unresolved, Strings{"use 5: 'p' is a parameter of the function"});
}

TEST(PathVariablesTest, MembersSetOnceResolve) {
  Found F = extract(R"cpp(
class Api {
public:
  Api() : m_statusPath("/status") { m_bodyPath = "/body"; }
  explicit Api(int) : m_statusPath("/status"), m_bodyPath("/body") {}
  void routes(httplib::Server &svr) {
    svr.Get(m_statusPath, handler);
    svr.Get(m_base + "/items", handler);
    svr.Get(m_bodyPath, handler);
  }

private:
  std::string m_statusPath;
  std::string m_bodyPath;
  std::string m_base = "/api";
};
struct Plain {
  void routes(httplib::Server &svr) { svr.Get(m_path, handler); }

private:
  std::string m_path = "/plain";
};
)cpp");
  EXPECT_EQ(F.Routes, (Strings{"/api/items", "/body", "/plain", "/status"}));
  EXPECT_EQ(F.Unresolved, Strings{});
}

TEST(PathVariablesTest, MembersThatMayChangeAreNotResolved) {
  Found F = extract(R"cpp(
class Api {
public:
  Api() { m_two = "/one"; }
  explicit Api(int) { m_two = "/two"; }
  void routes(httplib::Server &svr) {
    svr.Get(m_changed, handler);
    svr.Get(m_public, handler);
    svr.Get(m_two, handler);
  }
  void reset() { m_changed = "/other"; }
  std::string m_public = "/public";

private:
  std::string m_changed = "/changed";
  std::string m_two;
};
class Elsewhere {
public:
  Elsewhere();
  void routes(httplib::Server &svr) { svr.Get(m_path, handler); }

private:
  std::string m_path = "/elsewhere";
};
)cpp");
  const std::string Public =
      "is a public member: code outside the class may change it";
  const std::string Undefined = "is not defined in this translation unit";
  EXPECT_EQ(F.Routes, Strings{});
  EXPECT_EQ(
      F.Unresolved,
      sorted({"7: 'm_changed' is changed in 'reset'", "8: 'm_public' " + Public,
              "9: 'm_two' is given different values by the constructors",
              "21: a constructor of 'Elsewhere' " + Undefined + " (line 20)"}));
}
