// cpp-httplib on its real Debian header (libcpp-httplib-dev): paths kept in
// variables and members, as real servers keep them (ZeroTier's
// `std::string statusPath = "/status"; _controlPlane.Get(statusPath, ...)`).
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t
// RUN: %clang_tidy %s --checks='-*,wire-route-mismatch' --warnings-as-errors='*' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.ReportUnresolved: true}}" \
// RUN:   -- -std=c++17 -DREMARKS_ONLY 2>&1 \
// RUN:   | %FileCheck %s -check-prefix=REMARK --implicit-check-not=remark: \
// RUN:       --implicit-check-not=warning: --implicit-check-not=error:

#include <httplib.h>
#include <string>

class ControlPlane {
public:
  ControlPlane() : _statusPath("/status") {}

  void routes() {
    std::string networkPath = "/network/([0-9a-fA-F]{16})";
    _server.Get(networkPath,
                [](const httplib::Request &, httplib::Response &) {});
    _server.Get(_statusPath,
                [](const httplib::Request &, httplib::Response &) {});
    static std::string appUiPath = "/app";
    _server.Get(appUiPath + R"((/[\w|-]+)+$)",
                [](const httplib::Request &, httplib::Response &) {});
    std::string settings = "/config";
    settings += "/settings";
    _server.Post(settings,
                 [](const httplib::Request &, httplib::Response &) {});
    // REMARK: :[[@LINE-2]]:18: remark: route registration not resolved: 'settings' is modified before this use (line 28) [wire-route-mismatch]
  }

private:
  httplib::Server _server;
  std::string _statusPath;
};

void call() {
  httplib::Client cli("http://localhost:9993");
#ifndef REMARKS_ONLY
  std::string status = "/status";
  cli.Get(status);
  cli.Get("/network/0123456789abcdef");
  cli.Get("/network/xyz");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /network/xyz' [wire-route-mismatch]
  cli.Get("/statuss");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /statuss' [wire-route-mismatch]
#endif
}
