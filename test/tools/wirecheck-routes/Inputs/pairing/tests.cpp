// A test file with a server per test: the same path on two tests' servers is
// not registered twice; twice on one server is.
#include <httplib.h>

static void h(const httplib::Request &, httplib::Response &) {}

void firstTest() {
  httplib::Server svr;
  svr.Get("/same", h);
  svr.listen("localhost", 1234);
  httplib::Client cli("localhost", 1234);
  cli.Get("/same");
  cli.Get("/only-second");
}

void secondTest() {
  httplib::Server svr;
  svr.Get("/same", h);
  svr.Get("/only-second", h);
  svr.Get("/only-second", h);
  svr.listen("localhost", 1235);
}

void noServerTest() {
  httplib::Client cli("localhost", 1236);
  cli.Post("/same");
}
