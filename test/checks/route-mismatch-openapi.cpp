// A published OpenAPI spec: server URLs reduced to their path, parameter
// schemas through $ref, the TU's registrations compared with the spec
// (OpenAPIDirection, OpenAPIExclude), entries that cannot be used reported
// and left out.
// RUN: %check_clang_tidy %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/published.yaml', \
// RUN:     wire-route-mismatch.OpenAPIDirection: 'both'}}"
// The default direction is spec-to-code: no registration is reported for
// being left out of the spec.
// RUN: %check_clang_tidy -check-suffixes=S2C %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/published.yaml'}}"
// RUN: %check_clang_tidy -check-suffixes=EXCL %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/published.yaml', \
// RUN:     wire-route-mismatch.OpenAPIDirection: 'both', \
// RUN:     wire-route-mismatch.OpenAPIExclude: '/jobs/*;/internal/**;/nodes/*'}}"
// RUN: %not %clang_tidy %s --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.OpenAPIDirection: 'sideways', \
// RUN:     wire-route-mismatch.OpenAPIExclude: 'internal/*'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs 2>&1 | %FileCheck %s -check-prefix=CONFIG

// CONFIG-DAG: error: invalid value 'sideways' in option 'wire-route-mismatch.OpenAPIDirection': is not one of 'both', 'spec-to-code', 'code-to-spec'
// CONFIG-DAG: error: invalid value 'internal/*' in option 'wire-route-mismatch.OpenAPIExclude': is not a path glob (it must start with '/' or '*')

// What the spec has that cannot be used is said once per TU; the rest
// applies.
// CHECK-MESSAGES: warning: option 'wire-route-mismatch.OpenAPISpec': {{.*}}published.yaml:26:11: $ref 'accounts.yaml' points outside the document and is not followed; what it describes is treated as unknown [clang-tidy-config]
// CHECK-MESSAGES: warning: option 'wire-route-mismatch.OpenAPISpec': {{.*}}published.yaml:27:3: path '/broken/{id' has a parameter without its '}'; it is left out [clang-tidy-config]
// CHECK-MESSAGES-S2C: warning: option 'wire-route-mismatch.OpenAPISpec': {{.*}}published.yaml:26:11: $ref
// CHECK-MESSAGES-S2C: warning: option 'wire-route-mismatch.OpenAPISpec': {{.*}}published.yaml:27:3: path
// CHECK-MESSAGES-EXCL: warning: option 'wire-route-mismatch.OpenAPISpec': {{.*}}published.yaml:26:11: $ref
// CHECK-MESSAGES-EXCL: warning: option 'wire-route-mismatch.OpenAPISpec': {{.*}}published.yaml:27:3: path

#include <httplib.h>

void registerJobs(httplib::Server &svr) {
  auto h = [](const httplib::Request &, httplib::Response &) {};
  svr.Get(R"(/jobs/(\d+))", h);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: route 'GET /jobs/(\d+)' is not in the OpenAPI spec [wire-route-mismatch]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: the spec's route '/jobs/{id}' differs: route '/jobs/(\d+)' accepts only digits; parameter 'id' is a uuid ({{.*}}published.yaml:13)
  svr.Get("/status", h);
  svr.Get("/debug/vars", h);
  svr.Get("/internal/stats", h);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: route 'GET /internal/stats' is not in the OpenAPI spec [wire-route-mismatch]
  svr.Get("/accounts", h); // Behind a $ref to another file: unknown.
}

void client(httplib::Client &cli) {
  // The server URL ' http://localhost:9993' is no part of the route.
  cli.Get("/status");
  cli.Get("/v2/status");
  cli.Get("/jobs/123e4567-e89b-12d3-a456-426614174000");
  cli.Get("/nodes/0123456789ab");
  cli.Get("/nodes/0123");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /nodes/0123' [wire-route-mismatch]
  // CHECK-MESSAGES-S2C: :[[@LINE-2]]:11: warning: no registered route matches 'GET /nodes/0123' [wire-route-mismatch]
  // CHECK-MESSAGES-EXCL: :[[@LINE-3]]:11: warning: no registered route matches 'GET /nodes/0123' [wire-route-mismatch]
}
