// RUN: %not %clang_tidy %s --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: { \
// RUN:     wire-route-mismatch.RouteRegistrars: 'app::Router::add:1:5;app::Router::get', \
// RUN:     wire-route-mismatch.RouteConsumers: 'test::postJson:3;test::call:1:0'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -implicit-check-not="{{warning|error}}:"

// An argument index (path or method) past the parameters of the function a
// RouteRegistrars or RouteConsumers entry names is a configuration error
// naming option and entry, once however often the function is called; the
// entry does not apply to that function, and the valid entries still work.
// CHECK-DAG: error: invalid value 'app::Router::add:1:5' in option 'wire-route-mismatch.RouteRegistrars': argument index 5 is past the last parameter of 'app::Router::add', which takes 3; the entry does not apply to it [clang-tidy-config]
// CHECK-DAG: error: invalid value 'test::postJson:3' in option 'wire-route-mismatch.RouteConsumers': argument index 3 is past the last parameter of 'test::postJson', which takes 2; the entry does not apply to it [clang-tidy-config]

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
} // namespace test

void routes(app::Router &r) {
  r.add(app::Verb::Post, "/api/agents/stop", [] {});
  r.add(app::Verb::Delete, "/api/agents/<int>", [] {});
  r.get("/api/agents", [] {});
}

void tests() {
  test::postJson("/api/nowhere", "{}");
  test::postJson("/api/nowhere/else", "{}");
  test::call("GET", "/api/agents");
  test::call("POST", "/api/agents");
  // CHECK-DAG: :[[@LINE-1]]:22: warning: '/api/agents' is registered for GET, not POST [wire-route-mismatch]
}
