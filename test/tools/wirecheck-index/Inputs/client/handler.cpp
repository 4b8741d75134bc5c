#include <nlohmann/json.hpp>
#include <string>

int onEvent(const nlohmann::json &event) {
  const std::string type = event["type"].get<std::string>();
  if (type == "agent_start")
    return 1;
  if (type == "agent_stopped")
    return event["runId"].get<int>();
  return 0;
}
