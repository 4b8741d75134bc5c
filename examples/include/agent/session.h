// One agent's control session. cpp-httplib has no WebSocket support, so the
// session models the protocol: text frames in (on_frame), text frames out
// (the outbox, drained by the HTTP long-poll endpoint), and the state
// machine of RFC 6455's opening and closing handshakes.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "agent/states.h"

namespace agent {

class WsSession {
public:
  WsSession(std::string agent_id, std::string token);

  const std::string &agent_id() const { return agent_id_; }
  WebSocketState state() const;
  AgentStatus status() const;
  std::vector<WebSocketState> history() const;

  /// True if \p token is this session's bearer token.
  bool authenticate(const std::string &token) const;

  /// Completes the opening handshake.
  void open();
  /// Handles one inbound text frame; replies are queued in the outbox.
  void on_frame(const std::string &frame);
  /// Starts the closing handshake.
  void close(CloseCode code);

  /// Tells the agent that the run \p run_id started, then that it finished
  /// with \p exit_code (events.h: what the agent's RunTracker expects).
  void start_run(const std::string &run_id);
  void finish_run(const std::string &run_id, int exit_code);

  /// Removes and returns the queued outbound frames.
  std::vector<std::string> drain_outbox();

private:
  void transition(WebSocketState next);
  void send(std::string frame);
  void handle_command(const nlohmann::json &message);

  const std::string agent_id_;
  const std::string token_;
  mutable std::mutex mutex_;
  WebSocketState state_ = WS_CONNECTING;
  AgentStatus status_ = AgentStatus::Idle;
  std::vector<WebSocketState> history_;
  std::deque<std::string> outbox_;
  std::uint64_t next_seq_ = 1;
  std::optional<CloseCode> close_code_;
};

} // namespace agent
