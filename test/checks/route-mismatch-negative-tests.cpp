// RUN: %check_clang_tidy %s wire-route-mismatch %t

// Negative tests: a call of a route the server lacks, made on purpose, whose
// statement or one of the next three statements names a 4xx status, is not
// reported. Anything else near it is.

#include <httplib.h>
#include <string>

#define EXPECT_EQ(a, b) (void)((a) == (b))

static void h(const httplib::Request &, httplib::Response &) {}
static int status(const httplib::Result &) { return 0; }
namespace Code {
enum { Ok = 200, Not_Found = 404, Method_Not_Allowed = 405 };
} // namespace Code

void negativeTests() {
  httplib::Server svr;
  svr.Get("/read/function1", h);
  httplib::Client client("localhost", 8080);

  // Code 404 - Not Found.
  auto res = client.Get("/read/does_not_exist");
  EXPECT_EQ(status(res), 404);

  res = client.Get("/read/missing");
  EXPECT_EQ(status(res), Code::Not_Found);

  int count_not_found = 0;
  client.Get("/kefka");
  client.Get("/vicks");
  EXPECT_EQ(count_not_found, 2);

  EXPECT_EQ(405, status(client.Get("/read/function2")));

  // A client-side error is expected (cpp-httplib's Error::Write).
  enum class Error { Success, Write };
  auto injected = client.Get("/read/function1\r\nInjected: x");
  EXPECT_EQ(Error::Write, Error::Success);
  (void)injected;

  // A 2xx is expected: the typo is a finding.
  res = client.Get("/read/function");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: no registered route matches 'GET /read/function'; did you mean '/read/function1'?
  EXPECT_EQ(status(res), 200);

  // A path that merely contains the words is not an expectation.
  client.Get("/not_found");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: no registered route matches 'GET /not_found'
  client.Get("/404");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: no registered route matches 'GET /404'
}

void farAway() {
  httplib::Server svr;
  svr.Get("/a", h);
  httplib::Client client("localhost", 8081);
  client.Get("/b");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: no registered route matches 'GET /b'; did you mean '/a'?
  int x = 0;
  x += 1;
  x += 2;
  x += 3;
  EXPECT_EQ(x, 404);
}
