#include "agent/session.h"

#include <utility>

#include <spdlog/spdlog.h>

#include "agent/logging.h"
#include "agent/wire.h"

namespace agent {

WsSession::WsSession(std::string agent_id, std::string token)
    : agent_id_(std::move(agent_id)), token_(std::move(token)) {
  history_.push_back(state_);
}

WebSocketState WsSession::state() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return state_;
}

AgentStatus WsSession::status() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return status_;
}

std::vector<WebSocketState> WsSession::history() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return history_;
}

bool WsSession::authenticate(const std::string &token) const {
  return !token.empty() && token == token_;
}

void WsSession::open() {
  std::lock_guard<std::mutex> lock(mutex_);
  transition(WS_AUTHENTICATING);
  transition(WS_OPEN);
  send(serialize_message_safely({{"type", "hello"},
                                 {"seq", next_seq_++},
                                 {"agent", agent_id_},
                                 {"state", state_}}));
}

void WsSession::on_frame(const std::string &frame) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (state_ != WS_OPEN) {
    // A frame after the closing handshake started: drop it, say why.
    SPDLOG_WARN("agent {}: frame dropped in state {}", agent_id_,
                state_); // expect: wire-enum-serialization
    return;
  }
  nlohmann::json message = nlohmann::json::parse(frame, nullptr, false);
  if (message.is_discarded() || !message.is_object() ||
      !message.contains("type")) {
    send(serialize_message_safely(
        {{"type", "protocol_error"},
         {"seq", next_seq_++},
         {"state", state_},
         {"close_code", static_cast<int>(CloseCode::PolicyViolation)}}));
    return;
  }
  handle_command(message);
}

void WsSession::handle_command(const nlohmann::json &message) {
  const std::string type = message["type"].get<std::string>();
  if (type == "ping") {
    send(serialize_message_safely(
        {{"type", "pong"}, {"seq", next_seq_++}, {"state", state_}}));
  } else if (type == "status" && message.contains("status")) {
    status_ = message["status"].get<AgentStatus>();
    // Logged through its JSON mapping: "busy", not 1.
    spdlog::info("agent {} reports status {}", agent_id_,
                 nlohmann::json(status_).get<std::string>());
    send(serialize_message_safely(
        {{"type", "status_ack"}, {"seq", next_seq_++}, {"status", status_}}));
  } else {
    send(serialize_message_safely({{"type", "unknown_command"},
                                   {"seq", next_seq_++},
                                   {"command", type},
                                   {"state", state_}}));
  }
}

void WsSession::close(CloseCode code) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (state_ == WS_CLOSING || state_ == WS_CLOSED)
    return;
  close_code_ = code;
  spdlog::info("agent {} closing: {}", agent_id_, code); // fmt::formatter
  transition(WS_CLOSING);
  send(serialize_message_safely({{"type", "close"},
                                 {"seq", next_seq_++},
                                 {"code", static_cast<int>(code)},
                                 {"reason", describe(code)}}));
  transition(WS_CLOSED);
}

void WsSession::start_run(const std::string &run_id) {
  std::lock_guard<std::mutex> lock(mutex_);
  send(serialize_message_safely({{"type", "run_started"},
                                 {"seq", next_seq_++},
                                 {"run_id", run_id},
                                 {"agent", agent_id_}}));
}

void WsSession::finish_run(const std::string &run_id, int exit_code) {
  std::lock_guard<std::mutex> lock(mutex_);
  send(serialize_message_safely({{"type", "run_finished"},
                                 {"seq", next_seq_++},
                                 {"run_id", run_id},
                                 {"exit_code", exit_code}}));
}

std::vector<std::string> WsSession::drain_outbox() {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> frames(outbox_.begin(), outbox_.end());
  outbox_.clear();
  return frames;
}

void WsSession::transition(WebSocketState next) {
  log_ws_event("agent {} state {} -> {}", agent_id_,
               state_, // expect: wire-enum-serialization
               next);  // expect: wire-enum-serialization
  const WebSocketState previous = state_;
  state_ = next;
  history_.push_back(next);
  send(serialize_message_safely({{"type", "state_changed"},
                                 {"seq", next_seq_++},
                                 {"from", previous},
                                 {"to", next}}));
}

void WsSession::send(std::string frame) { outbox_.push_back(std::move(frame)); }

} // namespace agent
