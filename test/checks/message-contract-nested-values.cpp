// What is not a message, and a member written through `to_json`: a JSON
// Schema, a value nested in another object, a configuration block reached
// through another object's key, and `to_json(j["value"], v)` writing
// "value" (false positives found in foxglove/ws-protocol and ZeroTierOne).
// RUN: %check_clang_tidy %s wire-message-contract %t

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using nlohmann::json;

void send(const std::string &text);

// ---- `to_json(j["value"], v)` writes "value" ----

struct ParameterValue {
  int Number;
};
void to_json(json &j, const ParameterValue &v) { j = v.Number; }

struct Parameter {
  std::string Name;
  ParameterValue Value;
  bool Bytes;
};
void to_json(json &j, const Parameter &p) {
  to_json(j["value"], p.Value);
  j["name"] = p.Name;
  if (p.Bytes)
    j["type"] = "byte_array";
  else
    j["type"] = "float64";
}

void from_json(const json &j, Parameter &p) {
  p.Name = j["name"].get<std::string>();
  if (j.find("value") == j.end())
    return;
  const json *Type = j.find("type");
  (void)Type;
  (void)j.at("vaule");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: field 'vaule' is read from messages with a 'type' but no producer writes it; did you mean 'value'? [wire-message-contract]
}

// ---- A JSON Schema, a nested value: not messages ----

struct Channel {
  std::string Topic;
  std::string Schema;
};
void advertise(const std::vector<Channel> &Channels);

void advertiseChannels() {
  advertise({{"example_msg",
              json{{"type", "object"},
                   {"properties",
                    {{"seq", {{"type", "number"}}}, {"x", {{"type", "number"}}}}}}
                  .dump()}});
}

void welcome() {
  send(json{{"type", "welcome"},
            {"payload", json{{"type", "inner_payload"}, {"id", 1}}.dump()}}
           .dump());
  json Outer;
  json Inner = {{"type", "inner_stored"}, {"id", 2}};
  Outer["type"] = "float64";
  Outer["inner"] = Inner.dump();
  json Deep = {{"type", "inner_deep"}};
  Outer["meta"]["deep"] = Deep.dump();
  send(Outer.dump());
}

void onMessage(const json &msg) {
  if (msg["type"] == "object") {
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: message type 'object' is handled but no producer emits it [wire-message-contract]
  } else if (msg["type"] == "inner_payload") {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: message type 'inner_payload' is handled but no producer emits it [wire-message-contract]
  } else if (msg["type"] == "inner_stored") {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: message type 'inner_stored' is handled but no producer emits it [wire-message-contract]
  } else if (msg["type"] == "inner_deep") {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: message type 'inner_deep' is handled but no producer emits it [wire-message-contract]
  } else if (msg["type"] == "welcome") {
    (void)msg.at("payload");
  }
}

// ---- A configuration block reached through another object's key ----

void loadConfig(const std::string &text) {
  json Config = json::parse(text);
  json &Settings = Config["settings"];
  json &Db = Settings["controllerDb"];
  const std::string Kind = Db["type"].get<std::string>();
  if (Kind == "lf") {
    (void)Db["owner"];
  }
  const json Store = Config.at("store");
  if (Store["type"] == "file")
    (void)Store.at("path");
}

// The same dispatch on a top-level message is still a consumer.
void onText(const std::string &text) {
  json Msg = json::parse(text);
  if (Msg["type"] == "lf") {
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: message type 'lf' is handled but no producer emits it [wire-message-contract]
  }
}
