#include <crow.h>
#include <httplib.h>
#include <stdexcept>
#define FAIL_CHECK() throw std::logic_error("reached")
#define EXPECT_THROW(stmt, type) try { stmt; } catch (const type &) {}
static void h(const httplib::Request &, httplib::Response &) {}

void validateTwice() {
  crow::SimpleApp app;
  CROW_ROUTE(app, "/")([] { return "1"; });
  try {
    CROW_ROUTE(app, "/")([] { return "1"; });
    FAIL_CHECK();
  } catch (std::exception &) {
  }
  EXPECT_THROW(CROW_ROUTE(app, "/")([] { return "1"; }), std::exception);
  // Nothing expects this one to fail: it is a duplicate.
  CROW_ROUTE(app, "/")([] { throw std::runtime_error("in the handler"); });
}

void httplibTwice() {
  httplib::Server svr;
  svr.Get("/hi", h);
  svr.Get("/hi", h);
  svr.set_pre_routing_handler([](const httplib::Request &req,
                                 httplib::Response &) {
    if (req.path == "/hi")
      return httplib::Server::HandlerResponse::Handled;
    return httplib::Server::HandlerResponse::Unhandled;
  });
  httplib::Client cli("localhost", 1234);
  cli.Put("/hi", "", "text/plain");
  cli.Get("/ho");
}

void servedOutsideTheRoutes() {
  httplib::Server svr;
  svr.Get("/api/only", h);
  svr.set_mount_point("/static", "./www");
  svr.set_pre_routing_handler([](const httplib::Request &req,
                                 httplib::Response &) {
    if (req.path == "/probe")
      return httplib::Server::HandlerResponse::Handled;
    return httplib::Server::HandlerResponse::Unhandled;
  });
}
