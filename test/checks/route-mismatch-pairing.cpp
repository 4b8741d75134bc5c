// RUN: %check_clang_tidy %s wire-route-mismatch %t

// A test suite with many servers: each client is judged against the server
// it talks to (same test body, same fixture, same port), and a client whose
// server is not visible is judged against none.

#include <httplib.h>
#include <string>

// GoogleTest's shapes: a test body is a member function of a class derived
// from the fixture.
namespace testing {
class Test {
public:
  virtual ~Test() = default;
  virtual void SetUp() {}
  virtual void TestBody() = 0;
};
} // namespace testing
#define TEST_F(Fixture, Name)                                                  \
  class Fixture##_##Name##_Test : public Fixture {                             \
    void TestBody() override;                                                  \
  };                                                                           \
  void Fixture##_##Name##_Test::TestBody()
#define TEST(Suite, Name)                                                      \
  class Suite##_##Name##_Test : public testing::Test {                         \
    void TestBody() override;                                                  \
  };                                                                           \
  void Suite##_##Name##_Test::TestBody()

static void h(const httplib::Request &, httplib::Response &) {}

TEST(Pairing, First) {
  httplib::Server svr;
  svr.Get("/first", h);
  httplib::Client cli("localhost", 1234);
  cli.Get("/first");
  cli.Get("/second");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /second'
}

TEST(Pairing, Second) {
  httplib::Server svr;
  svr.Get("/second", h);
  httplib::Client cli("localhost", 1234);
  cli.Get("/second");
  cli.Post("/second");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/second' is registered for GET, not POST [wire-route-mismatch]
}

// No server in this test (the test expects a client-side error): the
// servers of the other tests are not this client's.
TEST(Pairing, NoServer) {
  httplib::Client cli("localhost", 1234);
  cli.Post("/first");
  cli.Get("/nowhere");
}

// The server is a member of the fixture, registered in SetUp.
class ServerTest : public testing::Test {
protected:
  void SetUp() override {
    svr_.Get("/fixture", h);
    svr_.Post("/fixture/post", h);
  }
  httplib::Server svr_;
  httplib::Client cli_{"localhost", 1234};
};

TEST_F(ServerTest, UsesTheFixturesServer) {
  cli_.Get("/fixture");
  cli_.Get("/fixture/post");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/fixture/post' is registered for POST, not GET [wire-route-mismatch]
  cli_.Get("/first");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'GET /first'
  httplib::Client local("localhost", 1234);
  local.Post("/fixture");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '/fixture' is registered for GET, not POST [wire-route-mismatch]
}

// Two servers in one test: the port says which one a client talks to.
TEST(Pairing, TwoServers) {
  httplib::Server a, b;
  a.Get("/a-only", h);
  b.Get("/b-only", h);
  a.listen("localhost", 8081);
  b.listen("0.0.0.0", 8082);
  httplib::Client ca("localhost", 8081);
  ca.Get("/a-only");
  ca.Get("/b-only");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: no registered route matches 'GET /b-only'
  httplib::Client cb("http://127.0.0.1:8082");
  cb.Get("/b-only");
  // No server here listens on 9999: something else answers.
  httplib::Client other("http://localhost:9999");
  other.Get("/a-only/x");
  // A remote host is not one of these servers.
  httplib::Client google("https://www.google.com");
  google.Get("/search");
}

// A server and a client handed to lambdas written in one test body.
template <class Setup, class Call> void withServer(Setup &&S, Call &&C) {}

TEST(Pairing, Lambdas) {
  withServer([](httplib::Server &svr) { svr.Post("/upload", h); },
             [](httplib::Client &cli) {
               cli.Put("/upload", "", "text/plain");
               // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: '/upload' is registered for POST, not PUT [wire-route-mismatch]
             });
}

// A route holding `%` is printed as written (and does not crash the
// diagnostic): notes name the routes of the client's own server.
TEST(Pairing, PercentInRoute) {
  httplib::Server svr;
  svr.Get("/e%6edwith%", h);
  httplib::Client cli("localhost", 1234);
  cli.Post("/e%6edwith%");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/e%6edwith%' is registered for GET, not POST [wire-route-mismatch]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: route '/e%6edwith%' registered here for GET
}
