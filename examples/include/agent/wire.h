// The one sanctioned way to put a message on the wire.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace agent {

/// Dumps an outgoing message after writing every WebSocketState field by
/// name: the fields "state", "from" and "to" and the "history" array hold
/// WebSocketState values, which nlohmann::json stores as integers; they are
/// replaced by to_string() of the state. Messages must go through here.
std::string serialize_message_safely(nlohmann::json message);

} // namespace agent
