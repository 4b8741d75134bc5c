// RUN: %check_clang_tidy %s wire-route-mismatch %t

#include <httplib.h>
#include <oatpp/web/server/api/ApiController.hpp>

class AgentController : public oatpp::web::server::api::ApiController {
public:
  ENDPOINT("POST", "/api/agents/stop", stopAgent) {
    return createResponse(200, "stopped");
  }
  ENDPOINT("GET", "/api/threads/{id}/messages", messages,
           PATH(oatpp::Int32, id)) {
    return createResponse(200, "[]");
  }
};

// Not oatpp's macro: ignored.
#define ENDPOINT(a, b, c) int c
ENDPOINT("GET", "/not/a/route", unrelated);

void client(httplib::Client &cli) {
  cli.Post("/api/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Post("/api/agents/stop");
  cli.Delete("/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '/api/agents/stop' is registered for POST, not DELETE
  cli.Get("/not/a/route");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /not/a/route'

  // Served.
  cli.Post("/api/agents/stop");
  cli.Get("/api/threads/abc/messages");
}
