// Server pairing on the real Debian headers (libcpp-httplib-dev,
// googletest): each test's client is judged against its own server, a
// fixture's server serves its TEST_F bodies, the port picks one of two
// servers, and a client whose server is not visible is judged against none.
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t

#include <gtest/gtest.h>
#include <httplib.h>

#define HOST "localhost"
#define PORT 1234

static void ok(const httplib::Request &, httplib::Response &res) {
  res.set_content("ok", "text/plain");
}

TEST(CancelTest, NoCancelPost) {
  httplib::Server svr;
  svr.Post("/", ok);
  svr.bind_to_port(HOST, PORT);
  httplib::Client cli(HOST, PORT);
  EXPECT_TRUE(cli.Post("/", "body", "text/plain"));
  EXPECT_TRUE(cli.Get("/stream"));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: no registered route matches 'GET /stream'
}

TEST(CancelTest, WithCancelLargePayloadPost) {
  httplib::Server svr;
  svr.Post("/", ok);
  svr.Get("/stream", ok);
  httplib::Client cli(HOST, PORT);
  EXPECT_TRUE(cli.Get("/stream"));
}

// No server in this test: the client expects a connection error.
TEST(ClientTest, ConnectionError) {
  httplib::Client cli(HOST, PORT + 1);
  auto res = cli.Put("/", "body", "text/plain");
  EXPECT_FALSE(res);
}

class ServerTest : public ::testing::Test {
protected:
  void SetUp() override {
    svr_.Get("/hi", ok);
    svr_.Post("/person", ok);
  }
  httplib::Server svr_;
  httplib::Client cli_{HOST, PORT};
};

TEST_F(ServerTest, GetHi) {
  EXPECT_TRUE(cli_.Get("/hi"));
  EXPECT_TRUE(cli_.Get("/person"));
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: '/person' is registered for POST, not GET [wire-route-mismatch]
}

TEST(ListenTest, TwoServers) {
  httplib::Server http, other;
  http.Get("/http-only", ok);
  other.Get("/other-only", ok);
  http.bind_to_port("0.0.0.0", 8080);
  other.bind_to_port("0.0.0.0", 8081);
  httplib::Client cli("http://localhost:8080");
  EXPECT_TRUE(cli.Get("/http-only"));
  EXPECT_TRUE(cli.Get("/other-only"));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: no registered route matches 'GET /other-only'
}
