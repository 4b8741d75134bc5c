#include <nlohmann/json.hpp>
#include <string>

void send(const std::string &text);

void emitStarted(int id) {
  send(nlohmann::json{{"type", "agent_started"}, {"run_id", id}}.dump());
}
void emitStopped(int id) {
  send(nlohmann::json{{"type", "agent_stopped"}, {"run_id", id}}.dump());
}
