// A vendored copy of nlohmann, spdlog and fmt (Debian's headers copied into
// a project folder, found through -I, so not system headers): a value that
// enters a library template is reported at the project's call site, never
// inside the vendored headers (--header-filter=.* would show them).
// RUN: rm -rf %t.vendor && mkdir -p %t.vendor
// RUN: cp -r /usr/include/nlohmann /usr/include/spdlog /usr/include/fmt %t.vendor/
// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.SensitiveTypes: 'Token$', wire-object-serialization.StrictObjects: true, wire-enum-serialization.LogSinkPolicy: strict}}" -- --header-filter=.* -- -I%t.vendor

#include <fmt/ostream.h>
#include <fmt/ranges.h> // Formats the vector below.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <utility>
#include <vector>

namespace app {
enum class Phase { Init, Run };
enum Color { Red, Green };
struct Order {
  int id;
};
void to_json(nlohmann::json &j, const Order &o) { j = {{"id", o.id}}; }
std::ostream &operator<<(std::ostream &os, const Order &o) {
  return os << o.id;
}
struct Token {
  std::string secret;
};
} // namespace app
template <> struct fmt::formatter<app::Order> : fmt::ostream_formatter {};

void user(const app::Order &o, const std::vector<app::Color> &colors,
          const std::map<std::string, app::Phase> &phases,
          const app::Token &token) {
  nlohmann::json j = o;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: object of type 'app::Order' is written to nlohmann::json without going through a safe-serialization wrapper [wire-object-serialization]
  nlohmann::json k = colors;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'std::vector<app::Color>' holds enum 'app::Color', which is written to nlohmann::json as its integer value
  nlohmann::json l = phases;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'std::map<std::string, app::Phase>' holds enum 'app::Phase'
  j["pair"] = std::make_pair(1, app::Red);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: {{.*}} holds enum 'app::Color', which is written to nlohmann::json as its integer value
  j.push_back(app::Green);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: enum 'app::Color' is written to nlohmann::json as its integer value
  spdlog::info("order {} color {}", o, app::Red);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: object of type 'app::Order' is written to spdlog without going through a safe-serialization wrapper
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: enum 'app::Color' is written to spdlog as its integer value
  spdlog::default_logger()->warn("{}", colors);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'std::vector<app::Color>' holds enum 'app::Color', which is written to spdlog as its integer value
  spdlog::info("{}", token.secret.size());
}
