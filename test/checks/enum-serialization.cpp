// RUN: %check_clang_tidy %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"

// Run under LogSinkPolicy: strict, the behaviour before the option existed
// (the default, named, is tested in enum-serialization-log-policy.cpp).

#include <cstdio>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;

enum class WebSocketState { Connecting, Open, Closing, Closed };
enum Color { Red, Green };

struct Session {
  WebSocketState state() const { return WebSocketState::Open; }
};

// --- nlohmann::json, every door -------------------------------------------
void jsonDoors(const Session &s, WebSocketState st) {
  json a = st;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: enum 'WebSocketState' is written to nlohmann::json as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  json b(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: enum 'WebSocketState' is written to nlohmann::json
  json c = {{"type", "auth_error"}, {"state", s.state()}};
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: enum 'WebSocketState' is written to nlohmann::json
  c["state"] = st;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: enum 'WebSocketState' is written to nlohmann::json
  c = Red;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: enum 'Color' is written to nlohmann::json
  c.push_back(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: enum 'WebSocketState' is written to nlohmann::json
  c.emplace_back(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: enum 'WebSocketState' is written to nlohmann::json
  c.emplace("k", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: enum 'WebSocketState' is written to nlohmann::json
  c.insert(nullptr, st);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: enum 'WebSocketState' is written to nlohmann::json
  json d = json::array({Red, Green});
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: enum 'Color' is written to nlohmann::json
  // CHECK-MESSAGES: :[[@LINE-2]]:30: warning: enum 'Color' is written to nlohmann::json
  json e = json::object({{"state", st}});
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: enum 'WebSocketState' is written to nlohmann::json
  std::vector<WebSocketState> history;
  json f = history;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::vector<WebSocketState>' holds enum 'WebSocketState', which is written to nlohmann::json as its integer value; pass it through a safe-serialization wrapper or give the enum a serializer [wire-enum-serialization]
  std::optional<WebSocketState> maybe;
  json g = maybe;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::optional<WebSocketState>' holds enum 'WebSocketState'
  std::map<std::string, Color> colors;
  json h = colors;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::map<std::string, Color>'{{.*}} holds enum 'Color'
}

// --- log and format sinks ---------------------------------------------------
void logSinks(WebSocketState st, Color c) {
  spdlog::info("state {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'WebSocketState' is written to spdlog as its integer value
  spdlog::info(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: enum 'WebSocketState' is written to spdlog
  spdlog::default_logger_raw()->error("closing in state {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: enum 'WebSocketState' is written to spdlog
  SPDLOG_ERROR("auth failed in state {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: enum 'WebSocketState' is written to spdlog
  std::string s = fmt::format("{} {}", c, st);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: enum 'Color' is written to fmt
  // CHECK-MESSAGES: :[[@LINE-2]]:43: warning: enum 'WebSocketState' is written to fmt
  fmt::print(stderr, "{}", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'Color' is written to fmt
  std::printf("%d\n", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: enum 'Color' is written to a printf-style format as its integer value; convert it to a string or pass it through a safe-serialization wrapper [wire-enum-serialization]
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: enum 'Color' is written to a printf-style format
  std::ostringstream os;
  os << "color=" << c;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: enum 'Color' is written to an output stream
}

// --- every path ---------------------------------------------------------------
void paths(WebSocketState st) {
  try {
    throw 1;
  } catch (...) {
    spdlog::error("auth error in state {}", st);
    // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: enum 'WebSocketState' is written to spdlog
  }
  auto onClose = [st] { return json{{"state", st}}; };
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: enum 'WebSocketState' is written to nlohmann::json
  (void)onClose;
}

struct Reply {
  json body = WebSocketState::Closed;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: enum 'WebSocketState' is written to nlohmann::json
};

void withDefault(json payload = json(Red)) {}
// CHECK-MESSAGES: :[[@LINE-1]]:38: warning: enum 'Color' is written to nlohmann::json

// One diagnostic per location, whatever the number of instantiations.
template <typename T> void logBoth(T value, WebSocketState st) {
  spdlog::info("{} {}", value, st);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: enum 'WebSocketState' is written to spdlog
}
void instantiate(WebSocketState st) {
  logBoth(1, st);
  logBoth(2.0, st);
}

// --- not flagged ------------------------------------------------------------
namespace ok {
enum class Phase { A, B };
NLOHMANN_JSON_SERIALIZE_ENUM(Phase, {{Phase::A, "a"}, {Phase::B, "b"}})

enum class Level { Low, High };
} // namespace ok
template <> struct fmt::formatter<ok::Level> : fmt::formatter<int> {};

std::string to_string(WebSocketState);

void negatives(WebSocketState st, ok::Phase p, ok::Level l, Color c) {
  json a = p;                                   // to_json found by ADL
  json b = {{"phase", p}};
  spdlog::info("level {}", l);                  // fmt::formatter<Level>
  json d = static_cast<int>(st);                // deliberate integer
  fmt::print("{}", (int)c);
  json e = to_string(st);                       // converted to a string
  spdlog::info("state {}", to_string(st));
  json f = json::value_t::object;               // the library's own enum
  json g = c == Red ? "red" : "green";
  spdlog::log(spdlog::level::info, "plain");    // level is by design
  int n = 3;
  json h = n;
}

// std::to_string turns an unscoped enum into its number, as a string.
void toStringNumbers(Color c) {
  json j = {{"color", std::to_string(c)}};
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: enum 'Color' is written to nlohmann::json as its integer value by std::to_string; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  spdlog::info("color {}", std::to_string(c));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'Color' is written to spdlog as its integer value by std::to_string
  json k = std::to_string(static_cast<int>(c)); // deliberate
  json l = std::to_string(42);
}
