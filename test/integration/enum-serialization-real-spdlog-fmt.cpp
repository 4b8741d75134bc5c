// RUN: %check_clang_tidy %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"

// Run under LogSinkPolicy: strict, the behaviour before the option existed
// (the default, named, is tested in enum-serialization-real-log-policy.cpp).

// wire-enum-serialization against Debian's real spdlog (1.10) and fmt (9.1).
// fmt 9 formats unscoped enums as integers (scoped ones do not compile).

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>
#include <string>
#include <utility>
#include <vector>

enum WebSocketState { Connecting, Open, Closed };
enum Color { Red, Green };

void logs(WebSocketState st, Color c) {
  spdlog::info("state {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'WebSocketState' is written to spdlog as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  spdlog::error("{} {}", "x", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: enum 'Color' is written to spdlog
  spdlog::warn(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: enum 'WebSocketState' is written to spdlog
  auto logger = spdlog::default_logger();
  logger->critical("closing in {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: enum 'WebSocketState' is written to spdlog
  logger->log(spdlog::level::info, "c {}", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: enum 'Color' is written to spdlog
  SPDLOG_INFO("auth failed in {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: enum 'WebSocketState' is written to spdlog
  SPDLOG_LOGGER_ERROR(logger, "auth failed in {}", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: enum 'Color' is written to spdlog
}

void formats(WebSocketState st, Color c) {
  std::string s = fmt::format("{}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: enum 'WebSocketState' is written to fmt
  fmt::print("{} {}\n", s, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'Color' is written to fmt
  fmt::memory_buffer buf;
  fmt::format_to(std::back_inserter(buf), "{}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: enum 'WebSocketState' is written to fmt
  std::vector<Color> colors;
  fmt::print("{}\n", colors);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'std::vector<Color>' holds enum 'Color', which is written to fmt
}

// A project forwarding wrapper is a sink at the caller.
template <typename... Args>
void log_ws_event(spdlog::format_string_t<Args...> f, Args &&...args) {
  spdlog::info(f, std::forward<Args>(args)...);
}
void wrapped(WebSocketState st) {
  log_ws_event("ws event in state {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: enum 'WebSocketState' is written to spdlog
  log_ws_event("ws event {}", 1);
}

// Not flagged: a formatter, explicit casts, strings.
enum Level { Low, High };
template <> struct fmt::formatter<Level> : fmt::formatter<std::string_view> {
  auto format(Level l, fmt::format_context &ctx) const {
    return fmt::formatter<std::string_view>::format(l == Low ? "low" : "high",
                                                    ctx);
  }
};
const char *name(Color);
void quiet(Level l, Color c) {
  spdlog::info("level {}", l);
  fmt::print("{}\n", l);
  spdlog::info("color {}", name(c));
  spdlog::info("color {}", static_cast<int>(c));
  spdlog::log(spdlog::level::warn, "plain");
}
