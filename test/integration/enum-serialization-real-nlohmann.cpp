// RUN: %check_clang_tidy %s wire-enum-serialization %t

// wire-enum-serialization against Debian's real nlohmann/json.hpp (3.11.x).

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

using nlohmann::json;

enum class WebSocketState { Connecting, Open, Closed };
enum Color { Red, Green };

struct Session {
  WebSocketState state() const { return WebSocketState::Open; }
};

json authError(const Session &s) {
  return {{"type", "auth_error"}, {"state", s.state()}};
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: enum 'WebSocketState' is written to nlohmann::json as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
}

void doors(WebSocketState st, Color c) {
  json a = st;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: enum 'WebSocketState' is written to nlohmann::json
  json b(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: enum 'Color' is written to nlohmann::json
  a["state"] = st;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: enum 'WebSocketState' is written to nlohmann::json
  b = c;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: enum 'Color' is written to nlohmann::json
  json arr = json::array();
  arr.push_back(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: enum 'WebSocketState' is written to nlohmann::json
  arr.emplace_back(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: enum 'Color' is written to nlohmann::json
  arr.insert(arr.end(), st);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: enum 'WebSocketState' is written to nlohmann::json
  json obj = json::object();
  obj.emplace("state", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: enum 'WebSocketState' is written to nlohmann::json
  json list = json::array({st, c});
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: enum 'WebSocketState' is written to nlohmann::json
  // CHECK-MESSAGES: :[[@LINE-2]]:32: warning: enum 'Color' is written to nlohmann::json
  json o = json::object({{"color", c}});
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: enum 'Color' is written to nlohmann::json
  nlohmann::ordered_json ordered = {{"state", st}};
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: enum 'WebSocketState' is written to nlohmann::json
  std::vector<WebSocketState> history;
  json h = history;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::vector<WebSocketState>' holds enum 'WebSocketState', which is written to nlohmann::json
  std::map<std::string, Color> byName;
  json m = byName;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: {{.*}} holds enum 'Color', which is written to nlohmann::json
}

// Not flagged: serializers, casts, strings, the library's own enums.
namespace proto {
enum class Phase { Idle, Busy };
NLOHMANN_JSON_SERIALIZE_ENUM(Phase, {{Phase::Idle, "idle"}, {Phase::Busy, "busy"}})
enum class Kind { A };
void to_json(json &j, Kind k) { j = "a"; }
} // namespace proto
enum class Custom { X };
namespace nlohmann {
template <> struct adl_serializer<Custom> {
  static void to_json(json &j, Custom) { j = "x"; }
};
} // namespace nlohmann

std::string to_string(WebSocketState);

void quiet(WebSocketState st, proto::Phase p, proto::Kind k, Custom x) {
  json a = p;
  json b = {{"phase", p}, {"kind", k}, {"custom", x}};
  std::vector<proto::Phase> phases;
  json c = phases;
  json d = static_cast<int>(st);
  json e = to_string(st);
  json f = json::value_t::object;
  json g(json::value_t::array);
  json h = st == WebSocketState::Open;
  (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; (void)h;
}
