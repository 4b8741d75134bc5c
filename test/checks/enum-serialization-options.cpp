// RUN: %check_clang_tidy -check-suffixes=DEFAULT %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"
// RUN: %check_clang_tidy -check-suffixes=OPTS -compile-fixed %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: { \
// RUN:     SafeWrappers: 'proto::serialize_message_safely;redact', \
// RUN:     wire-enum-serialization.EnumToString: 'to_string', \
// RUN:     wire-enum-serialization.AllowExplicitCasts: false, \
// RUN:     wire-enum-serialization.IntegerEnums: '^(net::)?HttpStatus$', \
// RUN:     LogSinks: 'app::log_event:1', \
// RUN:     JsonSinks: 'app::Payload::set', \
// RUN:     wire-enum-serialization.LogSinkPolicy: strict}}"

// Run under LogSinkPolicy: strict, the behaviour before the option existed
// (the default, named, is tested in enum-serialization-log-policy.cpp).

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <string>

using nlohmann::json;

enum class WebSocketState { Connecting, Open };
std::string to_string(WebSocketState);
namespace net {
enum class HttpStatus { Ok = 200, NotFound = 404 };
}
enum class [[clang::annotate("wire::integer")]] RetryCount { None, Once };

namespace proto {
std::string serialize_message_safely(const json &j);
}
std::string redact(WebSocketState);

namespace app {
void log_event(const char *event, int code, const char *detail = "");
struct Payload {
  void set(const char *key, int value);
};
} // namespace app

void f(WebSocketState st, net::HttpStatus status, RetryCount retries) {
  // Inside a safe wrapper: accepted with SafeWrappers set.
  std::string wire = proto::serialize_message_safely({{"state", st}});
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:65: warning: enum 'WebSocketState' is written to nlohmann::json as its integer value
  spdlog::info("{}", redact(st));

  // EnumToString offers a fix-it.
  spdlog::info("state {}", st);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:28: warning: enum 'WebSocketState' is written to spdlog as its integer value
  // CHECK-MESSAGES-OPTS: :[[@LINE-2]]:28: warning: enum 'WebSocketState' is written to spdlog as its integer value
  // CHECK-FIXES-OPTS:   spdlog::info("state {}", to_string(st));
  // CHECK-FIXES-DEFAULT:   spdlog::info("state {}", st);

  // Explicit casts: deliberate by default, flagged with AllowExplicitCasts.
  json j = static_cast<int>(st);
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:12: warning: enum 'WebSocketState' is written to nlohmann::json as its integer value by an explicit cast
  json k = int(st);
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:12: warning: enum 'WebSocketState' is written to nlohmann::json as its integer value by an explicit cast

  // Integer enums: by regex and by annotation.
  json s = status;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: enum 'net::HttpStatus' is written to nlohmann::json
  json r = retries;

  // Project sinks by option; LogSinks' index is the first written argument.
  app::log_event("close", static_cast<int>(st));
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:27: warning: enum 'WebSocketState' is written to 'app::log_event' as its integer value by an explicit cast
  app::Payload p;
  p.set("state", static_cast<int>(st));
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:18: warning: enum 'WebSocketState' is written to 'app::Payload::set' as its integer value by an explicit cast
}

// NOLINT silences a deliberate finding.
void deliberate(WebSocketState st) {
  spdlog::info("raw {}", st); // NOLINT(wire-enum-serialization)
}

// A safe wrapper called from a template: the brace list is wrapped in every
// instantiation and in the pattern.
template <typename T> std::string wrapInTemplate(T value, WebSocketState st) {
  return proto::serialize_message_safely({{"value", value}, {"state", st}});
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:71: warning: enum 'WebSocketState' is written to nlohmann::json
}
std::string useTemplate(WebSocketState st) { return wrapInTemplate(1, st); }

// The fix-it is offered only where `to_string(value)` finds a function that
// takes the enum: none exists for Mode, so the warning comes without one.
enum class Mode { Fast, Safe };
void noConverter(Mode m) {
  spdlog::info("mode {}", m);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:27: warning: enum 'Mode' is written to spdlog as its integer value
  // CHECK-MESSAGES-OPTS: :[[@LINE-2]]:27: warning: enum 'Mode' is written to spdlog as its integer value
  // CHECK-FIXES-OPTS: spdlog::info("mode {}", m);
}

// A converter found in the namespace the option names, or by ADL.
namespace names {
enum class Phase { Idle };
std::string to_string(Phase);
} // namespace names
void adlConverter(names::Phase p) {
  spdlog::info("phase {}", p);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:28: warning: enum 'names::Phase' is written to spdlog as its integer value
  // CHECK-MESSAGES-OPTS: :[[@LINE-2]]:28: warning: enum 'names::Phase' is written to spdlog as its integer value
  // CHECK-FIXES-OPTS: spdlog::info("phase {}", to_string(p));
}
