// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true, wire-enum-serialization.LogSinkPolicy: strict}}"

// What reaches a sink's argument list without writing a value, for every
// sink check alike: operands that are never evaluated (decltype, sizeof,
// alignof, noexcept, requires-expressions) and a stream buffer whose
// contents an output stream copies (`out << file.rdbuf()`). StrictObjects
// is on so that any object or pointer written would be reported.

#include <fstream>
#include <iostream>
#include <sstream>
#include <type_traits>
#include <utility>
#include <spdlog/spdlog.h>

struct Agent {
  int id;
};
enum Color { Red, Green };

template <class T> void log_any(const T &v) { std::cout << v; }

void unevaluated(Agent *a, Color c, std::ostream &os) {
  using Inserted = decltype(std::cout << a);
  (void)sizeof(std::cout << c);
  (void)alignof(decltype(os << a->id << a));
  static_assert(noexcept(os << c) || true, "");
  (void)noexcept(spdlog::info("{}", c));
  (void)noexcept(log_any(a)); // A wrapper, in an unevaluated operand.
  // Evaluated next to an unevaluated operand: still written.
  std::cout << sizeof(a) << a;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: pointer to 'Agent' is written to an output stream as an address
  std::cout << c;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: enum 'Color' is written to an output stream as its integer value
}

// SFINAE in a template: the instantiation's decltype is not evaluated
// either, nor does it make the template a wrapper of its callers.
template <class T>
auto streamable(const T &v, int) -> decltype(std::cout << v, true) {
  return true;
}
template <class T> bool streamable(const T &, long) { return false; }
void sfinae(Agent *a, Color c) {
  (void)streamable(a, 0);
  (void)streamable(c, 0);
}

#if __cplusplus >= 202002L
template <class T>
concept Printable = requires(std::ostream &os, T v) { os << v; };
static_assert(Printable<Agent *>);
constexpr bool PrintsColor = requires { std::cout << Red; };
#endif

// A stream buffer is copied, not written as an address.
void copy(std::ifstream &file, std::ostream &out, std::stringstream &ss) {
  out << file.rdbuf();
  std::cout << ss.rdbuf() << '\n';
  std::streambuf *buffer = file.rdbuf();
  out << buffer;
}
