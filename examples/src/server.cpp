#include "agent/server.h"

#include "agent/control.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "agent/logging.h"
#include "agent/wire.h"

namespace agent {

namespace {

constexpr const char *kJson = "application/json";

std::string bearer_token(const httplib::Request &req) {
  const std::string header = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (header.compare(0, prefix.size(), prefix) != 0)
    return {};
  return header.substr(prefix.size());
}

} // namespace

AgentServer::AgentServer() { routes(); }

int AgentServer::bind(const std::string &host) {
  return http_.bind_to_any_port(host);
}

void AgentServer::listen() { http_.listen_after_bind(); }

std::shared_ptr<WsSession> AgentServer::find(const std::string &agent_id) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = sessions_.find(agent_id);
  return it == sessions_.end() ? nullptr : it->second;
}

std::shared_ptr<WsSession> AgentServer::authorize(const httplib::Request &req,
                                                  httplib::Response &res) {
  const std::string agent_id = req.matches[1].str();
  std::shared_ptr<WsSession> session = find(agent_id);
  if (!session) {
    res.status = 404;
    res.set_content(serialize_message_safely(
                        {{"type", "not_found"}, {"agent", agent_id}}),
                    kJson);
    return nullptr;
  }
  if (session->authenticate(bearer_token(req)))
    return session;

  // The auth-error reply is built by hand, not by serialize_message_safely():
  // the state goes out as a number, and clients that switch on the state name
  // treat the agent as disconnected.
  warn_agent(agent_id, "rejected token in state {}",
             session->state()); // expect: wire-enum-serialization
  nlohmann::json error = {
      {"type", "auth_error"},
      {"agent", agent_id},
      {"state", session->state()}, // expect: wire-enum-serialization
      {"close_code", static_cast<int>(CloseCode::PolicyViolation)},
  };
  res.status = 401;
  res.set_content(error.dump(), kJson); // expect: wire-unwrapped-payload
  return nullptr;
}

void AgentServer::routes() {
  register_control_routes(http_);

  http_.Get("/healthz", [](const httplib::Request &, httplib::Response &res) {
    res.set_content(serialize_message_safely({{"ok", true}}), kJson);
  });

  http_.Post(R"(/agents/([\w-]+)/connect)",
             [this](const httplib::Request &req, httplib::Response &res) {
               const std::string agent_id = req.matches[1].str();
               std::string token;
               std::shared_ptr<WsSession> session;
               {
                 std::lock_guard<std::mutex> lock(mutex_);
                 token = fmt::format("tok-{:x}", next_token_++);
                 session = std::make_shared<WsSession>(agent_id, token);
                 sessions_[agent_id] = session;
               }
               session->open();
               log_ws_event("agent {} connected", agent_id);
               res.set_content(
                   serialize_message_safely(
                       {{"token", token}, {"state", session->state()}}),
                   kJson);
             });

  http_.Post(R"(/agents/([\w-]+)/frames)",
             [this](const httplib::Request &req, httplib::Response &res) {
               std::shared_ptr<WsSession> session = authorize(req, res);
               if (!session)
                 return;
               session->on_frame(req.body);
               res.status = 202;
             });

  http_.Post(R"(/agents/([\w-]+)/runs)",
             [this](const httplib::Request &req, httplib::Response &res) {
               std::shared_ptr<WsSession> session = authorize(req, res);
               if (!session)
                 return;
               const std::string run_id = fmt::format("run-{}", next_run_++);
               session->start_run(run_id);
               session->finish_run(run_id, 0);
               res.status = 202;
             });

  http_.Get(R"(/agents/([\w-]+)/frames)",
            [this](const httplib::Request &req, httplib::Response &res) {
              std::shared_ptr<WsSession> session = authorize(req, res);
              if (!session)
                return;
              nlohmann::json frames = nlohmann::json::array();
              for (const std::string &frame : session->drain_outbox())
                frames.push_back(nlohmann::json::parse(frame));
              res.set_content(serialize_message_safely(frames), kJson);
            });

  http_.Get(R"(/agents/([\w-]+))",
            [this](const httplib::Request &req, httplib::Response &res) {
              std::shared_ptr<WsSession> session = authorize(req, res);
              if (!session)
                return;
              const WebSocketState state = session->state();
              nlohmann::json summary = {
                  {"agent", session->agent_id()},
                  {"state", to_string(state)},
                  {"status", session->status()}, // to_json from the mapping
                  {"history", session->history()}, // expect: wire-enum-serialization
              };
              res.set_content(serialize_message_safely(summary), kJson);
            });

  http_.Delete(R"(/agents/([\w-]+))",
               [this](const httplib::Request &req, httplib::Response &res) {
                 std::shared_ptr<WsSession> session = authorize(req, res);
                 if (!session)
                   return;
                 session->close(CloseCode::Normal);
                 spdlog::info("agent {} closed in state {} ({})",
                              session->agent_id(), to_string(session->state()),
                              static_cast<int>(session->state()));
                 res.set_content(
                     serialize_message_safely({{"type", "closed"},
                                               {"state", session->state()},
                                               {"history", session->history()},
                                               {"status", session->status()}}),
                     kJson);
               });
}

} // namespace agent
