// RUN: %check_clang_tidy -std=c++20-or-later %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"

// Run under LogSinkPolicy: strict, the behaviour before the option existed
// (the default, named, is tested in enum-serialization-log-policy.cpp).

// std::format and std::print (hermetic stand-in: libstdc++ 12 has no
// <format>): an enum with a std::formatter is fine, one without is not.
#include <std/format_stub.h>

enum Color { Red, Green };
enum class Level { Low, High };
template <> struct std::formatter<Level, char> {};

void f(Color c, Level l) {
  std::string s = std::format("{}", c);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: enum 'Color' is written to std::format as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  std::print("{} {}", s, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: enum 'Color' is written to std::format
  std::print("{}", l);
  std::print("{}", static_cast<int>(c));
}
