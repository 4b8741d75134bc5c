// Server pairing on the real Debian Pistache headers (libpistache-dev):
// each test's router serves its own test's client (Pistache's own tests
// call their servers with cpp-httplib), and the router of another test is
// not this client's server.
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t \
// RUN:   -- -- -fdelayed-template-parsing

#include <httplib.h>
#include <pistache/endpoint.h>
#include <pistache/router.h>

using namespace Pistache;

class Handlers {
public:
  void read(const Rest::Request &, Http::ResponseWriter) {}
};

void firstTest(Handlers &h) {
  Rest::Router router;
  Rest::Routes::Get(router, "/read/function1",
                    Rest::Routes::bind(&Handlers::read, &h));
  httplib::Client cli("localhost", 9080);
  cli.Get("/read/function1");
  cli.Post("/read/function1", "", "text/plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/read/function1' is registered for GET, not POST [wire-route-mismatch]
  cli.Get("/second");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /second'
}

void secondTest(Handlers &h) {
  Rest::Router router;
  router.get("/second", Rest::Routes::bind(&Handlers::read, &h));
  Rest::Routes::Get(router, "/read/function1",
                    Rest::Routes::bind(&Handlers::read, &h));
  httplib::Client cli("localhost", 9080);
  cli.Get("/second");
}
