// Pistache on its real Debian headers (libpistache-dev 0.0.5): optional
// parameters (`:size?`, which a path may leave out at its end) and splats
// (`*`, exactly one segment), as its SegmentTreeNode::findRoute reads them. Its
// async.h names a member that does not exist (`this->chain_`) in a template
// clang 22 checks eagerly; delayed template parsing lets the header through.
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t \
// RUN:   -- -- -fdelayed-template-parsing

#include <httplib.h>
#include <pistache/endpoint.h>
#include <pistache/router.h>

using namespace Pistache;

class AgentApi {
public:
  void setup(Rest::Router &router) {
    Rest::Routes::Post(router, "/api/agents/stop",
                       Rest::Routes::bind(&AgentApi::stop, this));
    Rest::Routes::Get(router, "/api/agents/:id",
                      Rest::Routes::bind(&AgentApi::get, this));
    router.del("/api/sessions/:id", Rest::Routes::bind(&AgentApi::get, this));
    Rest::Routes::Get(router, "/api/images/:id/:size?",
                      Rest::Routes::bind(&AgentApi::get, this));
    Rest::Routes::Get(router, "/static/*",
                      Rest::Routes::bind(&AgentApi::get, this));
    Rest::Routes::Get(router, "/api/*/status",
                      Rest::Routes::bind(&AgentApi::get, this));
  }
  void stop(const Rest::Request &, Http::ResponseWriter) {}
  void get(const Rest::Request &, Http::ResponseWriter) {}
};

void call(httplib::Client &cli) {
  cli.Post("/api/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Post("/api/agents/stop");
  cli.Put("/api/agents/3", "{}", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/agents/3' is registered for GET, not PUT [wire-route-mismatch]
  cli.Get("/api/sessions/3");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/sessions/3' is registered for DELETE, not GET [wire-route-mismatch]

  cli.Get("/api/images/7/large/2x");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/images/7/large/2x'; did you mean '/api/images/:id/:size?'? [wire-route-mismatch]
  cli.Get("/static/js/app.js");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /static/js/app.js'; did you mean '/static/*'? [wire-route-mismatch]
  cli.Get("/api/images");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/images'; did you mean '/api/images/:id/:size?'? [wire-route-mismatch]

  // Served.
  cli.Post("/api/agents/stop");
  cli.Get("/api/agents/3");
  cli.Delete("/api/sessions/3");
  cli.Get("/api/images/7");
  cli.Get("/api/images/7/large");
  cli.Get("/api/images/7/");
  cli.Get("/static/app.js");
  cli.Get("/api/agents/status");
}
