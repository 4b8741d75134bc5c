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

#include <string>

namespace app {
enum class Verb { Get, Post };
struct Router {
  template <class H> void add(Verb v, const std::string &path, H h) {}
  template <class H> void get(const std::string &path, H h) {}
};
} // namespace app

namespace test {
void postJson(const std::string &path, const std::string &body) {}
void call(const char *method, const std::string &path) {}
} // namespace test

void setUp(app::Router &router) {
  router.add(app::Verb::Post, "/v1/jobs", 0);
  router.get("/v1/jobs", 0);
}

void exercise() {
  // postJson is no consumer and add no registrar: their entries do not apply.
  test::postJson("/v1/none", "{}");
  test::postJson("/v1/none/either", "{}");
  test::call("GET", "/v1/jobs");
  test::call("DELETE", "/v1/jobs");
  // CHECK-DAG: :[[@LINE-1]]:24: warning: '/v1/jobs' is registered for GET, not DELETE [wire-route-mismatch]
}
