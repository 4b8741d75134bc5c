// RUN: %check_clang_tidy -compile-fixed %s wire-message-contract %t

// wire-message-contract against Debian's real nlohmann/json.hpp (3.11).

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

using nlohmann::json;

void send(const std::string &text);
constexpr const char *kStopped = "agent_stopped";

struct RunFailed {
  int run_id;
  std::string error;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(RunFailed, run_id, error)

void producers(int id) {
  send(json{{"type", "agent_started"}, {"run_id", id}}.dump());
  json j;
  j["type"] = kStopped;
  j["run_id"] = id;
  j.emplace("reason", "done");
  send(j.dump());
  json failed = RunFailed{id, "boom"};
  failed["type"] = "run_failed";
  send(failed.dump());
}

void onMessage(const std::string &text) {
  json msg = json::parse(text);
  const auto type = msg.at("type").get<std::string>();
  if (type == "agent_start") {
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: message type 'agent_start' is handled but no producer emits it; did you mean 'agent_started'? [wire-message-contract]
    // CHECK-FIXES: if (type == "agent_started") {
  } else if (msg["type"] == kStopped) {
    std::string reason = msg.value("reason", "");
    int id = 0;
    msg.at("runId").get_to(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: field 'runId' is read from message 'agent_stopped' but no producer of it writes it; did you mean 'run_id'? [wire-message-contract]
  } else if (type == "run_failed") {
    // The struct's fields (NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE) are written.
    if (msg.contains("error") && msg.contains("errror")) {
      // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: field 'errror' is read from message 'run_failed' but no producer of it writes it; did you mean 'error'? [wire-message-contract]
    }
  }
}

// A map from types to handlers, indexed with the discriminator.
std::map<std::string, std::function<void(const json &)>> Handlers{
    {"agent_started", [](const json &m) { (void)m.at("run_id"); }},
    {"agent_stoped", [](const json &m) { (void)m.at("reason"); }},
    // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: message type 'agent_stoped' is handled but no producer emits it; did you mean 'agent_stopped'? [wire-message-contract]
    // CHECK-FIXES: {"agent_stopped", [](const json &m) { (void)m.at("reason"); }},
};
void dispatch(const json &msg) {
  auto It = Handlers.find(msg["type"].get<std::string>());
  if (It != Handlers.end())
    It->second(msg);
}

// Silent: iterating a message, a configuration object, an unknown type.
void silent(const json &msg, const json &config, const std::string &t) {
  if (msg["type"] == "agent_started")
    for (auto &[k, v] : msg.items())
      (void)k;
  (void)config.value("prot", 1);
  if (msg["type"] == t)
    (void)msg.at("reason");
}

// Not messages: a JSON Schema, a value nested in another object, a
// configuration block reached through another object's key. A member given
// to `to_json` by reference is written.
struct Setting {
  std::string name;
  RunFailed value;
};
void to_json(json &j, const Setting &s) {
  to_json(j["value"], s.value);
  j["name"] = s.name;
  j["type"] = "setting";
}
void notMessages(const std::string &text) {
  send(json{{"type", "object"},
            {"properties", {{"x", {{"type", "number"}}}}},
            {"required", {"x"}}}
           .dump());
  send(json{{"type", "welcome"},
            {"payload", json{{"type", "nested"}, {"id", 1}}.dump()}}
           .dump());
  json conf = json::parse(text);
  json &db = conf["settings"]["controllerDb"];
  std::string type = db["type"];
  if (type == "lf")
    (void)db["owner"];
}
void onOther(const json &msg) {
  if (msg["type"] == "setting") {
    (void)msg.at("value");
  } else if (msg["type"] == "object") {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: message type 'object' is handled but no producer emits it [wire-message-contract]
  } else if (msg["type"] == "nested") {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: message type 'nested' is handled but no producer emits it [wire-message-contract]
  }
}
