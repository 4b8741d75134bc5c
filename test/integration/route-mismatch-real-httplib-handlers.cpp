// cpp-httplib on its real Debian header (libcpp-httplib-dev 0.11.4): a
// pre-routing handler's paths, and regular expressions ending in `/?`. Each
// function's client talks to the server of its own function.
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t

#include <httplib.h>
#include <string>

// The real `set_pre_routing_handler`: the paths its lambda compares
// `req.path` with are answered, for every method.
void preRouting() {
  httplib::Server svr;
  svr.set_pre_routing_handler(
      [](const httplib::Request &req, httplib::Response &res) {
        if (req.path == "/routing_handler") {
          res.set_content("Routing Handler", "text/plain");
          return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
      });
  svr.Get("/hi", [](const httplib::Request &, httplib::Response &) {});
  httplib::Client cli("localhost", 1234);
  cli.Get("/routing_handler");
  cli.Post("/routing_handler", "", "text/plain");
  cli.Get("/hi");
  cli.Get("/routing");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /routing' [wire-route-mismatch]
}

// A regular expression ending in `/?` serves the path with and without its
// trailing slash.
void optionalSlash() {
  httplib::Server svr;
  auto h = [](const httplib::Request &, httplib::Response &) {};
  svr.Get(R"(/items/?)", h);
  svr.Get(R"(/items/(\d+)/?)", h);
  httplib::Client cli("localhost", 1235);
  cli.Get("/items");
  cli.Get("/items/");
  cli.Get("/items/7/");
  cli.Get("/items/7");
  cli.Get("/item");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /item'; did you mean '/items'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Get("/items");
}
