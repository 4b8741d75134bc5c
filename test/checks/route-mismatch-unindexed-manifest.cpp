// A manifest built from translation units that could not be indexed
// (wirecheck-routes --keep-going) is used, with one warning per process and
// manifest: how many TUs are missing and the first two. clang-tidy creates
// the check anew for every TU; the warning is not repeated for the second.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/first.cpp && cp %s %t/second.cpp
// RUN: %clang_tidy %t/first.cpp %t/second.cpp --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.RouteManifest: '%S/Inputs/routes/partial-manifest.json'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs > %t/partial.txt 2>&1
// RUN: %FileCheck %s -check-prefix=PARTIAL --input-file=%t/partial.txt
// RUN: grep -c "was built without" %t/partial.txt | %FileCheck %s -check-prefix=ONCE
// RUN: %clang_tidy %t/first.cpp --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.RouteManifest: '%S/Inputs/routes/many-unindexed-manifest.json'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs 2>&1 | %FileCheck %s -check-prefix=MANY
// A manifest whose TUs all parsed, or that does not name them: no warning.
// RUN: %clang_tidy %t/first.cpp --checks='-*,wire-route-mismatch' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.RouteManifest: '%S/Inputs/routes/manifest.json'}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs 2>&1 | %FileCheck %s -check-prefix=COMPLETE

// PARTIAL-DAG: warning: option 'wire-route-mismatch.RouteManifest': '{{.*}}partial-manifest.json' was built without 2 of 3 translation units, which could not be indexed (/src/admin.cpp, /src/broken.cpp); routes registered only there are missing, and calls of them are reported as unregistered [clang-tidy-config]
// PARTIAL-DAG: first.cpp:[[@LINE+11]]:11: warning: no registered route matches 'GET /api/admin/users' [wire-route-mismatch]
// PARTIAL-DAG: second.cpp:[[@LINE+10]]:11: warning: no registered route matches 'GET /api/admin/users' [wire-route-mismatch]
// ONCE: {{^}}1{{$}}
// MANY: warning: option 'wire-route-mismatch.RouteManifest': '{{.*}}many-unindexed-manifest.json' was built without 4 of 5 translation units, which could not be indexed (/src/a.cpp, /src/b.cpp and 2 more); routes registered only there are missing
// COMPLETE-NOT: was built without
// COMPLETE: warning: no registered route matches 'GET /api/admin/users'

#include <httplib.h>

void client(httplib::Client &cli) {
  cli.Post("/api/agents/stop");
  cli.Get("/api/admin/users");
}
