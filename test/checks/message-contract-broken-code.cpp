// Code that does not compile, templates and macros: no crash, no finding
// from what cannot be resolved.
// RUN: %check_clang_tidy -expect-clang-tidy-error %s wire-message-contract %t

#include <nlohmann/json.hpp>
#include <string>

void send(const std::string &);

// CHECK-MESSAGES: :[[@LINE+2]]:{{[0-9]+}}: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
void broken(const nlohmann::json &msg) {
  if (msg["type"] == undeclared) {
    (void)msg.at("x");
  }
  send(nlohmann::json{{"type", undeclared_too}, {"a", 1}}.dump());
  // CHECK-MESSAGES: :[[@LINE-1]]:32: error: use of undeclared identifier 'undeclared_too' [clang-diagnostic-error]
}

template <class J> void generic(const J &msg) {
  if (msg["type"] == "tmpl_type")
    (void)msg.at("tmpl_field");
}
template void generic(const nlohmann::json &);

template <class T> void emitT(T value) {
  send(nlohmann::json{{"type", "tmpl_emitted"}, {"v", value}}.dump());
}

#define TYPE_OF(m) m["type"]
#define SEND(t) send(nlohmann::json{{"type", t}}.dump())
void macros(const nlohmann::json &msg) {
  SEND("macro_type");
  if (TYPE_OF(msg) == "macro_type")
    (void)msg.at("type");
}

void incomplete(const nlohmann::json &msg) {
  if (msg["type"] == "macro_type" {
  // CHECK-MESSAGES: :[[@LINE-1]]:35: error: expected ')' [clang-diagnostic-error]
  }
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: error: expected statement [clang-diagnostic-error]
