// cpp-httplib on its real Debian header (libcpp-httplib-dev).
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t

#include <httplib.h>
#include <string>

static const std::string kApi = "/api";

void serve(httplib::Server &svr) {
  svr.Post("/api/agents/stop",
           [](const httplib::Request &, httplib::Response &res) {
             res.set_content("{}", "application/json");
           });
  svr.Get(R"(/api/threads/(\d+)/messages)",
          [](const httplib::Request &, httplib::Response &) {});
  svr.Delete(kApi + "/sessions/:id",
             [](const httplib::Request &, httplib::Response &) {});
}

void call() {
  httplib::Client cli("http://localhost:8080");
  cli.Post("/api/agent/stop", "{}", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Post("/api/agents/stop", "{}", "application/json");
  cli.Get("/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/agents/stop' is registered for POST, not GET [wire-route-mismatch]
  cli.Get("/api/threads/abc/messages");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/threads/abc/messages' [wire-route-mismatch]

  // Served.
  cli.Post("/api/agents/stop", "{}", "application/json");
  cli.Get("/api/threads/7/messages");
  cli.Delete(kApi + "/sessions/abc");
  httplib::Headers headers;
  cli.Get("/api/threads/8/messages", headers);
}
