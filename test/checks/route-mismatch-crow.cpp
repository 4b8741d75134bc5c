// RUN: %check_clang_tidy %s wire-route-mismatch %t

#include <crow.h>
#include <httplib.h>

void server() {
  crow::SimpleApp app;
  CROW_ROUTE(app, "/api/agents/stop").methods(crow::HTTPMethod::Post)(
      [] { return crow::response(200); });
  CROW_ROUTE(app, "/api/threads/<int>/messages")([](int) { return ""; });
  CROW_ROUTE(app, "/api/items/<uint>").methods("PUT"_method, "DELETE"_method)(
      [](unsigned) { return ""; });
  CROW_ROUTE(app, "/static/<path>")([](std::string) { return ""; });
  crow::Blueprint bp("v2");
  CROW_BP_ROUTE(bp, "/status").methods(crow::HTTPMethod::GET)(
      [] { return ""; });
  CROW_WEBSOCKET_ROUTE(app, "/ws/chat").onopen([] {});
  app.route_dynamic("/api/dynamic/<string>")([] { return ""; });
}

void client(httplib::Client &cli) {
  cli.Post("/api/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Post("/api/agents/stop");
  cli.Get("/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/agents/stop' is registered for POST, not GET
  cli.Get("/api/threads/abc/messages");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/threads/abc/messages'
  cli.Post("/api/threads/1/messages");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/api/threads/1/messages' is registered for GET, not POST
  cli.Get("/api/items/7");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/items/7' is registered for DELETE, PUT, not GET
  cli.Delete("/api/items/-7");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: no registered route matches 'DELETE /api/items/-7'
  cli.Get("/v2/statuz");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /v2/statuz'; did you mean '/v2/status'?

  // Served.
  cli.Post("/api/agents/stop");
  cli.Get("/api/threads/12/messages");
  cli.Put("/api/items/7", "{}", "application/json");
  cli.Delete("/api/items/7");
  cli.Get("/static/css/site.css");
  cli.Get("/v2/status");
  cli.Get("/ws/chat");
  cli.Post("/api/dynamic/x"); // Rules default to GET, but dynamic rules too.
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: '/api/dynamic/x' is registered for GET, not POST
}
