// RUN: %check_clang_tidy %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.SensitiveTypes: '^(auth::.*Token|Credentials)$', wire-object-serialization.SafeWrappers: 'redact;auth::mask'}}"
// RUN: %check_clang_tidy -check-suffixes=NOWRAP %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.SensitiveTypes: '^(auth::.*Token|Credentials)$'}}"

// Secrets never reach a sink unredacted, even with a serializer.

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;

namespace auth {
struct AccessToken {
  std::string value;
};
void to_json(json &j, const AccessToken &t);
std::string mask(const AccessToken &t);
struct Session {};
} // namespace auth
template <> struct fmt::formatter<auth::AccessToken> {};

struct Credentials {
  std::string user, password;
};
void to_json(json &j, const Credentials &c);
std::string redact(const Credentials &c);
json redact(const auth::AccessToken &t);

template <typename T> void audit(const char *what, const T &value) {
  spdlog::info("{}: {}", what, value);
}

void leaks(const auth::AccessToken &token, const Credentials &creds,
           std::shared_ptr<auth::AccessToken> shared,
           std::vector<Credentials> all, std::optional<auth::AccessToken> maybe) {
  json a = token;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sensitive type 'auth::AccessToken' is written to nlohmann::json unredacted; pass it through 'redact' or 'auth::mask' [wire-object-serialization]
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:12: warning: sensitive type 'auth::AccessToken' is written to nlohmann::json unredacted; pass it through a safe-serialization wrapper [wire-object-serialization]
  spdlog::info("login {}", creds);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: sensitive type 'Credentials' is written to spdlog unredacted
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:28: warning: sensitive type 'Credentials' is written to spdlog unredacted
  json b = {{"user", "u"}, {"token", token}};
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: sensitive type 'auth::AccessToken'
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:38: warning: sensitive type 'auth::AccessToken'
  json c = all;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::vector<Credentials>' holding sensitive type 'Credentials' is written to nlohmann::json unredacted
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:12: warning: 'std::vector<Credentials>' holding sensitive type 'Credentials'
  json d = maybe;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::optional<auth::AccessToken>' holding sensitive type 'auth::AccessToken'
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:12: warning: 'std::optional<auth::AccessToken>' holding sensitive type 'auth::AccessToken'
  spdlog::info("{}", *shared);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: sensitive type 'auth::AccessToken'
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:22: warning: sensitive type 'auth::AccessToken'
  audit("token", token);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: sensitive type 'auth::AccessToken' is written to spdlog unredacted
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:18: warning: sensitive type 'auth::AccessToken' is written to spdlog unredacted

  // Through a redactor: the only way in.
  json e = redact(token);
  json f = redact(creds);
  spdlog::info("login {}", redact(creds));
  spdlog::info("token {}", auth::mask(token));
  json g = {{"token", auth::mask(token)}};
  // Not sensitive.
  auth::Session session;
  json h = {{"user", creds.user}};
  (void)session;
}

// A sensitive type with an inserter of its own, written to a stream: the
// inserter writes the secret.
namespace auth {
struct RefreshToken {
  std::string value;
};
std::ostream &operator<<(std::ostream &os, const RefreshToken &t);
std::string mask(const RefreshToken &t);
} // namespace auth
void streams(const auth::RefreshToken &refresh, std::ostream &os) {
  std::cout << "refresh " << refresh << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: sensitive type 'auth::RefreshToken' is written to an output stream unredacted; pass it through 'redact' or 'auth::mask' [wire-object-serialization]
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:30: warning: sensitive type 'auth::RefreshToken' is written to an output stream unredacted
  os << refresh;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: sensitive type 'auth::RefreshToken' is written to an output stream unredacted
  // CHECK-MESSAGES-NOWRAP: :[[@LINE-2]]:9: warning: sensitive type 'auth::RefreshToken' is written to an output stream unredacted
  std::cout << auth::mask(refresh) << refresh.value.size() << '\n';
}
