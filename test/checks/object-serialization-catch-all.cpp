// RUN: %check_clang_tidy %s wire-object-serialization %t

// A catch-all serializer the project writes for every type: the value is
// written by code that knows nothing about it.

#include <iostream>
#include <string>
#include <vector>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace app {
struct Agent {
  int id;
};
struct Order {
  int id;
};
void to_json(json &j, const Order &o);
std::ostream &operator<<(std::ostream &os, const Order &o);

template <class T> void to_json(json &j, const T &value) { j = "object"; }
template <class T> std::ostream &operator<<(std::ostream &os, const T &value) {
  return os.write("<object>", 8);
}
} // namespace app

void catchAll(const app::Agent &agent, const app::Order &order) {
  json a = agent;
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'app::Agent' is written to nlohmann::json by the catch-all serializer 'app::to_json'; give the type a serializer of its own or pass it through a safe-serialization wrapper [wire-object-serialization]
  // CHECK-NOTES: :[[@LINE-9]]:25: note: catch-all serializer declared here
  json b = {{"agent", agent}};
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: 'app::Agent' is written to nlohmann::json by the catch-all serializer 'app::to_json'
  // CHECK-NOTES: :[[@LINE-12]]:25: note: catch-all serializer declared here
  std::cout << agent << '\n';
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'app::Agent' is written to an output stream by the catch-all serializer 'app::operator<<'
  // CHECK-NOTES: :[[@LINE-14]]:34: note: catch-all serializer declared here

  // Order has serializers of its own: the catch-alls are not used.
  json c = order;
  std::cout << order << std::string("text");
  json d = 42;
}

namespace fmtside {
struct Ticket {};
template <class T> std::string format_as(const T &) { return "?"; }
struct Seat {};
std::string format_as(const Seat &);
void formatted(Ticket t, Seat s) {
  fmt::print("{}", t);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'fmtside::Ticket' is written to fmt by the catch-all serializer 'fmtside::format_as'
  // CHECK-NOTES: :[[@LINE-6]]:32: note: catch-all serializer declared here
  fmt::print("{}", s);
}
} // namespace fmtside
