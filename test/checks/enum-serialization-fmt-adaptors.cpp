// RUN: %check_clang_tidy -check-suffixes=DEFAULT %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"
// RUN: %check_clang_tidy -check-suffixes=CASTS %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict, \
// RUN:     wire-enum-serialization.AllowExplicitCasts: false}}"

// Values wrapped on their way into fmt are still written as numbers:
// fmt::arg, fmt::join over enums, fmt::streamed of an enum without an
// operator<<, fmt::underlying (an explicit cast: flagged with
// AllowExplicitCasts: false), and std::to_string inside a concatenation.

#include <ostream>
#include <string>
#include <vector>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

enum Color { Red, Green };
enum Named { NamedA };
std::ostream &operator<<(std::ostream &, Named);

void adaptors(Color c, Named n, const std::vector<Color> &colors,
              const std::vector<int> &numbers) {
  fmt::print("{x}", fmt::arg("x", c));
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:35: warning: enum 'Color' is written to fmt as its integer value
  // CHECK-MESSAGES-CASTS: :[[@LINE-2]]:35: warning: enum 'Color' is written to fmt as its integer value
  fmt::print("{}", fmt::join(colors, ", "));
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:30: warning: 'std::vector<Color>' holds enum 'Color', which is written to fmt
  // CHECK-MESSAGES-CASTS: :[[@LINE-2]]:30: warning: 'std::vector<Color>' holds enum 'Color', which is written to fmt
  fmt::print("{}", fmt::streamed(c));
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:34: warning: enum 'Color' is written to fmt as its integer value through fmt::streamed
  // CHECK-MESSAGES-CASTS: :[[@LINE-2]]:34: warning: enum 'Color' is written to fmt as its integer value through fmt::streamed
  fmt::print("{}", fmt::underlying(c));
  // CHECK-MESSAGES-CASTS: :[[@LINE-1]]:36: warning: enum 'Color' is written to fmt as its integer value by fmt::underlying
  spdlog::info("state " + std::to_string(c));
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:27: warning: enum 'Color' is written to spdlog as its integer value by std::to_string
  // CHECK-MESSAGES-CASTS: :[[@LINE-2]]:27: warning: enum 'Color' is written to spdlog as its integer value by std::to_string
  spdlog::info("{}", std::string("s=") + std::to_string(c) + "!");
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:42: warning: enum 'Color' is written to spdlog as its integer value by std::to_string
  // CHECK-MESSAGES-CASTS: :[[@LINE-2]]:42: warning: enum 'Color' is written to spdlog as its integer value by std::to_string

  // Not numbers: a streamed enum with its own operator<<, names, ints.
  fmt::print("{}", fmt::streamed(n));
  fmt::print("{x}", fmt::arg("x", 3));
  fmt::print("{}", fmt::join(numbers, ", "));
  spdlog::info("n=" + std::to_string(42));
}
