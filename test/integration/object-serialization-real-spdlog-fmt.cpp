// RUN: %check_clang_tidy %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.SensitiveTypes: 'Credentials$', wire-object-serialization.SafeWrappers: 'mask'}}"
// RUN: %check_clang_tidy -check-suffixes=STRICT %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.SensitiveTypes: 'Credentials$', wire-object-serialization.SafeWrappers: 'mask', wire-object-serialization.StrictObjects: 'true'}}"

// wire-object-serialization against Debian's real spdlog (1.10) and fmt (9.1).
// (fmt 9 has no format_as; catch-all serializers are tested with streams.)

#include <chrono>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <memory>
#include <spdlog/fmt/ostr.h>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

struct Credentials {
  std::string user, password;
};
template <> struct fmt::formatter<Credentials> : fmt::formatter<std::string> {
  auto format(const Credentials &c, fmt::format_context &ctx) const {
    return fmt::formatter<std::string>::format(c.user, ctx);
  }
};
std::string mask(const Credentials &c);

namespace app {
struct Route {
  std::string path;
};
} // namespace app
template <> struct fmt::formatter<app::Route> : fmt::formatter<std::string> {
  auto format(const app::Route &r, fmt::format_context &ctx) const {
    return fmt::formatter<std::string>::format(r.path, ctx);
  }
};

void logs(const Credentials &creds, const app::Route &route,
          const std::shared_ptr<app::Route> &shared, const app::Route *raw) {
  spdlog::info("login {}", creds);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: sensitive type 'Credentials' is written to spdlog unredacted; pass it through 'mask' [wire-object-serialization]
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:28: warning: sensitive type 'Credentials' is written to spdlog unredacted; pass it through 'mask' [wire-object-serialization]
  std::string line = fmt::format("{} as {}", route, creds);
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: sensitive type 'Credentials' is written to fmt unredacted
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:46: warning: object of type 'app::Route' is written to fmt without going through 'mask'
  // CHECK-MESSAGES-STRICT: :[[@LINE-3]]:53: warning: sensitive type 'Credentials' is written to fmt unredacted
  SPDLOG_INFO("route {}", fmt::ptr(raw)); // A deliberate address.
  spdlog::info("route {}", fmt::ptr(shared));

  // Idiomatic: own formatters, masked secrets, strings, ranges of strings,
  // chrono durations, deliberate `void *` addresses.
  spdlog::info("route {} user {}", route.path, mask(creds));
  std::vector<std::string> names{"a"};
  spdlog::info("{} {}", names, std::chrono::milliseconds(3));
  fmt::print("{}\n", fmt::join(names, ","));
  spdlog::debug("{}", static_cast<const void *>(raw));
}
