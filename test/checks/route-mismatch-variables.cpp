// Paths kept in ordinary variables and members; what cannot be resolved is
// listed, as remarks, with ReportUnresolved (never an error, even under
// WarningsAsErrors).
// RUN: %check_clang_tidy %s wire-route-mismatch %t
// RUN: %clang_tidy %s --checks='-*,wire-route-mismatch' --warnings-as-errors='*' \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.ReportUnresolved: true}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs -DREMARKS_ONLY 2>&1 \
// RUN:   | %FileCheck %s -check-prefix=REMARK --implicit-check-not=remark: \
// RUN:       --implicit-check-not=warning: --implicit-check-not=error:
// RUN: %clang_tidy %s --checks='-*,wire-route-mismatch' \
// RUN:   -- -std=c++17 -isystem %S/Inputs -DREMARKS_ONLY 2>&1 \
// RUN:   | %FileCheck %s -check-prefix=QUIET --allow-empty --implicit-check-not=remark:
// RUN: %clang_tidy %s --checks='-*,wire-route-mismatch' --dump-config \
// RUN:   --config="{CheckOptions: {wire-route-mismatch.ReportUnresolved: true}}" \
// RUN:   -- -std=c++17 | %FileCheck %s -check-prefix=DUMP

// QUIET-NOT: not resolved
// DUMP: wire-route-mismatch.ReportUnresolved: 'true'

#include <httplib.h>
#include <string>

void handler(const httplib::Request &, httplib::Response &);
std::string pathFromConfig();

class StatusApi {
public:
  StatusApi() : m_statusPath("/status") {}
  void routes(httplib::Server &svr) {
    svr.Get(m_statusPath, handler);
    svr.Get(m_base + "/version", handler);
  }

private:
  std::string m_statusPath;
  std::string m_base = "/api";
};

void serve(httplib::Server &svr, const std::string &fromCaller, bool flag) {
  std::string jobPath = "/jobs/([0-9a-f]{8})";
  svr.Get(jobPath, handler);
  std::string prefix = "/x";
  svr.Post(prefix + R"(/(\d+))", handler);
  svr.Get(fromCaller, handler);
  // REMARK: :[[@LINE-1]]:11: remark: route registration not resolved: 'fromCaller' is a parameter of the function [wire-route-mismatch]
  std::string maybe = "/maybe";
  if (flag)
    maybe = "/other";
  svr.Get(maybe, handler);
  // REMARK: :[[@LINE-1]]:11: remark: route registration not resolved: 'maybe' is assigned on some paths before this use (line 48) [wire-route-mismatch]
  std::string grown = "/grown";
  grown += "/more";
  svr.Get(grown, handler);
  // REMARK: :[[@LINE-1]]:11: remark: route registration not resolved: 'grown' is modified before this use (line 52) [wire-route-mismatch]
  svr.Get(pathFromConfig(), handler);
  // REMARK: :[[@LINE-1]]:11: remark: route registration not resolved: computed at run time by 'pathFromConfig' [wire-route-mismatch]
}

void call(httplib::Client &cli, const char *path) {
  cli.Get(path);
  // REMARK: :[[@LINE-1]]:11: remark: client use not resolved: 'path' is a parameter of the function [wire-route-mismatch]
#ifndef REMARKS_ONLY
  std::string job = "/jobs/zz";
  cli.Get(job);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /jobs/zz' [wire-route-mismatch]
  cli.Get("/jobs/0123abcd");
  cli.Post("/x/7");
  cli.Get("/x/7");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/x/7' is registered for POST, not GET [wire-route-mismatch]
  cli.Get("/status");
  cli.Get("/statuss");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /statuss'; did you mean '/status'? [wire-route-mismatch]
  cli.Get("/api/version");
  // Its registration is not resolved, so nothing serves it here; with
  // ReportUnresolved, the remark at the registration says why.
  cli.Get("/maybe");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /maybe' [wire-route-mismatch]
#endif
}
