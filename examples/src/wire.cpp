#include "agent/wire.h"

#include "agent/states.h"

namespace agent {

namespace {

constexpr const char *kStateFields[] = {"state", "from", "to"};

nlohmann::json state_name(const nlohmann::json &value) {
  if (!value.is_number_integer())
    return value;
  return std::string(to_string(static_cast<WebSocketState>(value.get<int>())));
}

} // namespace

std::string serialize_message_safely(nlohmann::json message) {
  if (!message.is_object())
    return message.dump();
  for (const char *field : kStateFields) {
    auto it = message.find(field);
    if (it != message.end())
      *it = state_name(*it);
  }
  auto history = message.find("history");
  if (history != message.end() && history->is_array())
    for (nlohmann::json &state : *history)
      state = state_name(state);
  return message.dump();
}

} // namespace agent
