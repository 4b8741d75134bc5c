// RUN: %check_clang_tidy -check-suffixes=NAMED -compile-fixed %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.EnumToString: 'to_string'}}"
// RUN: %check_clang_tidy -check-suffixes=STRICT %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict, \
// RUN:     wire-enum-serialization.AllowExplicitCasts: false}}"

// LogSinkPolicy, fmt's adaptors and printf fix-its on Debian's real
// spdlog (1.10), fmt (9.1) and glibc headers. Every fix-it is applied and
// the result compiled with -Wformat -Werror=format.

#include <cstdio>
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

enum Color { Red, Green };
std::string to_string(Color);
enum Code { CodeA, CodeB }; // no rendering: the number is all there is

void named(Color c, Code k, const std::vector<Color> &colors) {
  spdlog::info("color {}", c);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:28: warning: enum 'Color' is written to spdlog as its integer value
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:28: warning: enum 'Color' is written to spdlog as its integer value
  // CHECK-FIXES-NAMED: spdlog::info("color {}", to_string(c));
  spdlog::info("code {}", k);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:27: warning: enum 'Code' is written to spdlog
  std::printf("color %d\n", c);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:29: warning: enum 'Color' is written to a printf-style format
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:29: warning: enum 'Color' is written to a printf-style format
  // CHECK-FIXES-NAMED: std::printf("color %s\n", to_string(c).c_str());
  std::printf("HTTP/1.1 %d %s\r\n", c, "OK");
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:37: warning: enum 'Color' is written to a printf-style format
  fmt::print("{} ({})\n", c, to_string(c));
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:27: warning: enum 'Color' is written to fmt
  switch (c) {
  case Red:
    break;
  default:
    spdlog::warn("unexpected color {}", c);
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:41: warning: enum 'Color' is written to spdlog
  }

  // fmt's adaptors.
  fmt::print("{c}\n", fmt::arg("c", c));
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:37: warning: enum 'Color' is written to fmt
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:37: warning: enum 'Color' is written to fmt
  fmt::print("{}\n", fmt::join(colors, ", "));
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:32: warning: 'std::vector<Color>' holds enum 'Color', which is written to fmt
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:32: warning: 'std::vector<Color>' holds enum 'Color', which is written to fmt
  spdlog::info("{}", fmt::streamed(c));
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:36: warning: enum 'Color' is written to spdlog as its integer value through fmt::streamed
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:36: warning: enum 'Color' is written to spdlog as its integer value through fmt::streamed
  spdlog::info("{}", fmt::underlying(k));
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:38: warning: enum 'Code' is written to spdlog as its integer value by fmt::underlying
  spdlog::info("color " + std::to_string(c));
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:27: warning: enum 'Color' is written to spdlog as its integer value by std::to_string
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:27: warning: enum 'Color' is written to spdlog as its integer value by std::to_string
}
