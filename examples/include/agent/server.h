// The HTTP front of the agent control service.
//
//   POST   /agents/:id/connect   opening handshake, returns the session token
//   POST   /agents/:id/frames    one inbound text frame (Bearer token)
//   GET    /agents/:id/frames    drains the outbound frames (Bearer token)
//   POST   /agents/:id/runs      runs a (no-op) job: run_started and
//                                run_finished events (Bearer token)
//   DELETE /agents/:id           closing handshake (Bearer token)
//   GET    /agents/:id           session summary (Bearer token)
//   GET    /healthz              liveness
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <httplib.h>

#include "agent/session.h"

namespace agent {

class AgentServer {
public:
  AgentServer();

  /// Binds to \p host and a free port; returns the port, or -1.
  int bind(const std::string &host);
  /// Serves until stop() is called.
  void listen();
  void stop() { http_.stop(); }

private:
  void routes();
  /// The session of the request's agent if the bearer token matches it;
  /// otherwise writes the auth-error reply and returns null.
  std::shared_ptr<WsSession> authorize(const httplib::Request &req,
                                       httplib::Response &res);
  std::shared_ptr<WsSession> find(const std::string &agent_id);

  httplib::Server http_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<WsSession>> sessions_;
  std::uint64_t next_token_ = 0x5eed;
  std::atomic<unsigned> next_run_{1};
};

} // namespace agent
