// Producers and consumers of nlohmann::json messages in one translation
// unit: a handled type no producer emits (with a fix-it when the nearest
// type is unique), a field no producer of the type writes.
// RUN: %check_clang_tidy -compile-fixed %s wire-message-contract %t

#include <nlohmann/json.hpp>
#include <string>

using nlohmann::json;

void send(const std::string &text);
void queue(json message);

constexpr const char *kAgentStopped = "agent_stopped";
constexpr const char *kProgressTypes[] = {"run_progress", "run_done"};
const std::string kPrefix = "run_";

// Producers: a braced object that is serialised, an object built key by key
// and returned, one initialised with an object and queued, a to_json.
void emitStarted(int id) {
  send(json{{"type", "agent_started"}, {"run_id", id}, {"model", "m1"}}.dump());
}

json makeStopped(int id) {
  json j;
  j["type"] = kAgentStopped;
  j["run_id"] = id;
  j.emplace("reason", "done");
  return j;
}

void emitProgress(int percent) {
  json j = {{"type", kProgressTypes[0]}, {"run_id", 1}, {"percent", percent}};
  queue(j);
  queue(json{{"type", kProgressTypes[1]}, {"run_id", 1}});
}

struct RunFailed {
  int RunId;
  std::string Error;
};
void to_json(json &j, const RunFailed &f) {
  j = json{{"type", kPrefix + "failed"}, {"run_id", f.RunId}, {"error", f.Error}};
}

void onMessage(const json &msg) {
  if (msg["type"] == "agent_start") {
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: message type 'agent_start' is handled but no producer emits it; did you mean 'agent_started'? [wire-message-contract]
    // CHECK-FIXES: if (msg["type"] == "agent_started") {
    int id = msg.at("run_id").get<int>();
    (void)id;
  } else if (msg["type"] == kAgentStopped) {
    std::string reason = msg.value("reason", "");
    int id = msg["runId"].get<int>();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: field 'runId' is read from message 'agent_stopped' but no producer of it writes it; did you mean 'run_id'? [wire-message-contract]
    (void)id;
  } else if (msg["type"] == "run_progress") {
    if (msg.contains("percent") && msg.contains("eta")) {
      // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: field 'eta' is read from message 'run_progress' but no producer of it writes it [wire-message-contract]
    }
  }
}

// `msg.at("type").get<std::string>()` held in a variable, compared in an
// if/else-if chain; each branch is a consumer.
void onText(const std::string &text) {
  json msg = json::parse(text);
  const std::string type = msg.at("type").get<std::string>();
  if (type == "run_failed") {
    std::string error = msg.at("error").get<std::string>();
    std::string code = msg.at("code").get<std::string>();
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: field 'code' is read from message 'run_failed' but no producer of it writes it [wire-message-contract]
  } else if (type == "run_fialed") {
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: message type 'run_fialed' is handled but no producer emits it; did you mean 'run_failed'? [wire-message-contract]
    // CHECK-FIXES: } else if (type == "run_failed") {
  }
  // Outside any dispatch, on a message whose type was read: compared with
  // every producer of "type".
  int id = msg.value("run_id", 0);
  int pct = msg.value("percnt", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: field 'percnt' is read from messages with a 'type' but no producer writes it; did you mean 'percent'? [wire-message-contract]
  (void)id;
  (void)pct;
}

// ---- Silent ----

// A handled type that is produced; the discriminator key itself is read.
bool isStarted(const json &msg) { return msg["type"] == "agent_started"; }

// A different discriminator key: no producer uses "event".
void onEvent(const json &msg) {
  if (msg["event"] == "anything_goes") {
    (void)msg.at("whatever");
  }
}

// A compared value that does not resolve is never guessed: the handler's
// type is unknown, and its reads are compared with every producer of the
// key ("error" is written by one).
void onDynamic(const json &msg, const std::string &expected) {
  if (msg["type"] == expected) {
    (void)msg.at("error");
  }
}

// A configuration object: it is never dispatched on, so it is not a
// message.
int port(const json &config) { return config.value("prot", 8080); }

// The message is handed to a function not in view: its reads are unknown,
// and the reads that are visible are still checked.
void process(const json &msg);
void onHanded(const json &msg) {
  if (msg["type"] == "run_done") {
    process(msg);
  }
}
