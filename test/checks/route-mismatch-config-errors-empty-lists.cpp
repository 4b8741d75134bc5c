// RUN: %not %clang_tidy %s --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.RouteRegistrars: ';;', \
// RUN:     RouteConsumers: ' ; , '}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs 2>&1 | %FileCheck %s \
// RUN:   -implicit-check-not="{{warning|error}}:"
// RUN: %clang_tidy %s --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.RouteRegistrars: '', \
// RUN:     RouteConsumers: '  '}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs 2>&1 | %FileCheck %s -check-prefix=BLANK \
// RUN:   -implicit-check-not="{{warning|error}}:"

// A list option that is set but lists nothing is a configuration error, not a
// silently unset option; a blank value is unset. Either way the built-in
// frameworks are still known (the finding below).
// CHECK-DAG: error: invalid value ';;' in option 'wire-route-mismatch.RouteRegistrars': lists no entries, only separators; the option is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value ' ; , ' in option 'wire-route-mismatch.RouteConsumers': lists no entries, only separators; the option is ignored [clang-tidy-config]

#include <httplib.h>

void serve(httplib::Server &svr, httplib::Client &cli) {
  svr.Get("/api/health", [](const httplib::Request &, httplib::Response &) {});
  cli.Get("/api/healt");
  // CHECK-DAG: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/healt'; did you mean '/api/health'? [wire-route-mismatch]
  // BLANK: :[[@LINE-2]]:11: warning: no registered route matches 'GET /api/healt'; did you mean '/api/health'? [wire-route-mismatch]
}
