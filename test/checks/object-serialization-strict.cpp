// RUN: %check_clang_tidy -check-suffixes=STRICT %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true, wire-object-serialization.SafeWrappers: 'serialize_message_safely', wire-object-serialization.LogSinks: 'log_line', wire-object-serialization.JsonSinks: 'send_json:1'}}"
// RUN: %check_clang_tidy %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.SafeWrappers: 'serialize_message_safely', wire-object-serialization.LogSinks: 'log_line', wire-object-serialization.JsonSinks: 'send_json:1'}}"

// StrictObjects: every object goes through serialize_message_safely(), even
// one with a serializer of its own. Without it (second run) the same code
// only reports what loses or leaks information.

#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <vector>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;

namespace app {
struct Order {
  int id;
};
void to_json(json &j, const Order &o);
struct Peer {
  operator std::string() const { return "peer"; }
};
} // namespace app
template <> struct fmt::formatter<app::Order> {};

json serialize_message_safely(const app::Order &o);
void log_line(const std::string &line);
void send_json(int socket, const json &body);

void strict(const app::Order &order, std::vector<app::Order> orders,
            std::map<std::string, app::Order> byName, app::Peer peer) {
  json a = order;
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:12: warning: object of type 'app::Order' is written to nlohmann::json without going through 'serialize_message_safely' [wire-object-serialization]
  spdlog::info("order {}", order);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:28: warning: object of type 'app::Order' is written to spdlog without going through 'serialize_message_safely'
  json b = orders;
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:12: warning: 'std::vector<app::Order>' holding object of type 'app::Order' is written to nlohmann::json
  json c = byName;
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:12: warning: 'std::map<std::string, app::Order>'{{.*}} holding object of type 'app::Order'
  send_json(3, order); // Converted to json on the way in.
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:16: warning: object of type 'app::Order' is written to nlohmann::json without going through 'serialize_message_safely'
  log_line(peer);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:12: warning: 'app::Peer' is written to 'log_line' as 'std::string' (aka 'basic_string<char>') through its implicit conversion operator; give it a serializer or pass it through 'serialize_message_safely'
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: 'app::Peer' is written to 'log_line' as 'std::string' (aka 'basic_string<char>') through its implicit conversion operator

  // Wrapped, or safe types.
  json d = serialize_message_safely(order);
  send_json(3, serialize_message_safely(order));
  spdlog::info("order {}", serialize_message_safely(order).dump());
  std::string s = "x";
  std::vector<std::string> names;
  json e = {{"name", s}, {"names", names}, {"n", 1}};
  log_line(s);
  spdlog::info("{} {} {}", s, std::string_view(s), e);
  std::chrono::milliseconds latency{5};
  spdlog::info("latency {}", latency.count());
  json f = std::map<std::string, int>{};
}
