// Dispatch through maps from type strings to handlers and through project
// helpers (MessageProducers / MessageConsumers, `name:argIndex`).
// RUN: %check_clang_tidy -compile-fixed %s wire-message-contract %t \
// RUN:   -config="{CheckOptions: {wire-message-contract.MessageProducers: 'emit_event:0:1', wire-message-contract.MessageConsumers: 'bus::on:0'}}"

#include <nlohmann/json.hpp>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>

using nlohmann::json;

void emit_event(const std::string &type, const json &payload);
namespace bus {
void on(const std::string &type, std::function<void(const json &)> handler);
}

void producers(int id) {
  emit_event("session_opened", json{{"session_id", id}, {"user", "u"}});
  json payload;
  payload["session_id"] = id;
  payload["reason"] = "idle";
  emit_event("session_closed", payload);
}

// A map indexed with the discriminator: one consumer per entry.
class Router {
public:
  Router() {
    Handlers["session_opened"] = [](const json &m) {
      (void)m.at("session_id");
      (void)m.at("usr");
      // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: field 'usr' is read from message 'session_opened' but no producer of it writes it; did you mean 'user'? [wire-message-contract]
    };
  }
  void dispatch(const json &msg) {
    auto It = Handlers.find(msg.at("type").get<std::string>());
    if (It != Handlers.end())
      It->second(msg);
  }

private:
  std::map<std::string, std::function<void(const json &)>> Handlers{
      {"session_close", [](const json &m) { (void)m.at("reason"); }},
      // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: message type 'session_close' is handled but no producer emits it; did you mean 'session_closed'? [wire-message-contract]
      // CHECK-FIXES: {"session_closed", [](const json &m) { (void)m.at("reason"); }},
  };
};

// A project helper registering a handler.
void subscribe() {
  bus::on("session_opend", [](const json &m) { (void)m.at("user"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: message type 'session_opend' is handled but no producer emits it; did you mean 'session_opened'? [wire-message-contract]
  // CHECK-FIXES: bus::on("session_opened", [](const json &m) { (void)m.at("user"); });
  bus::on("session_closed", [](const json &m) { (void)m.at("reasons"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: field 'reasons' is read from message 'session_closed' but no producer of it writes it; did you mean 'reason'? [wire-message-contract]
}

// ---- Silent ----

// A map from strings to handlers that is not a message dispatch: its
// handlers take no JSON value and it is never indexed with a discriminator.
void commands(const std::string &line) {
  std::unordered_map<std::string, std::function<void()>> Commands{
      {"help", [] {}}, {"quit", [] {}}};
  auto It = Commands.find(line);
  if (It != Commands.end())
    It->second();
}

// A map lookup unrelated to messages.
int lookup(const std::map<std::string, int> &m) { return m.at("session"); }
