//===--- ServerPairingTest.cpp - Tests for lib/routes/ServerPairing -------===//
//
// Which routes a client use is judged against (its own scope's server, the
// TU's one server, another TU's one server, none), where host and port
// agree, and which registrations count as one server.
//
//===----------------------------------------------------------------------===//

#include "lib/routes/ServerPairing.h"
#include "lib/routes/RouteSet.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static RouteEntry route(llvm::StringRef Path, llvm::StringRef Object,
                        llvm::StringRef Scope,
                        std::optional<unsigned> Port = std::nullopt) {
  RouteEntry R;
  R.Pattern = std::move(*RoutePattern::parse(Path));
  R.Server.Object = Object.str();
  R.Server.Scope = Scope.str();
  R.Server.Where.Port = Port;
  return R;
}

static ClientTarget target(std::vector<std::string> Scopes,
                           std::optional<unsigned> Port = std::nullopt,
                           llvm::StringRef Host = "") {
  ClientTarget T;
  T.Scopes = std::move(Scopes);
  T.Where.Port = Port;
  T.Where.Host = Host.str();
  return T;
}

/// The paths of \p Routes, joined with spaces.
static std::string paths(llvm::ArrayRef<const RouteEntry *> Routes) {
  std::string Out;
  for (const RouteEntry *R : Routes)
    Out += (Out.empty() ? "" : " ") + R->Pattern.source();
  return Out;
}

TEST(ServerPairingTest, Endpoints) {
  Endpoint E = Endpoint::fromUrl("http://LocalHost:8080/api?x=1");
  EXPECT_EQ(E.Host, "local");
  EXPECT_EQ(E.Port, std::optional<unsigned>(8080));
  EXPECT_EQ(Endpoint::fromUrl("https://www.google.com/").Host,
            "www.google.com");
  EXPECT_EQ(Endpoint::fromUrl("https://www.google.com/").Port,
            std::optional<unsigned>(443));
  EXPECT_EQ(Endpoint::fromUrl("http://[::1]:34568/").Host, "local");
  EXPECT_EQ(Endpoint::fromUrl("http://[::1]:34568/").Port,
            std::optional<unsigned>(34568));
  EXPECT_EQ(Endpoint::fromUrl("/no/scheme").Host, "");
  EXPECT_EQ(Endpoint::normalizeHost("127.0.0.1"), "local");
  EXPECT_EQ(Endpoint::normalizeHost("0.0.0.0"), "local");

  Endpoint Client, Server;
  EXPECT_TRUE(Endpoint::agree(Client, Server));
  Client.Port = 1234;
  EXPECT_TRUE(Endpoint::agree(Client, Server)); // Unknown on one side.
  Server.Port = 1235;
  EXPECT_FALSE(Endpoint::agree(Client, Server));
  Server.Port = 1234;
  Client.Host = "www.google.com";
  EXPECT_FALSE(Endpoint::agree(Client, Server));
  Server.Host = "local";
  Client.Host = "local";
  EXPECT_TRUE(Endpoint::agree(Client, Server));
}

TEST(ServerPairingTest, ServersInTheUsesScopeOnly) {
  RouteEntry A = route("/a", "var:t.cc:3:3", "fn:t.cc:1:1");
  RouteEntry B = route("/b", "var:t.cc:9:3", "fn:t.cc:8:1");
  RouteEntry F = route("/f", "field:Fixture::svr_", "class:Fixture");
  std::vector<const RouteEntry *> Local = {&A, &B, &F};
  EXPECT_EQ(paths(routesForUse(target({"fn:t.cc:1:1"}), Local, {}, {})), "/a");
  // A test body of a fixture sees the fixture's members.
  EXPECT_EQ(paths(routesForUse(target({"fn:t.cc:20:1", "class:Fixture"}), Local,
                               {}, {})),
            "/f");
  // Several servers in the TU, none in scope: the client's server is not
  // visible.
  EXPECT_TRUE(routesForUse(target({"fn:t.cc:30:1"}), Local, {}, {}).empty());
  // In scope, but on another port: the client talks to something else.
  RouteEntry P = route("/p", "var:t.cc:41:3", "fn:t.cc:40:1", 8080);
  std::vector<const RouteEntry *> WithPort = {&P};
  EXPECT_TRUE(
      routesForUse(target({"fn:t.cc:40:1"}, 9090), WithPort, {}, {}).empty());
  EXPECT_EQ(
      paths(routesForUse(target({"fn:t.cc:40:1"}, 8080), WithPort, {}, {})),
      "/p");
}

TEST(ServerPairingTest, OneServerInTheTUOrElsewhere) {
  // main starts the server; a helper elsewhere in the TU calls it.
  RouteEntry Main = route("/main", "var:m.cc:5:3", "fn:m.cc:4:1");
  RouteEntry Helper = route("/helper", "param:m.cc:9:20", "fn:m.cc:9:1");
  RouteEntry Other = route("/other", "var:o.cc:5:3", "fn:o.cc:4:1");
  RouteEntry Spec = route("/spec", "", "");
  std::vector<const RouteEntry *> Local = {&Main, &Helper};
  // A parameter stands for the caller's server: still one server.
  EXPECT_EQ(
      paths(routesForUse(target({"fn:m.cc:20:1"}), Local, {&Other}, {&Spec})),
      "/main /helper /other /spec");
  // No server in the TU: the rest of the project's, when it is one.
  EXPECT_EQ(paths(routesForUse(target({}), {}, {&Other, &Helper}, {})),
            "/other /helper");
  RouteEntry Second = route("/second", "var:p.cc:5:3", "fn:p.cc:4:1");
  EXPECT_TRUE(routesForUse(target({}), {}, {&Other, &Second}, {}).empty());
  // ... unless host and port say which.
  Second.Server.Where.Port = 7000;
  Other.Server.Where.Port = 7001;
  EXPECT_EQ(
      paths(routesForUse(target({}, 7000), {}, {&Other, &Second}, {&Spec})),
      "/second /spec");
  // Only a spec.
  EXPECT_EQ(paths(routesForUse(target({}), {}, {}, {&Spec})), "/spec");
  // A remote host: the spec only.
  EXPECT_EQ(paths(routesForUse(target({"fn:m.cc:20:1"}, 443, "www.google.com"),
                               Local, {&Other}, {&Spec})),
            "/spec");
}

TEST(ServerPairingTest, SameServerKeys) {
  ServerIdentity Local{"var:t.cc:3:3", "fn:t.cc:1:1", {}};
  ServerIdentity Global{"var:s.h:2:1", "", {}};
  ServerIdentity Member{"field:App::svr_", "class:App", {}};
  ServerIdentity Caller{"caller:httplib::Server", "fn:a.cc:1:6", {}};
  ServerIdentity Lambda{"param:t.cc:5:20", "fn:t.cc:1:1", {}};
  ServerIdentity Unknown;
  // Registrar helpers feed their program's server; a lambda's parameter is
  // its own.
  EXPECT_EQ(sameServerKey(Caller, 0, false), sameServerKey(Caller, 1, false));
  EXPECT_NE(sameServerKey(Caller, 0, true), sameServerKey(Caller, 1, false));
  EXPECT_EQ(sameServerKey(Lambda, 0, false), sameServerKey(Lambda, 1, true));
  // Listeners on one port in one function are one server; in two, two.
  ServerIdentity Port1{"port:local:8080", "fn:t.cc:1:1", {}};
  ServerIdentity Port2{"port:local:8080", "fn:t.cc:9:1", {}};
  EXPECT_NE(sameServerKey(Port1, 0, false), sameServerKey(Port2, 0, false));
  // A local variable is itself, whichever TU sees it.
  EXPECT_EQ(sameServerKey(Local, 0, true), sameServerKey(Local, 1, true));
  // A global or a member is one per program: TUs without main may be linked
  // together, two TUs with main are two programs.
  EXPECT_EQ(sameServerKey(Global, 0, false), sameServerKey(Global, 1, false));
  EXPECT_NE(sameServerKey(Global, 0, true), sameServerKey(Global, 1, true));
  EXPECT_NE(sameServerKey(Member, 0, true), sameServerKey(Member, 1, true));
  EXPECT_EQ(sameServerKey(Member, 0, false), sameServerKey(Member, 1, false));
  // An unknown object is one per TU.
  EXPECT_EQ(sameServerKey(Unknown, 0, false), sameServerKey(Unknown, 0, false));
  EXPECT_NE(sameServerKey(Unknown, 0, false), sameServerKey(Unknown, 1, false));
}
