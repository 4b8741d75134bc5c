// RUN: %check_clang_tidy %s wire-route-mismatch %t

// cpp-httplib's pre-routing handler answers the paths it compares
// `req.path` with, for every method, before routing; a handler that reads
// the path any other way, or that is not a lambda, may answer any path; a
// handler that never reads it (CORS, authentication) answers none.

#include <httplib.h>
#include <string>

using httplib::Server;
static void h(const httplib::Request &, httplib::Response &) {}

void comparedPaths() {
  Server svr;
  svr.set_pre_routing_handler([](const httplib::Request &req,
                                 httplib::Response &res) {
    if (req.path == "/routing_handler") {
      res.set_content("Routing Handler", "text/plain");
      return Server::HandlerResponse::Handled;
    }
    if ("/other" == req.path)
      return Server::HandlerResponse::Handled;
    return Server::HandlerResponse::Unhandled;
  });
  svr.Get("/hi", h);
  httplib::Client cli("localhost", 1234);
  cli.Get("/routing_handler");
  cli.Post("/other");
  cli.Get("/hi");
  cli.Get("/routing");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /routing'
}

void pathReadOtherwise() {
  Server svr;
  svr.set_pre_routing_handler([](const httplib::Request &req,
                                 httplib::Response &) {
    if (req.path.rfind("/static/", 0) == 0)
      return Server::HandlerResponse::Handled;
    return Server::HandlerResponse::Unhandled;
  });
  svr.Get("/hi", h);
  httplib::Client cli("localhost", 1235);
  cli.Get("/static/app.js");
  cli.Delete("/anything");
}

static Server::HandlerResponse named(const httplib::Request &,
                                     httplib::Response &) {
  return Server::HandlerResponse::Unhandled;
}

void notALambda() {
  Server svr;
  svr.set_pre_routing_handler(named);
  httplib::Client cli("localhost", 1236);
  cli.Get("/whatever");
}

void pathNotRead() {
  Server svr;
  svr.set_pre_routing_handler([](const httplib::Request &,
                                 httplib::Response &res) {
    res.status = 401;
    return Server::HandlerResponse::Unhandled;
  });
  svr.Get("/hi", h);
  httplib::Client cli("localhost", 1237);
  cli.Get("/hi");
  cli.Get("/ho");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /ho'; did you mean '/hi'?
}
