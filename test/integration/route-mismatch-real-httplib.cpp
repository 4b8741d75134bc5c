// cpp-httplib on its real Debian header (libcpp-httplib-dev 0.11.4). That
// version matches every pattern as a std::regex over the whole path: `:id`
// is literal text (path parameters came in 0.13.0), and a trailing `/` or a
// `//` the pattern lacks is a 404. Mount points serve every GET below them.
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
  auto h = [](const httplib::Request &, httplib::Response &) {};
  svr.Get("/orders/:id", h);
  svr.Get("/health", h);
  svr.Get(R"(/files/(.*))", h);
  svr.set_mount_point("/static", "./www");
  svr.set_base_dir("./docs", "/docs/");
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

  // 0.11.4 reads `:id` as literal text: only `/orders/:id` itself is served.
  cli.Get("/orders/42");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /orders/42' [wire-route-mismatch]
  // CHECK-MESSAGES: :[[@LINE-20]]:11: note: route '/orders/:id' registered here for GET; cpp-httplib 0.11.4 reads ':id' as literal text, not as a parameter
  cli.Get("/orders/ab");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /orders/ab' [wire-route-mismatch]
  // CHECK-MESSAGES: :[[@LINE-23]]:11: note: route '/orders/:id' registered here for GET; cpp-httplib 0.11.4 reads ':id' as literal text, not as a parameter
  cli.Delete(kApi + "/sessions/abc");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: no registered route matches 'DELETE /api/sessions/abc' [wire-route-mismatch]
  // CHECK-MESSAGES: :[[@LINE-29]]:14: note: route '/api/sessions/:id' registered here for DELETE; cpp-httplib 0.11.4 reads ':id' as literal text, not as a parameter
  // A trailing slash or an empty segment the route lacks is a 404.
  cli.Get("/health/");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /health/'; did you mean '/health'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Get("/health");
  cli.Get("/api/threads//7/messages");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/threads//7/messages'; did you mean '/api/threads/7/messages'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Get("/api/threads/7/messages");
  // Files are served for GET (and HEAD) only.
  cli.Post("/static/app.js");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/static/app.js' is registered for GET, not POST [wire-route-mismatch]

  // Served.
  cli.Post("/api/agents/stop", "{}", "application/json");
  cli.Get("/api/threads/7/messages");
  cli.Delete(kApi + "/sessions/:id");
  cli.Get("/orders/:id");
  cli.Get("/health");
  cli.Get("/files/a/b/");
  cli.Get("/static/js/app.js");
  cli.Head("/static/index.html");
  cli.Get("/docs/guide.html");
  httplib::Headers headers;
  cli.Get("/api/threads/8/messages", headers);

  // A negative test: the call expects a 4xx (its statement or one of the
  // next three names one), so the missing route is the point.
  auto missing = cli.Get("/api/agents/unknown");
  bool notFound = missing && missing->status == 404;
  (void)notFound;
  auto wrongMethod = cli.Put("/api/agents/stop", "{}", "application/json");
  bool rejected = wrongMethod && wrongMethod->status == 405;
  (void)rejected;
}
