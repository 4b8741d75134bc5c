// Hand-written routers and test helpers, configured by option; notes.
// RUN: %check_clang_tidy %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: { \
// RUN:     wire-route-mismatch.RouteRegistrars: 'app::Router::add:1:0;app::Router::get', \
// RUN:     wire-route-mismatch.RouteConsumers: 'test::postJson;test::call:1:0'}}"
// RUN: %not %clang_tidy %s --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.RouteConsumers: 'test::bad:x'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs 2>&1 | %FileCheck %s -check-prefix=CONFIG
// RUN: %check_clang_tidy -check-suffixes=NONE %s wire-route-mismatch %t

// CONFIG: error: invalid value 'test::bad:x' in option 'wire-route-mismatch.RouteConsumers': has an argument index that is not a number; the entry is ignored [clang-tidy-config]

#include <functional>
#include <string>

namespace app {
enum class Verb { Get, Post, Delete };
struct Router {
  using Handler = std::function<void()>;
  void add(Verb v, const std::string &path, Handler h) {}
  void get(const std::string &path, Handler h) {}
};
} // namespace app

namespace test {
void postJson(const std::string &path, const std::string &body) {}
void call(const char *method, const std::string &path) {}
void bad(const std::string &path) {}
} // namespace test

void routes(app::Router &r) {
  r.add(app::Verb::Post, "/api/agents/stop", [] {});
  r.add(app::Verb::Delete, "/api/agents/<int>", [] {});
  r.get("/api/agents", [] {});
}

void tests() {
  test::postJson("/api/agent/stop", "{}");
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-NOTES: :[[@LINE-2]]:18: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: :[[@LINE-9]]:26: note: route '/api/agents/stop' registered here for POST
  // CHECK-FIXES:  test::postJson("/api/agents/stop", "{}");
  test::call("GET", "/api/agents/stop");
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: '/api/agents/stop' is registered for POST, not GET [wire-route-mismatch]
  // CHECK-NOTES: :[[@LINE-13]]:26: note: route '/api/agents/stop' registered here for POST
  test::call("DELETE", "/api/agents/x1");
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: no registered route matches 'DELETE /api/agents/x1' [wire-route-mismatch]
  // CHECK-NOTES: :[[@LINE-15]]:28: note: segment 3 ('x1') is not an int as route '/api/agents/<int>' requires

  // Served, or not a configured consumer.
  test::postJson("/api/agents/stop", "{}");
  test::call("DELETE", "/api/agents/12");
  test::call("GET", "/api/agents");
  test::bad("/nowhere");
}
