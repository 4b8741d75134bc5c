// RUN: %check_clang_tidy %s wire-object-serialization %t

// Default mode: only objects that lose or leak information on the way into
// a sink are flagged; types with a serializer of their own are fine.

#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;

struct Agent {
  operator int() const { return id; }
  int id = 0;
};
struct Session {
  operator bool() const { return open; }
  bool open = false;
};
struct Name {
  operator const char *() const { return "n"; }
};
struct Peer {
  operator std::string() const { return "peer"; }
};

void log_line(const std::string &line);

// --- implicit conversion operators -----------------------------------------
void conversions(const Agent &agent, Session session, Name name, Peer peer) {
  std::cout << agent;
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'Agent' is written to an output stream as 'int' through its implicit conversion operator; give it a serializer or pass it through a safe-serialization wrapper [wire-object-serialization]
  // CHECK-NOTES: :[[@LINE-20]]:3: note: conversion operator declared here
  std::ostringstream os;
  os << "session=" << session;
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: 'Session' is written to an output stream as 'bool' through its implicit conversion operator
  // CHECK-NOTES: :[[@LINE-20]]:3: note: conversion operator declared here
  os << name;
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'Name' is written to an output stream as 'const char *' through its implicit conversion operator
  // CHECK-NOTES: :[[@LINE-19]]:3: note: conversion operator declared here
  log_line(peer); // Not a configured sink (see object-serialization-sinks).

  // Deliberate: an explicit conversion says what is written.
  std::cout << static_cast<int>(agent) << static_cast<bool>(session);
  std::cout << agent.id << std::string(peer);
}

// --- addresses ----------------------------------------------------------------
void addresses(Agent *raw, const std::shared_ptr<Agent> &shared,
               const std::unique_ptr<Session> &owned, const char *text) {
  // Agent and Session have no serializer of their own: in a log their
  // addresses are identities (see object-serialization-pointers.cpp).
  std::cout << raw;
  std::cout << shared << '\n';
  spdlog::info("{}", owned);
  std::printf("%p\n", raw);
  spdlog::info("agent {}", raw);
  json j = shared;
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'std::shared_ptr<Agent>' is written to nlohmann::json as an address

  // Strings, deliberate `void *` addresses and the pointee are fine.
  std::cout << text << "literal" << static_cast<const void *>(raw);
  std::printf("%s %p\n", text, (void *)raw);
  std::cout << raw->id;
  spdlog::info("{}", text);
}

// --- types with a serializer of their own: silent ---------------------------
namespace app {
struct Order {
  int id;
};
void to_json(json &j, const Order &o);
std::ostream &operator<<(std::ostream &os, const Order &o);
struct Quote {};
} // namespace app
template <> struct fmt::formatter<app::Quote> {};

void ownSerializers(const app::Order &order, app::Quote quote,
                    const std::vector<app::Order> &orders) {
  json a = order;
  json b = {{"order", order}, {"orders", orders}};
  std::cout << order;
  spdlog::info("quote {}", quote);
  fmt::print("{}", quote);
  std::string s = "x";
  json c = s;
  spdlog::info("{} {}", s, std::string_view(s));
  json d = json::array({a, b});
}

// A library's own conversion keeps the value: std::string to string_view on
// the way into a project wrapper.
void log_view(std::string_view text) { spdlog::info("{}", text); }
void libraryConversions(const std::string &id) {
  log_view(id);
  spdlog::info("{}", static_cast<std::string_view>(id));
}
