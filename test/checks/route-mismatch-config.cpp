// The client alone: the routes come from a manifest or an OpenAPI spec.
// RUN: %check_clang_tidy -check-suffixes=SILENT %s wire-route-mismatch %t
// RUN: %check_clang_tidy -check-suffixes=EXT %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.RouteManifest: '%S/Inputs/routes/manifest.json'}}"
// RUN: %check_clang_tidy -check-suffixes=EXT %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/api.yaml'}}"
// RUN: %check_clang_tidy -check-suffixes=EXT %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/api.json'}}"
// RUN: %check_clang_tidy -check-suffixes=BADMANIFEST %s wire-route-mismatch %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.RouteManifest: '%S/Inputs/routes/bad-manifest.json'}}"
// RUN: %check_clang_tidy -check-suffixes=BADSPEC %s wire-route-mismatch %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/bad-api.yaml'}}"
// RUN: %check_clang_tidy -check-suffixes=NOTSPEC %s wire-route-mismatch %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/not-openapi.yaml'}}"
// RUN: %check_clang_tidy -check-suffixes=MISSING %s wire-route-mismatch %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.OpenAPISpec: '%S/Inputs/routes/no-such-file.yaml'}}"

// A malformed manifest or spec is reported with file, line and column, and
// the check goes on without it (here: silent, as nothing else is known).
// CHECK-MESSAGES-BADMANIFEST: error: cannot use option 'wire-route-mismatch.RouteManifest': {{.*}}bad-manifest.json:4:54: invalid JSON: Expected object key; it is ignored [clang-tidy-config]
// CHECK-MESSAGES-BADSPEC: error: cannot use option 'wire-route-mismatch.OpenAPISpec': {{.*}}bad-api.yaml:4:12: invalid YAML: Could not find closing ]!; it is ignored [clang-tidy-config]
// CHECK-MESSAGES-NOTSPEC: error: cannot use option 'wire-route-mismatch.OpenAPISpec': {{.*}}not-openapi.yaml:1:1: not an OpenAPI document: no 'openapi' field; it is ignored [clang-tidy-config]
// CHECK-MESSAGES-MISSING: error: cannot use option 'wire-route-mismatch.OpenAPISpec': {{.*}}no-such-file.yaml:1:1: cannot read the file: {{.*}}; it is ignored [clang-tidy-config]

#include <string>
#include <fmt/format.h>
#include <httplib.h>

void client(httplib::Client &cli, long id) {
  cli.Post("/api/agent/stop");
  // CHECK-MESSAGES-EXT: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES-EXT:  cli.Post("/api/agents/stop");
  cli.Get("/api/agents/start");
  // CHECK-MESSAGES-EXT: :[[@LINE-1]]:11: warning: '/api/agents/start' is registered for POST, not GET [wire-route-mismatch]
  cli.Get("/api/threads/latest/messages");
  // CHECK-MESSAGES-EXT: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/threads/latest/messages' [wire-route-mismatch]

  // Served.
  cli.Post("/api/agents/stop");
  cli.Get("/api/health");
  cli.Get("/api/threads/12/messages");
  cli.Get(fmt::format("/api/threads/{}/messages", id));
}
