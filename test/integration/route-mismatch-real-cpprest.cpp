// cpprestsdk on its real Debian headers (libcpprest-dev): http_listener
// with support(methods::X), http_client::request(methods::X, path).
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t

#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>

using namespace web::http;
using web::http::client::http_client;
using web::http::experimental::listener::http_listener;

void serve() {
  http_listener agents(U("http://localhost:8080/api/agents"));
  agents.support(methods::POST, [](http_request) {});
  agents.support(methods::DEL, [](http_request) {});
  http_listener health(U("http://localhost:8080/health"));
  health.support([](http_request) {});
}

void call() {
  http_client client(U("http://localhost:8080"));
  client.request(methods::POST, U("/api/agent/stop"));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  client.request(methods::POST, U("/api/agents/stop"));
  client.request(methods::GET, U("/api/agents/stop"));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: '/api/agents/stop' is registered for DELETE, POST, not GET [wire-route-mismatch]

  // Served: a listener serves everything below its path.
  client.request(methods::POST, U("/api/agents/stop"));
  client.request(methods::DEL, U("/api/agents/7"));
  client.request(methods::PUT, U("/health/deep?x=1"));
  client.request(methods::GET); // No path: not a route use.
}
