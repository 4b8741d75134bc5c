// The enums of the agent control protocol, and how each one is meant to be
// written to the wire.
#pragma once

#include <cstdint>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace agent {

/// The state of an agent's WebSocket session. It is unscoped (it predates
/// the C++17 rewrite), so it converts to an integer silently: fmt, spdlog and
/// nlohmann::json all accept it and write a number. It has no serializer of
/// its own: it is written by name through to_string(), which
/// serialize_message_safely() does for every field.
enum WebSocketState : std::uint8_t {
  WS_CONNECTING,
  WS_OPEN,
  WS_AUTHENTICATING,
  WS_CLOSING,
  WS_CLOSED,
};

std::string_view to_string(WebSocketState state);

/// What an agent reports about itself. Serialised to JSON by name through
/// nlohmann's enum mapping.
enum class AgentStatus { Idle, Busy, Draining, Offline };

NLOHMANN_JSON_SERIALIZE_ENUM(AgentStatus, {
                                              {AgentStatus::Idle, "idle"},
                                              {AgentStatus::Busy, "busy"},
                                              {AgentStatus::Draining, "draining"},
                                              {AgentStatus::Offline, "offline"},
                                          })

/// WebSocket close codes (RFC 6455). Logged through the fmt::formatter
/// below; clients expect the number, so JSON writers cast deliberately.
enum class CloseCode : std::uint16_t {
  Normal = 1000,
  GoingAway = 1001,
  PolicyViolation = 1008,
  InternalError = 1011,
};

std::string_view describe(CloseCode code);

} // namespace agent

/// Logs a close code as "1008 (policy violation)".
template <> struct fmt::formatter<agent::CloseCode> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(agent::CloseCode code, FormatContext &ctx) const {
    return fmt::format_to(ctx.out(), "{} ({})", static_cast<int>(code),
                          agent::describe(code));
  }
};
