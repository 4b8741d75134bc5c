// RUN: %check_clang_tidy %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'ws::Session::send_text;ws::broadcast:1', wire-unwrapped-payload.RequiredWrapper: 'wire::serialize_message_safely'}}"

// wire-unwrapped-payload in a service written against Debian's real
// nlohmann/json and spdlog: every frame must come out of the wrapper.

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <stdexcept>
#include <string>
#include <vector>

using nlohmann::json;

namespace wire {
std::string serialize_message_safely(const json &message);
} // namespace wire

namespace ws {
class Session {
public:
  void send_text(const std::string &frame);
};
void broadcast(const std::vector<Session *> &to, std::string frame);
} // namespace ws

std::string make_error(const std::string &what) {
  return wire::serialize_message_safely({{"type", "error"}, {"what", what}});
}

void onMessage(ws::Session &s, const std::string &text) {
  std::string reply;
  try {
    json request = json::parse(text);
    reply = wire::serialize_message_safely({{"type", "ok"}, {"id", request.at("id")}});
  } catch (const json::exception &e) {
    spdlog::warn("bad request: {}", e.what());
    reply = make_error(e.what());
  }
  s.send_text(reply);
}

void onMessageLeaky(ws::Session &s, const std::string &text) {
  std::string reply = R"({"type":"error"})";
  try {
    reply = wire::serialize_message_safely(json::parse(text));
  } catch (const json::parse_error &e) {
    spdlog::error("parse error {}", e.what());
  }
  s.send_text(reply);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: payload sent to 'ws::Session::send_text' does not go through 'wire::serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-8]]:15: note: this initialization does not go through 'wire::serialize_message_safely'
  s.send_text(json{{"type", "pong"}}.dump());
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: payload sent to 'ws::Session::send_text' does not go through 'wire::serialize_message_safely' [wire-unwrapped-payload]
  s.send_text(wire::serialize_message_safely({{"type", "pong"}}));
}

// `event.dump()` carries whatever `event` holds: the parameter makes fanOut a
// sink for its callers, where the finding is reported.
void fanOut(const std::vector<ws::Session *> &all, const json &event) {
  ws::broadcast(all, wire::serialize_message_safely(event));
  ws::broadcast(all, event.dump());
  std::string frame = event.dump();
  for (ws::Session *s : all)
    s->send_text(frame);
  ws::broadcast(all, std::string("{}"));
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: payload sent to 'ws::broadcast' does not go through 'wire::serialize_message_safely' [wire-unwrapped-payload]
}

void publish(const std::vector<ws::Session *> &all) {
  fanOut(all, json{{"type", "tick"}});
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: payload sent to 'ws::broadcast' does not go through 'wire::serialize_message_safely' [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-11]]:22: note: 'fanOut' passes its parameter 'event' on to 'ws::broadcast' here
}
