// RUN: %check_clang_tidy %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"

// Run under LogSinkPolicy: strict, the behaviour before the option existed
// (the default, named, is tested in enum-serialization-generic-helpers.cpp).

// Project wrappers around sinks are sinks themselves: the finding is at the
// caller that supplies the enum, with notes down the chain.

#include <cstdio>
#include <utility>
#include <spdlog/spdlog.h>

enum class WebSocketState { Connecting, Open };
enum Color { Red, Green };

template <typename... Args>
void log_ws_event(fmt::format_string<Args...> f, Args &&...args) {
  spdlog::info(f, std::forward<Args>(args)...);
}

template <typename T> void audit(const char *what, const T &value) {
  log_ws_event("{}: {}", what, value);
}

void log_code(int code) { std::printf("code %d\n", code); }

// A function taking the enum itself is diagnosed inside, once.
void log_state(WebSocketState s) { spdlog::warn("state {}", s); }
// CHECK-NOTES: :[[@LINE-1]]:61: warning: enum 'WebSocketState' is written to spdlog as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
// CHECK-NOTES: :[[@LINE-17]]:12: note: enum 'WebSocketState' declared here

auto onError = [](auto &&value) { spdlog::error("error {}", value); };

void caller(WebSocketState st, Color c) {
  log_ws_event("state {}", st);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: enum 'WebSocketState' is written to spdlog as its integer value
  // CHECK-NOTES: :[[@LINE-19]]:19: note: 'log_ws_event' passes the value to spdlog here
  // CHECK-NOTES: :[[@LINE-25]]:12: note: enum 'WebSocketState' declared here
  audit("state", st);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: enum 'WebSocketState' is written to spdlog
  // CHECK-NOTES: :[[@LINE-19]]:32: note: 'audit' passes the value to spdlog here
  // CHECK-NOTES: :[[@LINE-24]]:19: note: 'log_ws_event' passes the value to spdlog here
  // CHECK-NOTES: :[[@LINE-30]]:12: note: enum 'WebSocketState' declared here
  log_code(c);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: enum 'Color' is written to a printf-style format
  // CHECK-NOTES: :[[@LINE-21]]:52: note: 'log_code' passes the value to a printf-style format here
  // CHECK-NOTES: :[[@LINE-33]]:6: note: enum 'Color' declared here
  onError(c);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: enum 'Color' is written to spdlog
  // CHECK-NOTES: :[[@LINE-18]]:61: note: 'operator()' passes the value to spdlog here
  // CHECK-NOTES: :[[@LINE-37]]:6: note: enum 'Color' declared here

  // Not enums: silent, however deep the wrappers.
  log_code(42);
  log_ws_event("count {}", 3);
  audit("name", "x");
  log_code(static_cast<int>(c));
}
