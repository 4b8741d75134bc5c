// RUN: %check_clang_tidy -check-suffixes=NAMED %s wire-enum-serialization %t
// RUN: %check_clang_tidy -check-suffixes=STRICT %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"

// Under `named`, an enum printed by a generic helper of the project's own
// is reported once, at the helper, with one note per enum type it is
// instantiated with; never at every caller. Forwarding log wrappers (a
// parameter pack, or std::forward) still report at the caller, who chose
// to log the value. `strict` keeps reporting at every caller.

#include <iostream>
#include <string>
#include <utility>
#include <spdlog/spdlog.h>

enum Color { Red, Green };
const char *name(Color);
enum Level { Low, High };
std::string to_string(Level);
enum Bare { BareA, BareB }; // no rendering: never reported under named

template <class T> void assert_equals(const T &a, const T &b) {
  if (!(a == b))
    std::cout << "expected " << a << '\n';
  // CHECK-NOTES-NAMED: :[[@LINE-1]]:33: warning: enum values are written to an output stream as their integer value in generic helper 'assert_equals'; convert them to strings in the helper or give the enums a serializer [wire-enum-serialization]
  // CHECK-NOTES-NAMED: :[[@LINE+10]]:3: note: 'assert_equals' is instantiated with enum 'Color' here
  // CHECK-NOTES-NAMED: :[[@LINE+17]]:3: note: 'assert_equals' is instantiated with enum 'Level' here
}

template <typename... Args>
void log_event(fmt::format_string<Args...> f, Args &&...args) {
  spdlog::info(f, std::forward<Args>(args)...);
}

void tests(Color c, Level l, Bare b) {
  assert_equals(c, Red);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:17: warning: enum 'Color' is written to an output stream
  assert_equals(c, Green);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:17: warning: enum 'Color' is written to an output stream
  assert_equals(Green, c);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:17: warning: enum 'Color' is written to an output stream
  assert_equals(b, BareA);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:17: warning: enum 'Bare' is written to an output stream
  assert_equals(l, High);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:17: warning: enum 'Level' is written to an output stream
  assert_equals(1, 2);
  assert_equals(std::string("a"), std::string("b"));
}

void logging(Color c, Bare b) {
  log_event("color {}", c);
  // CHECK-NOTES-NAMED: :[[@LINE-1]]:25: warning: enum 'Color' is written to spdlog as its integer value; pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
  // CHECK-NOTES-NAMED: :[[@LINE-21]]:19: note: 'log_event' passes the value to spdlog here
  // CHECK-NOTES-NAMED: :[[@LINE-37]]:13: note: 'name' writes 'Color' by name
  // CHECK-NOTES-NAMED: :[[@LINE-39]]:6: note: enum 'Color' declared here
  // CHECK-MESSAGES-STRICT: :[[@LINE-5]]:25: warning: enum 'Color' is written to spdlog as its integer value
  log_event("bare {}", b);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:24: warning: enum 'Bare' is written to spdlog as its integer value
}
