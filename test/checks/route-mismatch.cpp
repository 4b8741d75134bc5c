// RUN: %check_clang_tidy %s wire-route-mismatch %t

#include <string>
#include <fmt/format.h>
#include <httplib.h>

namespace api {
constexpr const char *kPrefix = "/api";
const std::string kApiPrefix = "/api";
constexpr const char kStop[] = "/api/agents/stop";
const char *const kPaths[] = {"/api/health", "/api/agentz"};
} // namespace api

void registerRoutes(httplib::Server &svr) {
  auto h = [](const httplib::Request &, httplib::Response &) {};
  svr.Post("/api/agents/stop", h);
  svr.Post("/api/agents/start", h);
  svr.Get("/api/health", h);
  svr.Get(R"(/api/threads/(\d+)/messages)", h);
  svr.Get("/api/users/:id", h);
  svr.Delete(api::kApiPrefix + "/sessions/:id", h);
  svr.Get("/api/files/([0-9]+", h);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: route '/api/files/([0-9]+' can never match: '([0-9]+' is not a valid regular expression: parentheses not balanced [wire-route-mismatch]
}

void client(httplib::Client &cli, int id, std::string dynamic) {
  // --- typos, with a fix-it when the nearest route is unique -------------
  cli.Post("/api/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Post("/api/agents/stop");
  cli.Post("http://localhost:8080/api/agent/start?force=1#now");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/start'; did you mean '/api/agents/start'?
  // CHECK-FIXES:  cli.Post("http://localhost:8080/api/agents/start?force=1#now");
  cli.Get("/api/helth");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/helth'; did you mean '/api/health'?
  // CHECK-FIXES:  cli.Get("/api/health");

  // --- resolved values: no fix-it, they are not one plain literal --------
  cli.Post(std::string(api::kPrefix) + "/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'?
  // CHECK-FIXES:  cli.Post(std::string(api::kPrefix) + "/agent/stop");
  cli.Get(api::kApiPrefix + "/helth");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/helth'
  cli.Get(api::kPaths[1]);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/agentz'
  cli.Get(R"(/api/helth)");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/helth'; did you mean '/api/health'?
  // CHECK-FIXES:  cli.Get(R"(/api/helth)");
  cli.Get(fmt::format("/api/thread/{}/messages", id));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/thread/{}/messages'; did you mean '/api/threads/{}/messages'?

  // --- a path registered for other methods only --------------------------
  cli.Get("/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/agents/stop' is registered for POST, not GET [wire-route-mismatch]
  cli.Post(api::kApiPrefix + "/sessions/7");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/api/sessions/7' is registered for DELETE, not POST

  // --- a typed parameter ---------------------------------------------------
  cli.Get("/api/threads/abc/messages");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/threads/abc/messages' [wire-route-mismatch]

  // --- far from everything: no suggestion ----------------------------------
  cli.Delete("/metrics/cpu/load");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: no registered route matches 'DELETE /metrics/cpu/load' [wire-route-mismatch]

  // --- negative cases: all of these are served ----------------------------
  cli.Post("/api/agents/stop");
  cli.Post(api::kStop);
  cli.Post("http://localhost:8080/api/agents/stop?x=1");
  cli.Get(api::kPaths[0]);
  cli.Head("/api/health");
  cli.Get("/api/threads/42/messages");
  cli.Get(fmt::format("/api/threads/{}/messages", id));
  cli.Get(fmt::format("/api/users/{}", "bob"));
  cli.Get("/api/users/bob?x={{");
  cli.Delete(api::kApiPrefix + "/sessions/" + dynamic); // Not resolvable.
  cli.Get(dynamic);                                     // Not resolvable.
  cli.Get("/api/" + dynamic);                           // Not resolvable.
  cli.Get("localhost");                                 // Not a path.
}
