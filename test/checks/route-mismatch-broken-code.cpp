// Broken code: no crash, no guess; what can be judged still is.
// RUN: %check_clang_tidy -expect-clang-tidy-error %s wire-route-mismatch %t

#include <httplib.h>

void serve(httplib::Server &svr) {
  svr.Post("/api/agents/stop", [](const httplib::Request &, httplib::Response &) {});
  svr.Get(undeclared_path, [](const httplib::Request &, httplib::Response &) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: use of undeclared identifier 'undeclared_path' [clang-diagnostic-error]
  svr.Get("/api/(unclosed", [](const httplib::Request &, httplib::Response &) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: route '/api/(unclosed' can never match: '(unclosed' is not a valid regular expression: parentheses not balanced [wire-route-mismatch]
  svr.Get("/api/[z-a]", [](const httplib::Request &, httplib::Response &) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: route '/api/[z-a]' can never match: '[z-a]' is not a valid regular expression: invalid character range [wire-route-mismatch]
}

void call(httplib::Client &cli) {
  cli.Post("/api/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'?
  cli.Get(undeclared_too);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: use of undeclared identifier 'undeclared_too' [clang-diagnostic-error]
  cli.Post("/api/agent/stop", undeclared_body);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: use of undeclared identifier 'undeclared_body' [clang-diagnostic-error]
  cli.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: no matching member function for call to 'Get' [clang-diagnostic-error]
  cli.Post(42);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: no matching member function for call to 'Post' [clang-diagnostic-error]
}
