// cpprestsdk on its real Debian headers (libcpprest-dev): http_listener
// with support(methods::X), http_client::request(methods::X, path), the path
// of a client's base URI prefixed to every request's path.
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
  http_listener items(U("http://localhost:34568/api/items"));
  items.support(methods::GET, [](http_request) {});
}

void call() {
  http_client client(U("http://localhost:8080"));
  client.request(methods::POST, U("/api/agent/stop"));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  client.request(methods::POST, U("/api/agents/stop"));
  client.request(methods::GET, U("/api/agents/stop"));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: '/api/agents/stop' is registered for DELETE, POST, not GET [wire-route-mismatch]

  client.request(methods::GET, U("helth"));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: no registered route matches 'GET /helth'; did you mean '/health/*'? [wire-route-mismatch]

  // Served: a listener serves everything below its path.
  client.request(methods::POST, U("/api/agents/stop"));
  client.request(methods::DEL, U("/api/agents/7"));
  client.request(methods::PUT, U("/health/deep?x=1"));
  client.request(methods::GET, U("health/deep")); // Relative to the base.
  client.request(methods::GET); // No path: not a route use.
}

void callWithBase() {
  // uri_builder(base).append(path): one `/` between the two.
  http_client api(U("http://localhost:34568/api"));
  api.request(methods::GET, U("/itemz"));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: no registered route matches 'GET /api/itemz'; did you mean '/api/items/*'? [wire-route-mismatch]
  api.request(methods::POST, U("/items/3"));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: '/api/items/3' is registered for GET, not POST [wire-route-mismatch]
  http_client slash(U("http://localhost:34568/api/"));
  slash.request(methods::POST, U("items"));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: '/api/items' is registered for GET, not POST [wire-route-mismatch]

  // Served.
  api.request(methods::GET, U("/items"));
  api.request(methods::GET, U("items/7?x=1"));
  slash.request(methods::GET, U("/items"));
  // Port 34568 serves /api/items only: the listeners on 8080 are another
  // server.
  api.request(methods::POST, U("/agents/stop"));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: no registered route matches 'POST /api/agents/stop' [wire-route-mismatch]
}
