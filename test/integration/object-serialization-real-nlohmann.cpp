// RUN: %check_clang_tidy %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.SensitiveTypes: '^auth::', wire-object-serialization.SafeWrappers: 'redact'}}"

// wire-object-serialization against Debian's real nlohmann/json.hpp (3.11).

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

using nlohmann::json;

namespace auth {
struct ApiKey {
  std::string value;
};
void to_json(json &j, const ApiKey &k) { j = k.value; }
} // namespace auth
json redact(const auth::ApiKey &k) { return "***"; }

namespace app {
struct Agent {
  int id;
};
// A catch-all the project wrote: every type becomes "object".
template <class T> void to_json(json &j, const T &) { j = "object"; }

struct Order {
  int id;
  std::string item;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Order, id, item)
} // namespace app

void payloads(const auth::ApiKey &key, const app::Agent &agent,
              const app::Order &order, std::vector<auth::ApiKey> keys,
              std::map<std::string, auth::ApiKey> byUser) {
  json a = key;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sensitive type 'auth::ApiKey' is written to nlohmann::json unredacted; pass it through 'redact' [wire-object-serialization]
  json b = {{"user", "u"}, {"key", key}};
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: sensitive type 'auth::ApiKey' is written to nlohmann::json unredacted
  json c;
  c["key"] = key;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: sensitive type 'auth::ApiKey'
  c.push_back(key);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sensitive type 'auth::ApiKey'
  json d = keys;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::vector<auth::ApiKey>' holding sensitive type 'auth::ApiKey' is written to nlohmann::json unredacted
  json e = byUser;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::map<std::string, auth::ApiKey>'{{.*}} holding sensitive type 'auth::ApiKey'
  json f = agent;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'app::Agent' is written to nlohmann::json by the catch-all serializer 'app::to_json'; give the type a serializer of its own or pass it through 'redact' [wire-object-serialization]
  json g = {{"agent", agent}};
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'app::Agent' is written to nlohmann::json by the catch-all serializer

  // Idiomatic: types with their own serializer, redacted secrets.
  json h = order;
  json i = {{"order", order}, {"key", redact(key)}};
  json k = redact(key);
  json l = std::vector<app::Order>{order};
  std::string s = json(order).dump();
  json m = s;
}
